import type {
  CouncilRole,
  Engagement,
  EngagementId,
  ParentId,
  PartnerId,
  RoleAttendance,
} from '@parent-partner/core';
import { formatDay, nthWeekdayOfMonth } from './day-numbers';
import { formatId } from './generation-context';
import type { Random } from './random';
import { listMonthStarts } from './synthetic-support-sessions';

/** A parent who finished the program, and from when they can take part in councils and boards. */
export interface GraduateParent {
  /** The parent. */
  readonly parentId: ParentId;
  /** County of residence. */
  readonly countyFips: string;
  /** Day the parent's match closed. */
  readonly graduatedDay: number;
}

/** Partners who can be seen at a county's meetings on a given day. */
export type WorkingPartnersOf = (countyFips: string, day: number) => readonly PartnerId[];

const councilGuests: readonly (readonly [CouncilRole, number, number])[] = [
  ['agency_staff', 2, 6],
  ['judge', 0, 1],
  ['district_attorney', 0, 1],
  ['police', 0, 1],
  ['school', 0, 2],
  ['mental_health_provider', 0, 2],
  ['aoda_provider', 0, 1],
  ['domestic_violence_provider', 0, 1],
  ['foster_parent', 0, 2],
  ['community_member', 0, 3],
];

/**
 * Draws systems and community engagement: each county's local advisory council meeting every quarter
 * (attendance by role, recommendations made and adopted), the state council, committee and board seats
 * of graduate parents, and partners' speaking, training and community events.
 */
export function drawEngagements(
  random: Random,
  counties: readonly string[],
  graduates: readonly GraduateParent[],
  workingPartnersOf: WorkingPartnersOf,
  startDay: number,
  asOfDay: number,
): Engagement[] {
  const drafts: Omit<Engagement, 'id'>[] = [];
  const graduatesByCounty = new Map<string, GraduateParent[]>();
  for (const graduate of graduates) {
    const list = graduatesByCounty.get(graduate.countyFips);
    if (list) list.push(graduate);
    else graduatesByCounty.set(graduate.countyFips, [graduate]);
  }
  for (const [year, month] of listMonthStarts(startDay, asOfDay)) {
    const quarterMonth = month % 3 === 2;
    for (const countyFips of counties) {
      const day = nthWeekdayOfMonth(year, month, 3, 3);
      if (day < startDay || day > asOfDay) continue;
      const working = workingPartnersOf(countyFips, day);
      if (quarterMonth) {
        const partnerIds = random.sample(working, random.integer(1, 4));
        const eligible = (graduatesByCounty.get(countyFips) ?? []).filter(
          (graduate) => graduate.graduatedDay < day,
        );
        const graduateParentIds = random
          .sample(eligible, random.integer(0, 3))
          .map((graduate) => graduate.parentId);
        const attendance: RoleAttendance[] = [];
        for (const [role, least, most] of councilGuests) {
          const count = random.integer(least, most);
          if (count > 0) attendance.push({ role, count });
        }
        const parentsPresent = graduateParentIds.length + random.integer(0, 1);
        if (parentsPresent > 0) attendance.push({ role: 'parent', count: parentsPresent });
        if (partnerIds.length > 0)
          attendance.push({ role: 'parent_partner', count: partnerIds.length });
        const made = random.integer(0, 4);
        drafts.push({
          kind: 'advisory_council_meeting',
          level: 'local',
          countyFips,
          date: formatDay(day),
          hours: 1,
          partnerIds,
          graduateParentIds,
          attendance,
          recommendationsMade: made,
          recommendationsAdopted: random.integer(0, made),
        });
      }
      // Partners speak, train professionals and staff community events now and then.
      if (working.length > 0 && random.chance(0.25)) {
        const eventDay = nthWeekdayOfMonth(year, month, random.integer(0, 5), random.integer(1, 4));
        if (eventDay >= startDay && eventDay <= asOfDay) {
          const kind = random.pick(['speaking', 'training_delivered', 'community_event'] as const);
          drafts.push({
            kind,
            level: 'local',
            countyFips,
            date: formatDay(eventDay),
            hours: random.integer(1, 4),
            partnerIds: random.sample(working, random.integer(1, 2)),
            graduateParentIds: [],
            attendance:
              kind === 'community_event'
                ? [{ role: 'community_member', count: random.integer(10, 80) }]
                : [],
            recommendationsMade: 0,
            recommendationsAdopted: 0,
          });
        }
      }
    }
    if (quarterMonth) {
      const day = nthWeekdayOfMonth(year, month, 2, 4);
      if (day >= startDay && day <= asOfDay) {
        const partnerIds = random.sample(
          counties.flatMap((countyFips) => workingPartnersOf(countyFips, day).slice(0, 1)),
          random.integer(2, 8),
        );
        const made = random.integer(1, 6);
        drafts.push({
          kind: 'advisory_council_meeting',
          level: 'state',
          date: formatDay(day),
          hours: 2,
          partnerIds,
          graduateParentIds: [],
          attendance: [
            { role: 'agency_staff', count: random.integer(4, 10) },
            ...(partnerIds.length > 0
              ? [{ role: 'parent_partner' as const, count: partnerIds.length }]
              : []),
            { role: 'parent', count: random.integer(1, 4) },
          ],
          recommendationsMade: made,
          recommendationsAdopted: random.integer(0, made),
        });
      }
    }
  }
  // Graduate parents invited onto committees and boards (shared decision-making).
  for (const graduate of graduates) {
    if (!random.chance(0.15)) continue;
    const joinDay = graduate.graduatedDay + random.integer(30, 180);
    if (joinDay > asOfDay) continue;
    const leaveDay = joinDay + random.integer(90, 720);
    drafts.push({
      kind: random.chance(0.7) ? 'committee_membership' : 'board_membership',
      level: random.chance(0.85) ? 'local' : 'state',
      countyFips: graduate.countyFips,
      date: formatDay(joinDay),
      ...(leaveDay <= asOfDay ? { endDate: formatDay(leaveDay) } : {}),
      hours: random.integer(4, 40),
      partnerIds: [],
      graduateParentIds: [graduate.parentId],
      attendance: [],
      recommendationsMade: 0,
      recommendationsAdopted: 0,
    });
  }
  drafts.sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0));
  const width = Math.max(6, String(drafts.length).length);
  return drafts.map((engagement, index) => ({
    id: formatId('engagement', index + 1, width) as EngagementId,
    ...engagement,
  }));
}
