// Errors that end the command with a given exit code and a message for the user.

/** Exit codes of the command (docs/cli.md). */
export const EXIT_OK = 0;
export const EXIT_MISMATCH = 1;
export const EXIT_BAD_INPUT = 2;

/** Bad input or usage: exit 2 with `message` on stderr; `showUsage` adds the usage text. */
export class CliError extends Error {
  readonly exitCode: number;
  readonly showUsage: boolean;
  /** Extra lines printed after the message (findings, conflicting cells, …). */
  readonly details: string[];

  constructor(message: string, options: { showUsage?: boolean; details?: string[]; exitCode?: number } = {}) {
    super(message);
    this.name = "CliError";
    this.exitCode = options.exitCode ?? EXIT_BAD_INPUT;
    this.showUsage = options.showUsage ?? false;
    this.details = options.details ?? [];
  }
}
