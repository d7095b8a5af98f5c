// Runs the command in-process, as the tests see it.
import { run } from "../../src/cli/main";

export const FIXED_NOW = new Date(Date.UTC(2024, 2, 1, 9, 30, 0));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `verdeel ARGS` in-process with `cwd` as working folder. */
export async function verdeel(args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(
    args,
    {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env,
      cwd,
    },
    { now: () => FIXED_NOW, version: "9.9.9-test" },
  );
  return { code, stdout, stderr };
}

