import type {
  Contact,
  ContactActivity,
  ContactId,
  ContactMode,
  ContactParticipant,
} from '@parent-partner/core';
import { formatDay } from './day-numbers';
import { formatId } from './generation-context';
import { createWeightedList, type Random } from './random';
import type { MatchPlan } from './synthetic-casework';

const DAYS_PER_MONTH = 30.44;
const WEEKS_PER_MONTH = DAYS_PER_MONTH / 7;

/**
 * Contacts per month by month of the match: about four face-to-face visits plus calls in the
 * first three months (Iowa's target), then tapering as the family works its case plan.
 */
const intensityByMonth: readonly (readonly [faceToFace: number, other: number])[] = [
  [4.2, 4],
  [4, 3.6],
  [3.8, 3.2],
  [2.5, 2.8],
  [2.2, 2.4],
  [2, 2.2],
];
const laterIntensity: readonly [number, number] = [1.6, 2];

function intensityOf(monthIndex: number): readonly [number, number] {
  return intensityByMonth[monthIndex] ?? laterIntensity;
}

interface ActivityKind {
  readonly activity: ContactActivity;
  readonly minMinutes: number;
  readonly maxMinutes: number;
  readonly participants: readonly (readonly ContactParticipant[])[];
}

const faceToFaceActivities = createWeightedList<ActivityKind>([
  [
    {
      activity: 'mentoring',
      minMinutes: 45,
      maxMinutes: 120,
      participants: [['parent'], ['parent'], ['parent', 'children']],
    },
    55,
  ],
  [
    {
      activity: 'family_team_meeting',
      minMinutes: 60,
      maxMinutes: 120,
      participants: [
        ['parent', 'caseworker', 'provider'],
        ['parent', 'caseworker', 'relative'],
      ],
    },
    9,
  ],
  [
    {
      activity: 'court_hearing',
      minMinutes: 60,
      maxMinutes: 180,
      participants: [['parent', 'attorney', 'caseworker']],
    },
    6,
  ],
  [
    {
      activity: 'visitation_support',
      minMinutes: 60,
      maxMinutes: 180,
      participants: [
        ['parent', 'children', 'foster_parent'],
        ['parent', 'children', 'relative'],
      ],
    },
    9,
  ],
  [
    {
      activity: 'staffing',
      minMinutes: 30,
      maxMinutes: 60,
      participants: [['parent', 'caseworker']],
    },
    5,
  ],
  [
    {
      activity: 'transport',
      minMinutes: 20,
      maxMinutes: 90,
      participants: [['parent'], ['parent', 'children']],
    },
    7,
  ],
  [
    {
      activity: 'resource_connection',
      minMinutes: 30,
      maxMinutes: 90,
      participants: [['parent', 'provider']],
    },
    6,
  ],
  [{ activity: 'support_group', minMinutes: 60, maxMinutes: 120, participants: [['parent']] }, 3],
]);
const remoteActivities = createWeightedList<ActivityKind>([
  [{ activity: 'mentoring', minMinutes: 10, maxMinutes: 45, participants: [['parent']] }, 70],
  [
    {
      activity: 'resource_connection',
      minMinutes: 10,
      maxMinutes: 30,
      participants: [['parent'], ['parent', 'provider']],
    },
    20,
  ],
  [{ activity: 'other', minMinutes: 5, maxMinutes: 20, participants: [['parent']] }, 10],
]);
const remoteModes = createWeightedList<ContactMode>([
  ['phone', 60],
  ['text_email', 30],
  ['video', 10],
]);
const notes: readonly string[] = [
  'Talked about the week ahead.',
  'Reviewed the case plan goals together.',
  'Went over questions for the next family team meeting.',
  'Shared a list of local parenting classes.',
  'Checked in after the last visit.',
  'Made a plan for getting to appointments.',
  'Practised what to say at the hearing.',
  'Celebrated a goal reached this month.',
];

/** How many contacts to draw: the default intensity, a rate per match-month, or a total. */
export interface ContactVolume {
  /** Average contacts per active match-month; the default intensity when absent. */
  readonly perMatchMonth?: number;
  /** Total contacts to aim for across all matches (overrides `perMatchMonth`). */
  readonly total?: number;
}

