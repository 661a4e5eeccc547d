/** One problem found in an input file: where it is and what kind it is, never the value itself. */
export interface RecordProblem {
  /** The file, as given on the command line. */
  readonly file: string;
  /** Physical line in the file where the record starts (the CSV header is line 1); 0 when not known. */
  readonly line: number;
  /** Dotted field path, for example `children.0.birthDate`; empty for the whole record or file. */
  readonly path: string;
  /** Stable issue code, for example `invalid_format`, `unknown_code` or `formula_injection`. */
  readonly code: string;
  /** What is wrong, without the value. */
  readonly message: string;
}

/** Formats a problem as `file:line: path: message [code]`, the shape compilers use so editors can jump to it. */
export function formatRecordProblem(problem: RecordProblem): string {
  const location = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  const path = problem.path === '' ? '(record)' : problem.path;
  return `${location}: ${path}: ${problem.message} [${problem.code}]`;
}
