/** The exit codes of the `parent-partner` command, documented in the README and in `--help`. */
export const ExitCode = {
  /** Everything worked and every record was valid. */
  ok: 0,
  /** The command ran, but some input data was invalid (the problems are listed on stderr). */
  invalidData: 1,
  /** The command line was wrong: an unknown option, a missing argument, a file that cannot be read. */
  usageError: 2,
  /** Something failed that the input does not explain; please report it. */
  unexpectedError: 3,
} as const;

/** One of the documented exit codes. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit codes as help text, shown after the top-level `--help`. */
export const exitCodeHelp: string = [
  'Exit codes:',
  '  0  success',
  '  1  invalid data (each problem is listed with file, line, field path and code)',
  '  2  usage error (unknown option, missing argument, unreadable file)',
  '  3  unexpected error',
].join('\n');