function isActiveDay(plan: MatchPlan, day: number): boolean {
  return plan.pause === undefined || day < plan.pause[0] || day >= plan.pause[1];
}

/** Sum of the default intensity over every active week of every match. */
function measureDefaultVolume(plans: readonly MatchPlan[]): { contacts: number; months: number } {
  let contacts = 0;
  let days = 0;
  for (const plan of plans) {
    if (plan.startDay === undefined || plan.lastDay === undefined) continue;
    for (let week = plan.startDay; week <= plan.lastDay; week += 7) {
      const span = Math.min(7, plan.lastDay - week + 1);
      let active = 0;
      for (let day = week; day < week + span; day += 1) if (isActiveDay(plan, day)) active += 1;
      const [faceToFace, other] = intensityOf(Math.floor((week - plan.startDay) / DAYS_PER_MONTH));
      contacts += ((faceToFace + other) / WEEKS_PER_MONTH) * (active / 7);
      days += active;
    }
  }
  return { contacts, months: days / DAYS_PER_MONTH };
}

/** The factor applied to the default intensity so the volume asked for is reached on average. */
export function scaleContactVolume(plans: readonly MatchPlan[], volume: ContactVolume): number {
  if (volume.total === undefined && volume.perMatchMonth === undefined) return 1;
  const measured = measureDefaultVolume(plans);
  if (measured.contacts === 0) return 0;
  const wanted =
    volume.total !== undefined ? volume.total : (volume.perMatchMonth ?? 0) * measured.months;
  return wanted / measured.contacts;
}

/**
 * Draws the contacts of one match, week by week from its start to its last day, skipping any pause;
 * calls `emit` for each, in date order.
 */
export function drawMatchContacts(
  random: Random,
  plan: MatchPlan,
  scale: number,
  nextNumber: number,
  width: number,
  emit: (contact: Contact) => void,
): number {
  let number = nextNumber;
  if (plan.startDay === undefined || plan.lastDay === undefined) return number;
  const { match } = plan;
  const days: number[] = [];
  const faceToFaceFlags: boolean[] = [];
  for (let week = plan.startDay; week <= plan.lastDay; week += 7) {
    const span = Math.min(7, plan.lastDay - week + 1);
    const [faceToFaceRate, otherRate] = intensityOf(
      Math.floor((week - plan.startDay) / DAYS_PER_MONTH),
    );
    const weekShare = (scale * span) / 7 / WEEKS_PER_MONTH;
    const faceToFace = random.count(faceToFaceRate * weekShare);
    const other = random.count(otherRate * weekShare);
    days.length = 0;
    faceToFaceFlags.length = 0;
    for (let index = 0; index < faceToFace + other; index += 1) {
      const day = week + Math.floor(random.next() * span);
      if (!isActiveDay(plan, day)) continue;
      // Insert in date order (a week holds only a handful of contacts).
      let position = days.length;
      while (position > 0 && (days[position - 1] as number) > day) position -= 1;
      days.splice(position, 0, day);
      faceToFaceFlags.splice(position, 0, index < faceToFace);
    }
    for (let index = 0; index < days.length; index += 1) {
      const inPerson = faceToFaceFlags[index] as boolean;
      const kind = random.pickWeighted(inPerson ? faceToFaceActivities : remoteActivities);
      const mode: ContactMode = inPerson
        ? random.chance(0.92)
          ? 'in_person'
          : 'video'
        : random.pickWeighted(remoteModes);
      const minutes =
        mode === 'text_email'
          ? 5 * random.integer(1, 3)
          : 5 * random.integer(kind.minMinutes / 5, kind.maxMinutes / 5);
      const contact: Contact = {
        id: formatId('contact', number, width) as ContactId,
        matchId: match.id,
        parentId: match.parentId,
        partnerId: match.partnerId,
        date: formatDay(days[index] as number),
        minutes,
        mode,
        activity: kind.activity,
        participants: random.pick(kind.participants).slice(),
      };
      if (random.chance(inPerson ? 0.08 : 0.02)) contact.notes = random.pick(notes);
      number += 1;
      emit(contact);
    }
  }
  return number;
}
