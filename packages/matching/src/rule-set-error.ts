import { ParentPartnerError, type ParentPartnerErrorOptions } from '@parent-partner/core';

/** One problem found in a rule set: where it is (a JSON path such as `/rules/proximity/weight`), a stable code and a message. */
export interface RuleSetProblem {
  /** JSON Pointer of the offending part of the rule set; empty for the rule set itself. */
  readonly path: string;
  /** Stable problem code, for example `unknown_rule`, `invalid_weight` or `unknown_field_path`. */
  readonly code: string;
  /** Human-readable explanation; it names rule ids and field paths, never record values. */
  readonly message: string;
}

/** Thrown when a rule set is refused: it lists every problem with its path, and nothing of the rule set is loaded. */
export class RuleSetError extends ParentPartnerError {
  override readonly name: string = 'RuleSetError';
  /** Every problem found, each with its JSON path. */
  readonly problems: readonly RuleSetProblem[];

  /** Creates an error listing `problems` (at least one). */
  constructor(problems: readonly RuleSetProblem[], options: ParentPartnerErrorOptions = {}) {
    super('RULE_SET_INVALID', formatProblems(problems), options);
    this.problems = problems;
  }
}

function formatProblems(problems: readonly RuleSetProblem[]): string {
  const shown = problems
    .slice(0, 10)
    .map((problem) => `${problem.path || '(rule set)'}: ${problem.message} [${problem.code}]`);
  const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : '';
  return `Invalid rule set (${problems.length} problem${problems.length === 1 ? '' : 's'}): ${shown.join('; ')}${more}`;
}

/** Builds a JSON Pointer from path segments, escaping `~` and `/` as RFC 6901 asks. */
export function toJsonPointer(segments: readonly (string | number)[]): string {
  return segments
    .map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}
