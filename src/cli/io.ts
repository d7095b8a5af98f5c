// What the command needs from its surroundings; tests pass their own.

export interface TextSink {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  env: Record<string, string | undefined>;
  /** Relative paths on the command line are resolved against this folder. */
  cwd: string;
}
