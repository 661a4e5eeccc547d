/** A text stream the command writes to: `process.stdout`, `process.stderr` or an in-memory buffer in tests. */
export interface CliOutputStream {
  /** Writes text. */
  write(text: string): unknown;
  /** True when the stream is a terminal (enables colours and progress bars). */
  readonly isTTY?: boolean | undefined;
  /** Width of the terminal in columns, when it is one. */
  readonly columns?: number | undefined;
}

/** Everything the command takes from its process, so it can also run inside a test or another program. */
export interface CliIo {
  /** Where results go. */
  readonly stdout: CliOutputStream;
  /** Where problems, progress and summaries of work in progress go. */
  readonly stderr: CliOutputStream;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`, `COLUMNS`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** The current instant; the only place the command reads the clock. */
  readonly now: () => Date;
}
