import type {
  Contact,
  ContactActivity,
  ContactId,
  ContactMode,
  ContactParticipant,
} from '@parent-partner/core';
import { dayFromParts, formatDay, partsFromDay } from './day-numbers';
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
 * The program's contact target for the first months of a match (Iowa: about four face-to-face visits a
 * month), which the synthetic program publishes and the contacts are drawn to meet or miss.
 */
export const syntheticContactTarget = {
  /** Calendar months of the target: month 1 is the month the match started. */
  months: 3,
  /** In-person visits a month. */
  faceToFace: 4,
  /** Contacts of any mode a month. */
  contacts: 8,
} as const;

/** Share of matches whose partner sets out to meet the target (late starts and pauses make some miss). */
const TARGET_INTENT_SHARE = 0.85;

/**
 * The share of partners who set out to meet the target at a volume `scale` times the default: all of
 * {@link TARGET_INTENT_SHARE} from the default volume up, none at half of it or less (a program whose
 * partners make far fewer contacts than the target asks for does not meet it).
 */
function targetIntentShare(scale: number): number {
  return TARGET_INTENT_SHARE * Math.min(1, Math.max(0, (scale - 0.5) / 0.5));
}
/** A first month with fewer active days than this is too short to fit the target's visits. */
const MIN_TARGET_DAYS = 8;

// Planned contact kinds, before activities and modes are drawn.
const IN_PERSON = 0;
const VIDEO = 1;
const REMOTE = 2;
const DROPPED = 3;

/** Contacts planned for one match: parallel lists of day and kind, in drawing order. */
interface ContactPlan {
  readonly days: number[];
  readonly kinds: number[];
}

function firstDayOfMonthAfter(day: number, months: number): number {
  const [year, month] = partsFromDay(day);
  const index = year * 12 + (month - 1) + months;
  return dayFromParts(Math.floor(index / 12), (index % 12) + 1, 1);
}

/**
 * Brings each calendar month of the target window up to the target (converting calls to visits first,
 * then adding visits and calls, each added one taken from the match's later months so the volume holds).
 */
function meetTarget(
  random: Random,
  plan: MatchPlan,
  contacts: ContactPlan,
  startDay: number,
): void {
  const { days, kinds } = contacts;
  const lastDay = plan.lastDay as number;
  const windowEnd = firstDayOfMonthAfter(startDay, syntheticContactTarget.months) - 1;
  const later: number[] = [];
  for (let index = 0; index < days.length; index += 1)
    if ((days[index] as number) > windowEnd) later.push(index);
  const add = (day: number, kind: number): void => {
    days.push(day);
    kinds.push(kind);
    if (later.length === 0) return;
    const taken = Math.floor(random.next() * later.length);
    kinds[later[taken] as number] = DROPPED;
    later[taken] = later[later.length - 1] as number;
    later.pop();
  };
  for (let month = 0; month < syntheticContactTarget.months; month += 1) {
    const from = Math.max(startDay, month === 0 ? startDay : firstDayOfMonthAfter(startDay, month));
    const to = Math.min(lastDay, firstDayOfMonthAfter(startDay, month + 1) - 1);
    const active: number[] = [];
    for (let day = from; day <= to; day += 1) if (isActiveDay(plan, day)) active.push(day);
    if (active.length < MIN_TARGET_DAYS) continue;
    let inPerson = 0;
    let total = 0;
    const remote: number[] = [];
    for (let index = 0; index < days.length; index += 1) {
      const day = days[index] as number;
      const kind = kinds[index] as number;
      if (day < from || day > to || kind === DROPPED) continue;
      total += 1;
      if (kind === IN_PERSON) inPerson += 1;
      else if (kind === REMOTE) remote.push(index);
    }
    while (inPerson < syntheticContactTarget.faceToFace && remote.length > 0) {
      kinds[remote.pop() as number] = IN_PERSON;
      inPerson += 1;
    }
    for (; inPerson < syntheticContactTarget.faceToFace; inPerson += 1, total += 1)
      add(random.pick(active), IN_PERSON);
    for (; total < syntheticContactTarget.contacts; total += 1) add(random.pick(active), REMOTE);
  }
}

/** Holds one month of the target window under the target's visits: the parent was hard to reach in person. */
function missTarget(random: Random, contacts: ContactPlan, startDay: number): void {
  const { days, kinds } = contacts;
  const month = random.integer(0, syntheticContactTarget.months - 1);
  const from = month === 0 ? startDay : firstDayOfMonthAfter(startDay, month);
  const to = firstDayOfMonthAfter(startDay, month + 1) - 1;
  let allowed = random.integer(0, syntheticContactTarget.faceToFace - 1);
  for (let index = 0; index < days.length; index += 1) {
    const day = days[index] as number;
    if (day < from || day > to || kinds[index] !== IN_PERSON) continue;
    if (allowed > 0) allowed -= 1;
    else kinds[index] = REMOTE;
  }
}

/**
 * Draws the contacts of one match, week by week from its start to its last day, skipping any pause;
 * calls `emit` for each, in date order. Most partners meet the program's contact target in the first
 * months; the others hold one of those months under it.
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
  const contacts: ContactPlan = { days: [], kinds: [] };
  const { days, kinds } = contacts;
  const intendsTarget = random.chance(targetIntentShare(scale));
  for (let week = plan.startDay; week <= plan.lastDay; week += 7) {
    const span = Math.min(7, plan.lastDay - week + 1);
    const [faceToFaceRate, otherRate] = intensityOf(
      Math.floor((week - plan.startDay) / DAYS_PER_MONTH),
    );
    const weekShare = (scale * span) / 7 / WEEKS_PER_MONTH;
    const faceToFace = random.count(faceToFaceRate * weekShare);
    const other = random.count(otherRate * weekShare);
    for (let index = 0; index < faceToFace + other; index += 1) {
      const day = week + Math.floor(random.next() * span);
      if (!isActiveDay(plan, day)) continue;
      days.push(day);
      kinds.push(index < faceToFace ? (random.chance(0.92) ? IN_PERSON : VIDEO) : REMOTE);
    }
  }
  if (intendsTarget) meetTarget(random, plan, contacts, plan.startDay);
  else missTarget(random, contacts, plan.startDay);
  // Date order; contacts of one day keep the order they were drawn in.
  const order: number[] = [];
  for (let index = 0; index < days.length; index += 1)
    if (kinds[index] !== DROPPED) order.push(index);
  order.sort((left, right) => (days[left] as number) - (days[right] as number) || left - right);
  for (const index of order) {
    const kind = kinds[index] as number;
    const inPerson = kind !== REMOTE;
    const activities = inPerson ? faceToFaceActivities : remoteActivities;
    const activityKind = random.pickWeighted(activities);
    const mode: ContactMode =
      kind === IN_PERSON
        ? 'in_person'
        : kind === VIDEO
          ? 'video'
          : random.pickWeighted(remoteModes);
    const minutes =
      mode === 'text_email'
        ? 5 * random.integer(1, 3)
        : 5 * random.integer(activityKind.minMinutes / 5, activityKind.maxMinutes / 5);
    const contact: Contact = {
      id: formatId('contact', number, width) as ContactId,
      matchId: match.id,
      parentId: match.parentId,
      partnerId: match.partnerId,
      date: formatDay(days[index] as number),
      minutes,
      mode,
      activity: activityKind.activity,
      participants: random.pick(activityKind.participants).slice(),
    };
    if (random.chance(inPerson ? 0.08 : 0.02)) contact.notes = random.pick(notes);
    number += 1;
    emit(contact);
  }
  return number;
}
