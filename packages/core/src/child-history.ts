import * as z from 'zod';
import type { SafeResult } from './errors';
import { type MaltreatmentReport, MaltreatmentReportSchema } from './maltreatment-report';
import type { Parent } from './parent';
import { type Placement, PlacementSchema } from './placement';
import { type RemovalEpisode, RemovalEpisodeSchema } from './removal-episode';
import { parseWithSchema, safeParseWithSchema } from './validation';

// A child's history in care: removal episodes, the placements inside them and the maltreatment reports about
// the child. Child ids identify a child across the program: a child of two parents served has one id and one
// history. Dates are `YYYY-MM-DD` strings, so comparing them as strings compares the days.

/** The history the federal outcome measures are computed from: removal episodes, placements and maltreatment reports. */
export interface ChildHistory {
  /** Removal episodes of the children of the parents served. */
  readonly removalEpisodes: readonly RemovalEpisode[];
  /** Placements within those episodes. */
  readonly placements: readonly Placement[];
  /** Maltreatment reports about those children. */
  readonly maltreatmentReports: readonly MaltreatmentReport[];
}

/** One inconsistency in a child history: a stable code, the path of the field at fault, and a message without values. */
export interface ChildHistoryProblem {
  /** Stable code in lower snake case, for example `overlapping_episodes`. */
  readonly code: ChildHistoryProblemCode;
  /** Path of the field at fault, for example `['placements', 3, 'endDate']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, naming fields and never their values. */
  readonly message: string;
}

/** Codes of the inconsistencies {@link validateChildHistory} finds. */
export type ChildHistoryProblemCode =
  | 'duplicate_id'
  | 'overlapping_episodes'
  | 'unknown_episode'
  | 'placement_outside_episode'
  | 'trial_home_visit_after_exit'
  | 'overlapping_placements'
  | 'unknown_parent'
  | 'unknown_child'
  | 'entry_before_birth'
  | 'report_before_birth';

/** Options of {@link validateChildHistory}. */
export interface ValidateChildHistoryOptions {
  /** The parents served: when given, every episode and report must name a child of its parent, born by then. */
  readonly parents?: readonly Parent[];
}

type ListName = 'removalEpisodes' | 'placements' | 'maltreatmentReports';

function problem(
  code: ChildHistoryProblemCode,
  path: readonly (string | number)[],
  message: string,
): ChildHistoryProblem {
  return { code, path, message };
}

function findDuplicateIds(
  list: readonly { readonly id: string }[],
  name: ListName,
  problems: ChildHistoryProblem[],
): void {
  const seen = new Set<string>();
  for (let index = 0; index < list.length; index += 1) {
    const id = (list[index] as { readonly id: string }).id;
    if (seen.has(id)) {
      problems.push(problem('duplicate_id', [name, index, 'id'], 'another record has this id'));
    } else {
      seen.add(id);
    }
  }
}

/** Positions of a list grouped by a key, each group in ascending order of `dateOf` (then position). */
function groupByKey<Item>(
  list: readonly Item[],
  keyOf: (item: Item) => string,
  dateOf: (item: Item) => string,
): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (let index = 0; index < list.length; index += 1) {
    const key = keyOf(list[index] as Item);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((left, right) => {
      const a = dateOf(list[left] as Item);
      const b = dateOf(list[right] as Item);
      return a < b ? -1 : a > b ? 1 : left - right;
    });
  }
  return groups;
}

function checkEpisodes(episodes: readonly RemovalEpisode[], problems: ChildHistoryProblem[]): void {
  const byChild = groupByKey(
    episodes,
    (episode) => episode.childId,
    (episode) => episode.entryDate,
  );
  for (const group of byChild.values()) {
    // Each episode must start on or after the exit of every earlier one (an exit and a new entry may share a day).
    let latestExit = '';
    let open = false;
    for (let position = 0; position < group.length; position += 1) {
      const index = group[position] as number;
      const episode = episodes[index] as RemovalEpisode;
      if (position > 0 && (open || episode.entryDate < latestExit)) {
        problems.push(
          problem(
            'overlapping_episodes',
            ['removalEpisodes', index, 'entryDate'],
            'the entry falls inside another removal episode of the same child',
          ),
        );
      }
      if (episode.exitDate === undefined) open = true;
      else if (episode.exitDate > latestExit) latestExit = episode.exitDate;
    }
  }
}

