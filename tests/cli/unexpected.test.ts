// An error the command did not foresee still reaches the user as one plain line, never as a
// stack trace; VERDEEL_DEBUG=1 adds the trace for the developer who asks for it.
import path from "node:path";
import { run } from "../../src/cli/main";
import { tempDir, writeBook } from "./helpers";

async function applyWithBrokenClock(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  const dir = await tempDir();
  await writeBook(path.join(dir, "b.xlsx"), [["Gemeente", "Inwoners"], ["Beesel", 13478]]);
  let stderr = "";
  const code = await run(
    ["apply", "b.xlsx", "--schedule", "limburg-2020"],
    { stdout: { write: () => undefined }, stderr: { write: (s: string) => (stderr += s) }, env, cwd: dir },
    {
      now: () => {
        throw new Error("de klok is stuk");
      },
      version: "9.9.9-test",
    },
  );
  return { code, stderr };
}

test("an unforeseen error: exit 2, one line with its message, no stack trace", async () => {
  const r = await applyWithBrokenClock({});
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(
    "verdeel: onverwachte fout, er is niets geschreven (de klok is stuk). Meld dit; met VERDEEL_DEBUG=1 toont de opdracht de technische details.\n",
  );
});

test("in English, and with VERDEEL_DEBUG=1 the stack trace follows", async () => {
  const r = await applyWithBrokenClock({ VERDEEL_LANG: "en", VERDEEL_DEBUG: "1" });
  expect(r.code).toBe(2);
  expect(r.stderr.split("\n")[0]).toBe("verdeel: unexpected error, nothing was written (de klok is stuk). Please report it; with VERDEEL_DEBUG=1 the command shows the technical details.");
  expect(r.stderr).toMatch(/\n\s+at .*unexpected\.test\.ts/);
});
