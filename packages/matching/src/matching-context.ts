import {
  type CalendarDate,
  type ChildHistory,
  type CountyFips,
  EligibilityPolicySchema,
  findChildrenInCare,
  isValidCalendarDate,
  type Match,
  type ParentId,
  ParentPartnerError,
  type PartnerId,
  type PlacementSetting,
  type Program,
} from '@parent-partner/core';
import type { MatchingPolicy } from './rule';

/** Options every matching operation takes: the decision date, the program and what is already decided. */
export interface MatchingOptions {
  /** The date of the decision (`YYYY-MM-DD`); nothing reads the clock. */
  readonly asOf: CalendarDate;
  /** The program: its eligibility policy, required trainings and county neighbours. */
  readonly program?: Program;
  /** A policy to use instead of the program's (see {@link createMatchingPolicy}). */
  readonly policy?: MatchingPolicy;
  /** Active matches per partner; when absent they are counted from `matches`. */
  readonly caseloads?: ReadonlyMap<PartnerId, number>;
  /** Recorded matches: `active`, `paused` and `proposed` ones count against capacity, `declined` ones are never proposed again. */
  readonly matches?: readonly Match[];
  /**
   * The children's removal episodes and placements, from which the settings the children are in on `asOf` are
   * read (the `similar-placement` rule); without them no child counts as placed out of home.
   */
  readonly childHistory?: Pick<ChildHistory, 'removalEpisodes' | 'placements'>;
}

/** Statuses of a recorded match that hold one of the partner's caseload slots. */
export const caseloadStatuses: ReadonlySet<string> = new Set(['active', 'paused', 'proposed']);

/**
 * Builds the policy rules read from a program (or the default eligibility policy when there is none).
 *
 * Neighbour lists are made symmetric: a county listed as a neighbour of another is its neighbour too.
 *
 * @example
 * ```ts
 * const policy = createMatchingPolicy();
 * [policy.monthsSinceCaseResolved, policy.defaultMaxCaseload, policy.requiredTrainings.length];
 * //=> [12, 12, 0]
 * ```
 */
export function createMatchingPolicy(program?: Program): MatchingPolicy {
  const eligibility = program?.eligibility ?? EligibilityPolicySchema.parse({});
  const neighbors = new Map<CountyFips, Set<CountyFips>>();
  const link = (from: CountyFips, to: CountyFips) => {
    if (from === to) return;
    let set = neighbors.get(from);
    if (!set) {
      set = new Set();
      neighbors.set(from, set);
    }
    set.add(to);
  };
  for (const county of program?.counties ?? []) {
    for (const neighbor of county.neighbors) {
      link(county.fips, neighbor);
      link(neighbor, county.fips);
    }
  }
  return Object.freeze({
    ...eligibility,
    requiredTrainings: Object.freeze([...(program?.requiredTrainings ?? [])]),
    neighbors,
  });
}

/** The resolved inputs of one matching operation. */
export interface MatchingSession {
  readonly asOf: CalendarDate;
  readonly policy: MatchingPolicy;
  readonly caseloads: ReadonlyMap<PartnerId, number>;
  readonly declinedPairs: ReadonlyMap<ParentId, ReadonlySet<PartnerId>>;
  readonly childPlacements: ReadonlyMap<ParentId, readonly PlacementSetting[]>;
}

/** The placement settings each parent's children are in on a date, distinct, in the order first found. */
function readChildPlacements(
  history: Pick<ChildHistory, 'removalEpisodes' | 'placements'> | undefined,
  asOf: CalendarDate,
): ReadonlyMap<ParentId, readonly PlacementSetting[]> {
  const byParent = new Map<ParentId, PlacementSetting[]>();
  if (history === undefined) return byParent;
  for (const { episode, placement } of findChildrenInCare(history, { on: asOf }).values()) {
    if (placement === undefined) continue;
    const settings = byParent.get(episode.parentId);
    if (settings === undefined) byParent.set(episode.parentId, [placement.setting]);
    else if (!settings.includes(placement.setting)) settings.push(placement.setting);
  }
  return byParent;
}

/** Checks the options and resolves policy, caseloads and declined pairs. */
export function resolveMatchingSession(options: MatchingOptions): MatchingSession {
  if (options === undefined || !isValidCalendarDate(options.asOf)) {
    throw new ParentPartnerError('INVALID_ARGUMENT', 'asOf: expected a calendar date YYYY-MM-DD');
  }
  const policy = options.policy ?? createMatchingPolicy(options.program);
  const declinedPairs = new Map<ParentId, Set<PartnerId>>();
  const counted = new Map<PartnerId, number>();
  for (const match of options.matches ?? []) {
    if (match.status === 'declined') {
      let set = declinedPairs.get(match.parentId);
      if (!set) {
        set = new Set();
        declinedPairs.set(match.parentId, set);
      }
      set.add(match.partnerId);
    } else if (caseloadStatuses.has(match.status)) {
      counted.set(match.partnerId, (counted.get(match.partnerId) ?? 0) + 1);
    }
  }
  if (options.caseloads) {
    for (const count of options.caseloads.values()) {
      if (!Number.isInteger(count) || count < 0) {
        throw new ParentPartnerError(
          'INVALID_ARGUMENT',
          'caseloads: every caseload is a whole number not below 0',
        );
      }
    }
  }
  return {
    asOf: options.asOf,
    policy,
    caseloads: options.caseloads ?? counted,
    declinedPairs,
    childPlacements: readChildPlacements(options.childHistory, options.asOf),
  };
}
