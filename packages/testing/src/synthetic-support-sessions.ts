import type { StaffId, SupportSession, SupportSessionId } from '@parent-partner/core';
import { formatDay, nthWeekdayOfMonth, partsFromDay, readDay } from './day-numbers';
import { formatId } from './generation-context';
import type { ProgramRegion } from './program-regions';
import type { Random } from './random';
import type { PartnerDraft } from './synthetic-partner';

function isWorking(draft: PartnerDraft, day: number): boolean {
  return draft.availableFrom <= day && day < draft.availableUntil;
}

/** Lists the first day of each month from the month of `startDay` to the month of `asOfDay`. */
export function listMonthStarts(
  startDay: number,
  asOfDay: number,
): [year: number, month: number][] {
  const [startYear, startMonth] = partsFromDay(startDay);
  const [endYear, endMonth] = partsFromDay(asOfDay);
  const months: [number, number][] = [];
  for (
    let index = startYear * 12 + startMonth - 1;
    index <= endYear * 12 + endMonth - 1;
    index += 1
  ) {
    months.push([Math.floor(index / 12), (index % 12) + 1]);
  }
  return months;
}

/**
 * Draws workforce support: each region's monthly clinical support session and group supervision,
 * monthly individual supervision of each working partner, quarterly reflective supervision, and the
 * training cohorts behind the partners' training records.
 */
export function drawSupportSessions(
  random: Random,
  regions: readonly ProgramRegion[],
  partners: readonly PartnerDraft[],
  supervisorId: StaffId,
  startDay: number,
  asOfDay: number,
): SupportSession[] {
  const drafts: Omit<SupportSession, 'id'>[] = [];
  const add = (session: Omit<SupportSession, 'id'>): void => {
    drafts.push(session);
  };
  for (const [year, month] of listMonthStarts(startDay, asOfDay)) {
    for (const region of regions) {
      const clinicalDay = nthWeekdayOfMonth(year, month, 1, 2);
      const supervisionDay = nthWeekdayOfMonth(year, month, 3, 3);
      for (const [kind, day, facilitatorId, minutes] of [
        ['clinical_support_session', clinicalDay, region.clinicalSupportId, 90],
        ['group_supervision', supervisionDay, region.coordinatorId, 60],
      ] as const) {
        if (day < startDay || day > asOfDay) continue;
        const attendees = region.partnerIndexes.filter(
          (index) => isWorking(partners[index] as PartnerDraft, day) && random.chance(0.85),
        );
        if (attendees.length === 0) continue;
        add({
          kind,
          date: formatDay(day),
          minutes,
          facilitatorId,
          attendeeIds: attendees.map((index) => (partners[index] as PartnerDraft).partner.id),
        });
      }
      if (month % 3 === 0) {
        const day = nthWeekdayOfMonth(year, month, 4, 4);
        const attendees = region.partnerIndexes.filter((index) =>
          isWorking(partners[index] as PartnerDraft, day),
        );
        if (day >= startDay && day <= asOfDay && attendees.length > 0) {
          add({
            kind: 'reflective_supervision',
            date: formatDay(day),
            minutes: 120,
            facilitatorId: region.clinicalSupportId,
            attendeeIds: attendees.map((index) => (partners[index] as PartnerDraft).partner.id),
          });
        }
      }
      for (const index of region.partnerIndexes) {
        const draft = partners[index] as PartnerDraft;
        const day = nthWeekdayOfMonth(year, month, random.integer(0, 4), random.integer(1, 4));
        if (day < startDay || day > asOfDay || !isWorking(draft, day) || random.chance(0.1))
          continue;
        add({
          kind: 'individual_supervision',
          date: formatDay(day),
          minutes: 5 * random.integer(6, 12),
          facilitatorId: region.coordinatorId,
          attendeeIds: [draft.partner.id],
        });
      }
    }
  }
  // Training cohorts: partners who completed a course on the same day trained together.
  const cohorts = new Map<string, string[]>();
  for (const { partner } of partners) {
    for (const training of partner.trainings) {
      const day = readDay(training.completedOn, 'completedOn');
      if (day < startDay || day > asOfDay) continue;
      const key = `${training.completedOn}|${training.course}`;
      const list = cohorts.get(key);
      if (list) list.push(partner.id);
      else cohorts.set(key, [partner.id]);
    }
  }
  for (const key of [...cohorts.keys()].sort()) {
    const [date, course] = key.split('|') as [string, SupportSession['course'] & string];
    for (let offset = 0; offset < (cohorts.get(key) ?? []).length; offset += 500) {
      add({
        kind: 'training',
        date,
        minutes: 180,
        facilitatorId: supervisorId,
        attendeeIds: (cohorts.get(key) ?? []).slice(
          offset,
          offset + 500,
        ) as SupportSession['attendeeIds'],
        course,
      });
    }
  }
  // Sorted by date (stable), then numbered, so ids follow the calendar.
  drafts.sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0));
  const width = Math.max(6, String(drafts.length).length);
  return drafts.map((session, index) => ({
    id: formatId('session', index + 1, width) as SupportSessionId,
    ...session,
  }));
}
