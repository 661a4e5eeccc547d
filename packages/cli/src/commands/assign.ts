import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Match } from '@parent-partner/core';
import {
  type AssignmentStrategy,
  assignMatches,
  createProposedMatches,
  type ExplanationLanguage,
  listWaitingParents,
  type MatchAssignment,
} from '@parent-partner/matching';
import { resolveAsOfDate } from '../as-of-date';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command-context';
import { type DataFolderRecords, formatNdjson, loadValidDataFolder } from '../data-folder';
import { ExitCode, type ExitCodeValue } from '../exit-codes';
import { startProgress } from '../progress';
import { readRuleSetFile } from '../rule-set-file';
import { formatTable } from '../table';
import { formatScore } from './rank';

/** Options of the `assign` command. */
export interface AssignCommandOptions {
  /** The data folder. */
  readonly data: string;
  /** A county rule set (JSON); the default rule set when absent. */
  readonly rules?: string | undefined;
  /** Decision date `YYYY-MM-DD`; today when absent. */
  readonly asOf?: string | undefined;
  /** Assign only these parents (default: every parent waiting for a partner). */
  readonly parents?: readonly string[] | undefined;
  /** `exact` (optimal, default) or `greedy`. */
  readonly strategy?: AssignmentStrategy | undefined;
  /** Language of the reasons recorded with each proposal. */
  readonly language?: ExplanationLanguage | undefined;
  /** Write the proposed matches, with their decisions and reasons, to this NDJSON file. */
  readonly out?: string | undefined;
}

/** What {@link assignWaitingParents} produced: the assignment and the proposed match records. */
export interface AssignmentRun {
  /** The assignment as matching returned it. */
  readonly assignment: MatchAssignment;
  /** The proposals as core match records (status `proposed`, with decisions). */
  readonly matches: readonly Match[];
}

/** Assigns the waiting parents (or the named ones) of a data folder to partners with a rule set. */
export function assignWaitingParents(
  context: CommandContext,
  records: DataFolderRecords,
  ruleSet: Parameters<typeof assignMatches>[2],
  options: {
    readonly asOf: string;
    readonly parentIds?: readonly string[] | undefined;
    readonly strategy?: AssignmentStrategy | undefined;
    readonly language?: ExplanationLanguage | undefined;
  },
): AssignmentRun {
  let parents = listWaitingParents({
    parents: records.parent,
    referrals: records.referral,
    matches: records.match,
  });
  if (options.parentIds !== undefined && options.parentIds.length > 0) {
    const wanted = new Set(options.parentIds);
    const unknown = options.parentIds.filter(
      (id) => !records.parent.some((parent) => parent.id === id),
    );
    if (unknown.length > 0) {
      throw new CliError(
        `No parent with id ${unknown.join(', ')} in the data folder; check the ids.`,
      );
    }
    parents = records.parent.filter((parent) => wanted.has(parent.id));
  }
  const program = records.program[0];
  const progress = startProgress(context.io, `Assigning (${ruleSet.id})`, 1);
  try {
    const assignment = assignMatches(parents, records.parentPartner, ruleSet, {
      asOf: options.asOf,
      matches: records.match,
      childHistory: { removalEpisodes: records.removalEpisode, placements: records.placement },
      ...(program === undefined ? {} : { program }),
      ...(options.strategy === undefined ? {} : { strategy: options.strategy }),
      ...(options.language === undefined ? {} : { language: options.language }),
    });
    progress.advance();
    return {
      assignment,
      matches: createProposedMatches(assignment, {
        proposedAt: context.io.now().toISOString(),
        referrals: records.referral,
      }),
    };
  } finally {
    progress.stop();
  }
}

/** Prints an assignment as a table of proposals with their main reason, then the parents left unmatched and why. */
export function printAssignment(
  context: CommandContext,
  assignment: MatchAssignment,
  limit = Infinity,
): void {
  const { output } = context;
  const bold = output.colors.bold;
  output.writeLine(
    bold(
      `${assignment.proposals.length} proposal(s), ${assignment.unmatched.length} parent(s) unmatched (rule set ${assignment.ruleSetId} ${assignment.ruleSetVersion}, as of ${assignment.asOf}, total score ${formatScore(assignment.objectiveValue.totalScore)})`,
    ),
  );
  const shown = assignment.proposals.slice(0, limit);
  if (shown.length > 0) {
    const rows = shown.map((proposal) => {
      const best = [...proposal.decision.reasons]
        .filter((reason) => reason.contribution !== undefined)
        .sort((left, right) => (right.contribution ?? 0) - (left.contribution ?? 0))[0];
      return [
        proposal.parentId,
        proposal.partnerId,
        formatScore(proposal.score),
        best?.message ?? '',
      ];
    });
    for (const line of formatTable(
      [
        { heading: 'Parent' },
        { heading: 'Partner' },
        { heading: 'Score', align: 'right' },
        { heading: 'Main reason' },
      ],
      rows,
      { styleHeading: bold },
    )) {
      output.writeLine(line);
    }
  }
  if (assignment.proposals.length > shown.length) {
    output.writeLine(`... and ${assignment.proposals.length - shown.length} more proposal(s).`);
  }
  if (assignment.unmatched.length > 0) {
    output.writeLine();
    const rows = assignment.unmatched
      .slice(0, limit)
      .map((entry) => [
        entry.parentId,
        entry.reason === 'capacity_exhausted'
          ? `every eligible partner (${entry.eligiblePartnerCount}) is at capacity`
          : 'no partner passes every constraint',
      ]);
    for (const line of formatTable([{ heading: 'Unmatched' }, { heading: 'Why' }], rows, {
      styleHeading: bold,
    })) {
      output.writeLine(line);
    }
    if (assignment.unmatched.length > rows.length) {
      output.writeLine(
        `... and ${assignment.unmatched.length - rows.length} more unmatched parent(s).`,
      );
    }
  }
}

/** Writes match records as NDJSON, creating the folder. */
export async function writeMatchRecords(target: string, matches: readonly Match[]): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, formatNdjson(matches));
}

/** Proposes matches for the parents waiting for a partner, under every constraint and capacity, and prints why. */
export async function runAssignCommand(
  context: CommandContext,
  options: AssignCommandOptions,
): Promise<ExitCodeValue> {
  const asOf = resolveAsOfDate(options.asOf, context.io.now);
  const ruleSet = await readRuleSetFile(context, options.rules);
  const records = await loadValidDataFolder(context, options.data);
  const run = assignWaitingParents(context, records, ruleSet, {
    asOf,
    parentIds: options.parents,
    strategy: options.strategy,
    language: options.language,
  });
  printAssignment(context, run.assignment);
  if (options.out !== undefined) {
    await writeMatchRecords(context.resolvePath(options.out), run.matches);
    context.output.writeLine(
      `Wrote ${run.matches.length} proposed match(es) with their decisions and reasons to ${options.out}`,
    );
  }
  return ExitCode.ok;
}
