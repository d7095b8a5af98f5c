// The `verdeel` command: parse the command line, run one command, map the outcome to an exit
// code (0 done / all match, 1 verify found mismatches, 2 bad input or usage).
import { parseCommandLine, usage } from "./args";
import { runApply } from "./commands/apply";
import { runSchedules } from "./commands/schedules";
import { runVerify } from "./commands/verify";
import type { CliContext } from "./context";
import { CliError, EXIT_BAD_INPUT, EXIT_OK } from "./errors";
import type { CliIo } from "./io";
import { cliMessages } from "./i18n";
import { langFromEnv } from "./lang";
import { toolVersion } from "./version";

export type { CliIo } from "./io";

export async function run(argv: string[], io: CliIo, options: { now?: () => Date; version?: string } = {}): Promise<number> {
  const lang = langFromEnv(io.env);
  const ctx: CliContext = { io, lang, version: options.version ?? toolVersion(), now: options.now ?? (() => new Date()) };
  try {
    const args = parseCommandLine(argv, lang);
    switch (args.command) {
      case "help":
        io.stdout.write(usage(lang, args.helpTopic));
        return EXIT_OK;
      case "version":
        io.stdout.write(`verdeel ${ctx.version}\n`);
        return EXIT_OK;
      case "schedules":
        return await runSchedules(args, ctx);
      case "apply":
        return await runApply(args, ctx);
      case "verify":
        return await runVerify(args, ctx);
    }
  } catch (e) {
    if (e instanceof CliError) {
      const lines = [`verdeel: ${e.message}`, ...e.details.map((d) => `  ${d}`)];
      io.stderr.write(lines.join("\n") + "\n");
      if (e.showUsage) io.stderr.write("\n" + usage(lang));
      return e.exitCode;
    }
    // A user sees one line; the stack trace is for the developer who asks for it.
    io.stderr.write(cliMessages(lang).unexpected(e instanceof Error ? e.message : String(e)));
    if (io.env.VERDEEL_DEBUG === "1" && e instanceof Error && e.stack) io.stderr.write(e.stack + "\n");
    return EXIT_BAD_INPUT;
  }
}

/** The process entry used by bin/verdeel.js. */
export function main(): void {
  // A reader that stops early (`verdeel schedules | head`) closes the pipe: that is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`verdeel: ${String(e)}\n`);
      process.exitCode = EXIT_BAD_INPUT;
    },
  );
}
