import { defaultRuleSet, loadRuleSet, type RuleSet, RuleSetError } from '@parent-partner/matching';
import { CliError } from './cli-error';
import type { CommandContext } from './command-context';
import { ExitCode } from './exit-codes';
import { readTextFile } from './read-text-file';

/**
 * Reads a county rule set (JSON) named by `--rules`, or returns the default rule set when none is named.
 * A malformed rule set is refused whole: each problem is printed with its JSON path and code.
 *
 * @throws {CliError} with exit code 1 when the rule set has problems, 2 when the file cannot be read.
 */
export async function readRuleSetFile(
  context: CommandContext,
  file: string | undefined,
): Promise<RuleSet> {
  if (file === undefined) return defaultRuleSet;
  const text = await readTextFile(context.resolvePath(file), file);
  try {
    return loadRuleSet(text);
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
    for (const problem of error.problems) {
      context.output.writeErrorLine(
        `${file}: ${problem.path === '' ? '(rule set)' : problem.path}: ${problem.message} [${problem.code}]`,
      );
    }
    throw new CliError(
      `The rule set ${file} was refused with ${error.problems.length} problem(s); fix them (see \`parent-partner schema\` for its JSON Schema) and run again.`,
      ExitCode.invalidData,
    );
  }
}
