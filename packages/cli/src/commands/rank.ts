import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  describeRuleResult,
  type ExplanationLanguage,
  explainRanking,
  type PartnerRanking,
  type RuleResult,
  type RuleSet,
  rankPartners,
} from '@parent-partner/matching';
import { resolveAsOfDate } from '../as-of-date';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command-context';
import { loadValidDataFolder } from '../data-folder';
import { ExitCode, type ExitCodeValue } from '../exit-codes';
import { readRuleSetFile } from '../rule-set-file';
import { formatTable } from '../table';

/** Options of the `rank` command. */
export interface RankCommandOptions {
  /** Id of the parent to rank partners for. */
  readonly parent: string;
  /** The data folder. */
  readonly data: string;
  /** A county rule set (JSON); the default rule set when absent. */
  readonly rules?: string | undefined;
  /** Decision date `YYYY-MM-DD`; today when absent. */
  readonly asOf?: string | undefined;
  /** How many candidates to show (default 5). */
  readonly limit?: string | undefined;
  /** Language of the explanations. */
  readonly language?: ExplanationLanguage | undefined;
  /** Print the full explanation of every candidate and excluded partner. */
  readonly explain?: boolean | undefined;
  /** Write the ranking with its explanations to this JSON file. */
  readonly out?: string | undefined;
}

/** Formats a score with two decimals, as the explanations do. */
export function formatScore(score: number): string {
  return score.toFixed(2);
}

/** The messages of the strongest contributions of a candidate, strongest first. */
export function listTopReasons(
  contributions: readonly RuleResult[],
  ruleSet: RuleSet,
  language: ExplanationLanguage,
  count: number,
): string[] {
  return contributions
    .filter((result) => !result.skipped && result.contribution > 0)
    .sort((left, right) => right.contribution - left.contribution)
    .slice(0, count)
    .map((result) => describeRuleResult(result, ruleSet, { language }));
}

function describeResults(
  results: readonly RuleResult[],
  ruleSet: RuleSet,
  language: ExplanationLanguage,
) {
  return results.map((result) => ({
    ...result,
    message: describeRuleResult(result, ruleSet, { language }),
  }));
}

/** The ranking as written by `--out`: every result with its rendered message. */
export function describeRanking(
  ranking: PartnerRanking,
  ruleSet: RuleSet,
  language: ExplanationLanguage,
) {
  return {
    ...ranking,
    candidates: ranking.candidates.map((candidate) => ({
      ...candidate,
      contributions: describeResults(candidate.contributions, ruleSet, language),
    })),
    excluded: ranking.excluded.map((excluded) => ({
      ...excluded,
      exclusions: describeResults(excluded.exclusions, ruleSet, language),
    })),
  };
}

/** Prints a ranking as two readable tables: the candidates with their main reasons, and the excluded partners with theirs. */
export function printRanking(
  context: CommandContext,
  ranking: PartnerRanking,
  ruleSet: RuleSet,
  options: {
    readonly limit: number;
    readonly language: ExplanationLanguage;
    /** List the excluded partners with their reasons (default true); otherwise only count them. */
    readonly showExcluded?: boolean;
  },
): void {
  const { output } = context;
  const bold = output.colors.bold;
  output.writeLine(
    bold(
      `Parent ${ranking.parentId}: ${ranking.candidates.length} candidate(s), ${ranking.excluded.length} excluded (rule set ${ranking.ruleSetId} ${ranking.ruleSetVersion}, as of ${ranking.asOf})`,
    ),
  );
  const shown = ranking.candidates.slice(0, options.limit);
  if (shown.length > 0) {
    const rows = shown.map((candidate) => [
      String(candidate.rank),
      candidate.partnerId,
      formatScore(candidate.score),
      listTopReasons(candidate.contributions, ruleSet, options.language, 2).join(' '),
    ]);
    for (const line of formatTable(
      [
        { heading: 'Rank', align: 'right' },
        { heading: 'Partner' },
        { heading: 'Score', align: 'right' },
        { heading: 'Main reasons' },
      ],
      rows,
      { styleHeading: bold },
    )) {
      output.writeLine(line);
    }
  } else {
    output.writeLine('No partner passes every constraint; see the excluded partners below.');
  }
  if (ranking.candidates.length > shown.length) {
    output.writeLine(
      `... and ${ranking.candidates.length - shown.length} more candidate(s) (use --limit).`,
    );
  }
  if (ranking.excluded.length > 0 && options.showExcluded !== false) {
    output.writeLine();
    output.writeLine(bold(`Excluded (${ranking.excluded.length})`));
    const width = Math.max(...ranking.excluded.map((excluded) => excluded.partnerId.length));
    for (const excluded of ranking.excluded) {
      excluded.exclusions.forEach((result, index) => {
        const label = index === 0 ? excluded.partnerId : '';
        output.writeLine(
          `  ${label.padEnd(width)}  ${describeRuleResult(result, ruleSet, { language: options.language })}`,
        );
      });
    }
  } else if (ranking.excluded.length > 0) {
    output.writeLine(`${ranking.excluded.length} partner(s) excluded; run rank to see why.`);
  }
}

/** Reads a whole-number option such as `--limit`. */
export function parseCount(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new CliError(`${name} must be a whole number, for example 5.`);
  return Number(value);
}

/** Ranks the partners of a data folder for one parent, prints the candidates and the excluded partners with their reasons. */
export async function runRankCommand(
  context: CommandContext,
  options: RankCommandOptions,
): Promise<ExitCodeValue> {
  const asOf = resolveAsOfDate(options.asOf, context.io.now);
  const limit = parseCount(options.limit, 5, '--limit');
  const language = options.language ?? 'en';
  const ruleSet = await readRuleSetFile(context, options.rules);
  const records = await loadValidDataFolder(context, options.data);
  const parent = records.parent.find((candidate) => candidate.id === options.parent);
  if (parent === undefined) {
    throw new CliError(
      `No parent with id ${options.parent} in ${options.data}; check the id against the parents file.`,
    );
  }
  const program = records.program[0];
  const ranking = rankPartners(parent, records.parentPartner, ruleSet, {
    asOf,
    matches: records.match,
    childHistory: { removalEpisodes: records.removalEpisode, placements: records.placement },
    ...(program === undefined ? {} : { program }),
  });
  if (options.explain === true) {
    context.output.writeLine(explainRanking(ranking, ruleSet, { language, limit }));
  } else {
    printRanking(context, ranking, ruleSet, { limit, language });
  }
  if (options.out !== undefined) {
    const target = context.resolvePath(options.out);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(
      target,
      `${JSON.stringify(describeRanking(ranking, ruleSet, language), null, 2)}\n`,
    );
    context.output.writeLine(`Wrote the ranking with its explanations to ${options.out}`);
  }
  return ExitCode.ok;
}