function checkPlacements(
  episodes: readonly RemovalEpisode[],
  placements: readonly Placement[],
  problems: ChildHistoryProblem[],
): void {
  const episodeById = new Map<string, RemovalEpisode>();
  for (const episode of episodes)
    if (!episodeById.has(episode.id)) episodeById.set(episode.id, episode);
  for (let index = 0; index < placements.length; index += 1) {
    const placement = placements[index] as Placement;
    const episode = episodeById.get(placement.episodeId);
    if (episode === undefined) {
      problems.push(
        problem(
          'unknown_episode',
          ['placements', index, 'episodeId'],
          'no removal episode has this id',
        ),
      );
      continue;
    }
    const exit = episode.exitDate;
    if (
      placement.startDate < episode.entryDate ||
      (exit !== undefined &&
        placement.startDate >= exit &&
        placement.startDate !== episode.entryDate)
    ) {
      problems.push(
        problem(
          'placement_outside_episode',
          ['placements', index, 'startDate'],
          'the placement starts outside its removal episode',
        ),
      );
    } else if (exit !== undefined && placement.endDate !== undefined && placement.endDate > exit) {
      const trialHomeVisit = placement.setting === 'trial_home_visit';
      problems.push(
        problem(
          trialHomeVisit ? 'trial_home_visit_after_exit' : 'placement_outside_episode',
          ['placements', index, 'endDate'],
          trialHomeVisit
            ? 'the trial home visit ends after the exit from care'
            : 'the placement ends after the exit from care',
        ),
      );
    }
  }
  const byEpisode = groupByKey(
    placements,
    (placement) => placement.episodeId,
    (placement) => placement.startDate,
  );
  for (const group of byEpisode.values()) {
    let latestEnd = '';
    let open = false;
    for (let position = 0; position < group.length; position += 1) {
      const index = group[position] as number;
      const placement = placements[index] as Placement;
      if (position > 0 && (open || placement.startDate < latestEnd)) {
        problems.push(
          problem(
            'overlapping_placements',
            ['placements', index, 'startDate'],
            'the placement starts before the previous placement of the episode ends',
          ),
        );
      }
      if (placement.endDate === undefined) open = true;
      else if (placement.endDate > latestEnd) latestEnd = placement.endDate;
    }
  }
}

function checkAgainstParents(
  history: ChildHistory,
  parents: readonly Parent[],
  problems: ChildHistoryProblem[],
): void {
  const childrenByParent = new Map<string, Map<string, string | undefined>>();
  for (const parent of parents) {
    let children = childrenByParent.get(parent.id);
    if (children === undefined) {
      children = new Map();
      childrenByParent.set(parent.id, children);
    }
    for (const child of parent.children) children.set(child.id, child.birthDate);
  }
  const check = (
    list: 'removalEpisodes' | 'maltreatmentReports',
    index: number,
    parentId: string,
    childId: string,
    date: string,
  ): void => {
    const children = childrenByParent.get(parentId);
    if (children === undefined) {
      problems.push(problem('unknown_parent', [list, index, 'parentId'], 'no parent has this id'));
      return;
    }
    if (!children.has(childId)) {
      problems.push(
        problem('unknown_child', [list, index, 'childId'], 'the parent has no child with this id'),
      );
      return;
    }
    const birthDate = children.get(childId);
    if (birthDate !== undefined && date < birthDate) {
      problems.push(
        list === 'removalEpisodes'
          ? problem(
              'entry_before_birth',
              [list, index, 'entryDate'],
              'the entry is before the child’s birth date',
            )
          : problem(
              'report_before_birth',
              [list, index, 'reportDate'],
              'the report is before the child’s birth date',
            ),
      );
    }
  };
  history.removalEpisodes.forEach((episode, index) => {
    check('removalEpisodes', index, episode.parentId, episode.childId, episode.entryDate);
  });
  history.maltreatmentReports.forEach((report, index) => {
    check('maltreatmentReports', index, report.parentId, report.childId, report.reportDate);
  });
}

/**
 * Checks that parsed removal episodes, placements and maltreatment reports agree with each other, and
 * returns every problem with the path of the field at fault (never a value).
 *
 * Refused: two records of a list with one id; a removal episode of a child that starts inside another of the
 * same child's episodes (an exit and the next entry may share a day); a placement of an unknown episode; a
 * placement that starts before its episode's entry or after its exit, or ends after the exit (a trial home
 * visit that does so has its own code); two placements of one episode that overlap (one may start on the day
 * the other ends). With `parents`: an episode or report whose parent or child is unknown, or dated before the
 * child's birth date. A placement without an end date in a closed episode is taken to end on the exit.
 * An exit before its own entry is refused by {@link RemovalEpisodeSchema} already.
 *
 * @example
 * ```ts
 * import { parsePlacement, parseRemovalEpisode } from '@parent-partner/core';
 *
 * const problems = validateChildHistory({
 *   removalEpisodes: [
 *     parseRemovalEpisode({ id: 'episode-1', parentId: 'parent-1', childId: 'child-1', entryDate: '2025-01-10', exitDate: '2025-06-01', exitReason: 'reunification' }),
 *   ],
 *   placements: [
 *     parsePlacement({ id: 'placement-1', episodeId: 'episode-1', setting: 'relative_home', startDate: '2025-01-10', endDate: '2025-04-01' }),
 *     parsePlacement({ id: 'placement-2', episodeId: 'episode-1', setting: 'trial_home_visit', startDate: '2025-04-01', endDate: '2025-06-15' }),
 *   ],
 *   maltreatmentReports: [],
 * });
 * problems.map((item) => [item.code, item.path]);
 * //=> [['trial_home_visit_after_exit', ['placements', 1, 'endDate']]]
 * ```
 */
