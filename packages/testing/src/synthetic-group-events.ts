import type { GroupEvent, GroupEventId, Parent, PartnerId, StaffId } from '@parent-partner/core';
import { formatDay, nthWeekdayOfMonth } from './day-numbers';
import { formatId } from './generation-context';
import type { ProgramRegion } from './program-regions';
import type { Random } from './random';
import type { WorkingPartnersOf } from './synthetic-engagements';
import { listMonthStarts } from './synthetic-support-sessions';

/** Parents known to the program, by county, with the day they were referred and the days they were matched. */
export interface GroupEventPeople {
  /** The parents, in referral order. */
  readonly parents: readonly Parent[];
  /** Day each parent was referred, by parent index. */
  readonly referralDays: readonly number[];
  /** Active mentoring spans `[start, last]` of each parent, by parent index. */
  readonly servedSpans: readonly (readonly [number, number] | undefined)[];
}

/**
 * Draws group events: a monthly orientation class in each county for newly referred parents, a monthly
 * Parent Café and a twice-monthly support group in each region, led by partners and the coordinator.
 */
export function drawGroupEvents(
  random: Random,
  regions: readonly ProgramRegion[],
  people: GroupEventPeople,
  workingPartnersOf: WorkingPartnersOf,
  startDay: number,
  asOfDay: number,
): GroupEvent[] {
  const drafts: Omit<GroupEvent, 'id'>[] = [];
  const parentsByCounty = new Map<string, number[]>();
  people.parents.forEach((parent, index) => {
    const list = parentsByCounty.get(parent.countyFips);
    if (list) list.push(index);
    else parentsByCounty.set(parent.countyFips, [index]);
  });
  // Parents ever matched, by region: the pool Parent Cafés and support groups draw from.
  const servedByRegion = new Map<ProgramRegion, number[]>(
    regions.map((region) => [
      region,
      region.counties
        .flatMap((countyFips) => parentsByCounty.get(countyFips) ?? [])
        .filter((index) => people.servedSpans[index] !== undefined),
    ]),
  );
  const facilitators = (
    countyFips: string,
    day: number,
    coordinatorId: StaffId,
  ): { facilitatorPartnerIds: PartnerId[]; facilitatorStaffIds: StaffId[] } => ({
    facilitatorPartnerIds: random.sample(workingPartnersOf(countyFips, day), random.integer(1, 2)),
    facilitatorStaffIds: random.chance(0.6) ? [coordinatorId] : [],
  });
  const languageOf = (attendees: readonly number[]): string => {
    let spanish = 0;
    for (const index of attendees) if (people.parents[index]?.languages[0] === 'es') spanish += 1;
    return attendees.length > 0 && spanish * 2 > attendees.length ? 'es' : 'en';
  };
  for (const [year, month] of listMonthStarts(startDay, asOfDay)) {
    for (const region of regions) {
      for (const countyFips of region.counties) {
        const day = nthWeekdayOfMonth(year, month, 1, 1);
        if (day < startDay || day > asOfDay) continue;
        const newcomers = listReferredBetween(
          parentsByCounty.get(countyFips) ?? [],
          people.referralDays,
          day - 45,
          day,
        );
        if (newcomers.length === 0) continue;
        const attendees = newcomers.filter(() => random.chance(0.5)).slice(0, 1000);
        drafts.push({
          kind: 'orientation_class',
          date: formatDay(day),
          minutes: 90,
          countyFips,
          language: languageOf(attendees),
          ...facilitators(countyFips, day, region.coordinatorId),
          attendeeParentIds: attendees.map((index) => (people.parents[index] as Parent).id),
          attendanceCount: attendees.length + random.integer(0, 3),
        });
      }
      const home = region.counties[0] as string;
      for (const [kind, week, weekday, minutes] of [
        ['parent_cafe', 2, 5, 120],
        ['support_group', 1, 3, 60],
        ['support_group', 3, 3, 60],
      ] as const) {
        const day = nthWeekdayOfMonth(year, month, weekday, week);
        if (day < startDay || day > asOfDay) continue;
        const served = (servedByRegion.get(region) ?? []).filter((index) => {
          const span = people.servedSpans[index] as readonly [number, number];
          return span[0] <= day && day <= span[1];
        });
        const attendees = served
          .filter(() => random.chance(kind === 'parent_cafe' ? 0.2 : 0.1))
          .slice(0, 1000);
        drafts.push({
          kind,
          date: formatDay(day),
          minutes,
          countyFips: home,
          language: languageOf(attendees),
          ...facilitators(home, day, region.coordinatorId),
          attendeeParentIds: attendees.map((index) => (people.parents[index] as Parent).id),
          attendanceCount: attendees.length + random.integer(kind === 'parent_cafe' ? 2 : 0, 8),
        });
      }
    }
  }
  drafts.sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0));
  const width = Math.max(6, String(drafts.length).length);
  return drafts.map((event, index) => ({
    id: formatId('event', index + 1, width) as GroupEventId,
    ...event,
  }));
}

/** Parents (indexes in referral order) referred on a day in `[from, to)`, found by binary search. */
function listReferredBetween(
  indexes: readonly number[],
  referralDays: readonly number[],
  from: number,
  to: number,
): number[] {
  let low = 0;
  let high = indexes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((referralDays[indexes[middle] as number] as number) < from) low = middle + 1;
    else high = middle;
  }
  const result: number[] = [];
  for (let position = low; position < indexes.length; position += 1) {
    const index = indexes[position] as number;
    if ((referralDays[index] as number) >= to) break;
    result.push(index);
  }
  return result;
}