export function validateChildHistory(
  history: ChildHistory,
  options: ValidateChildHistoryOptions = {},
): ChildHistoryProblem[] {
  const problems: ChildHistoryProblem[] = [];
  findDuplicateIds(history.removalEpisodes, 'removalEpisodes', problems);
  findDuplicateIds(history.placements, 'placements', problems);
  findDuplicateIds(history.maltreatmentReports, 'maltreatmentReports', problems);
  checkEpisodes(history.removalEpisodes, problems);
  checkPlacements(history.removalEpisodes, history.placements, problems);
  if (options.parents !== undefined) checkAgainstParents(history, options.parents, problems);
  return problems;
}

/** Schema of a child history: the three lists, each record valid, and the lists consistent with each other. */
export const ChildHistorySchema = z
  .strictObject({
    removalEpisodes: z.array(RemovalEpisodeSchema).default([]),
    placements: z.array(PlacementSchema).default([]),
    maltreatmentReports: z.array(MaltreatmentReportSchema).default([]),
  })
  .superRefine((history, context) => {
    for (const found of validateChildHistory(history)) {
      context.addIssue({
        code: 'custom',
        message: found.message,
        path: [...found.path],
        params: { code: found.code },
      });
    }
  });

/**
 * Parses a child history and checks its consistency, throwing a `ValidationError` that lists every issue by path.
 *
 * @example
 * ```ts
 * const history = parseChildHistory({
 *   removalEpisodes: [{ id: 'episode-1', parentId: 'parent-1', childId: 'child-1', entryDate: '2025-01-10' }],
 * });
 * [history.removalEpisodes.length, history.placements.length];
 * //=> [1, 0]
 * ```
 */
export function parseChildHistory(input: unknown): ChildHistory {
  return parseWithSchema('childHistory', ChildHistorySchema, input);
}

/**
 * Parses a child history and checks its consistency without throwing.
 *
 * @example
 * ```ts
 * const result = safeParseChildHistory({
 *   removalEpisodes: [
 *     { id: 'episode-1', parentId: 'parent-1', childId: 'child-1', entryDate: '2025-01-10', exitDate: '2025-03-01', exitReason: 'reunification' },
 *     { id: 'episode-2', parentId: 'parent-1', childId: 'child-1', entryDate: '2025-02-01' },
 *   ],
 * });
 * result.error?.issues.map((issue) => [issue.code, issue.path]);
 * //=> [['overlapping_episodes', 'removalEpisodes.1.entryDate']]
 * ```
 */
export function safeParseChildHistory(input: unknown): SafeResult<ChildHistory> {
  return safeParseWithSchema('childHistory', ChildHistorySchema, input);
}

/** A child in care on a date: the removal episode, and the placement the child was in that day, if one is recorded. */
export interface ChildInCare {
  /** The removal episode open on the date. */
  readonly episode: RemovalEpisode;
  /** The placement covering the date, if the episode has one. */
  readonly placement: Placement | undefined;
}

/** Options of {@link findChildrenInCare}. */
export interface FindChildrenInCareOptions {
  /** The date (`YYYY-MM-DD`): a child is in care from the entry date up to the day before the exit date. */
  readonly on: string;
}

/**
 * Lists the children in out-of-home care on a date, by child id, with their episode and current placement.
 *
 * This is what a child's current placement, removal date ("date of latest removal") and "in foster care on the
 * report date" are derived from: a child is in care on `on` when an episode has `entryDate <= on` and no exit
 * or an exit after `on`; the placement is the one with `startDate <= on` and no end or an end after `on`.
 *
 * @example
 * ```ts
 * import { parseChildHistory } from '@parent-partner/core';
 *
 * const history = parseChildHistory({
 *   removalEpisodes: [{ id: 'episode-1', parentId: 'parent-1', childId: 'child-1', entryDate: '2025-01-10' }],
 *   placements: [{ id: 'placement-1', episodeId: 'episode-1', setting: 'relative_home', startDate: '2025-01-10' }],
 * });
 * const inCare = findChildrenInCare(history, { on: '2025-03-01' });
 * [inCare.get('child-1')?.episode.entryDate, inCare.get('child-1')?.placement?.setting];
 * //=> ['2025-01-10', 'relative_home']
 * ```
 */
export function findChildrenInCare(
  history: Pick<ChildHistory, 'removalEpisodes' | 'placements'>,
  options: FindChildrenInCareOptions,
): Map<string, ChildInCare> {
  const { on } = options;
  const open = new Map<string, RemovalEpisode>();
  for (const episode of history.removalEpisodes) {
    if (episode.entryDate > on || (episode.exitDate !== undefined && episode.exitDate <= on))
      continue;
    open.set(episode.id, episode);
  }
  const placementOf = new Map<string, Placement>();
  for (const placement of history.placements) {
    if (!open.has(placement.episodeId)) continue;
    if (placement.startDate > on || (placement.endDate !== undefined && placement.endDate <= on))
      continue;
    const known = placementOf.get(placement.episodeId);
    if (known === undefined || placement.startDate > known.startDate)
      placementOf.set(placement.episodeId, placement);
  }
  const result = new Map<string, ChildInCare>();
  for (const episode of open.values()) {
    result.set(episode.childId, { episode, placement: placementOf.get(episode.id) });
  }
  return result;
}
