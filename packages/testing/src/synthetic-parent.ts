import type {
  CalendarDate,
  Child,
  ChildId,
  HouseholdId,
  MeetingMode,
  Parent,
  ParentId,
  PlacementSetting,
} from '@parent-partner/core';
import { drawAvailability } from './availability';
import { pickCountyByPopulation, type StateCounty } from './county-table';
import { dayFromParts, formatDay, partsFromDay, readDay } from './day-numbers';
import {
  createExampleEmail,
  drawContactPoints,
  drawCulturalProfile,
  drawFictitiousAddress,
  drawGender,
  drawLivedExperience,
  type SyntheticState,
} from './demographics';
import { createFictitiousName } from './fictitious-names';
import { DEFAULT_SYNTHETIC_AS_OF, formatId } from './generation-context';
import { createRandom, createWeightedList, type Random } from './random';
import { listStateCounties } from './state-counties';

/** Where and when a synthetic parent is referred; the builder draws everything else. */
export interface ParentSetting {
  /** State of residence. */
  readonly state: SyntheticState;
  /** County of residence (five-digit FIPS). */
  readonly countyFips: string;
  /** Day number the referral is received; the case and any removal come shortly before. */
  readonly referralDay: number;
  /** Sequence number used in the parent's ids. */
  readonly number: number;
  /** Zero-padding width of the sequence number. */
  readonly width: number;
}

const firstPlacements = createWeightedList<PlacementSetting>([
  ['non_relative_foster_home', 44],
  ['relative_home', 44],
  ['congregate_care', 6],
]);
const meetingModes = createWeightedList<MeetingMode>([
  ['in_person', 40],
  ['either', 50],
  ['remote', 10],
]);

/** A removed child as drawn: its position among the parent's children, its birth day and first placement. */
export interface RemovedChild {
  /** Index of the child in the parent's `children`. */
  readonly index: number;
  /** Day number of the birth (known even when the record holds only an age). */
  readonly birthDay: number;
  /** Day number of the removal: the family's removal day, or the birth if the child was born later. */
  readonly entryDay: number;
  /** Setting of the first placement. */
  readonly firstSetting: PlacementSetting;
}

/** A parent as drawn, with what the child-history generator needs to know about the removal. */
export interface ParentDraft {
  /** The parent record, in the parsed shape. */
  readonly parent: Parent;
  /** Day number of the birth of every child, by child index. */
  readonly childBirthDays: readonly number[];
  /** The children removed from the home (none when the family was served without a removal). */
  readonly removedChildren: readonly RemovedChild[];
}

function drawChildren(
  random: Random,
  parentId: string,
  referralDay: number,
  removal: boolean,
): {
  children: Child[];
  birthDays: number[];
  removed: RemovedChild[];
  oldestAgeYears: number;
  removalDay: number;
} {
  const count = random.pickWeighted(childCounts);
  const children: Child[] = [];
  const birthDays: number[] = [];
  const removed: RemovedChild[] = [];
  let oldestAgeYears = 0;
  // Most families are referred within weeks of the removal; some after a long stay in care.
  const removalDay = random.chance(0.18)
    ? referralDay - random.integer(300, 1400)
    : referralDay - random.integer(0, 60);
  for (let index = 1; index <= count; index += 1) {
    const ageDays = random.integer(0, 17 * 365 + 300);
    const birthDay = referralDay - ageDays;
    const ageYears = Math.floor(ageDays / 365.25);
    oldestAgeYears = Math.max(oldestAgeYears, ageYears);
    const id = `${parentId}-c${String(index)}` as ChildId;
    const dates = random.chance(0.85)
      ? { birthDate: formatDay(birthDay) }
      : { ageYears: Math.min(25, ageYears) };
    if (removal) {
      const entryDay = Math.max(removalDay, birthDay);
      const ageAtEntry = (entryDay - birthDay) / 365.25;
      removed.push({
        index: index - 1,
        birthDay,
        entryDay,
        firstSetting:
          ageAtEntry >= 12
            ? random.pickWeighted(firstPlacements)
            : random.chance(0.5)
              ? 'non_relative_foster_home'
              : 'relative_home',
      });
      children.push({ id, ...dates, permanencyGoal: 'reunification' });
    } else {
      children.push({ id, ...dates });
    }
    birthDays.push(birthDay);
  }
  return { children, birthDays, removed, oldestAgeYears, removalDay };
}

const childCounts = createWeightedList<number>([
  [1, 45],
  [2, 30],
  [3, 15],
  [4, 10],
]);

const courtCaseTypes: Record<SyntheticState, string> = { WI: 'CHIPS', IA: 'CINA' };

/** Builds one synthetic parent referred on `setting.referralDay`; the record is in the parsed shape. */
export function buildSyntheticParent(random: Random, setting: ParentSetting): Parent {
  return draftSyntheticParent(random, setting).parent;
}

/** Draws one synthetic parent referred on `setting.referralDay`, with the removal behind the referral. */
export function draftSyntheticParent(random: Random, setting: ParentSetting): ParentDraft {
  const id = formatId('parent', setting.number, setting.width) as ParentId;
  const profile = drawCulturalProfile(random, setting.state, 'parent');
  const native = profile.raceEthnicity.includes('american_indian_alaska_native');
  const gender = drawGender(random, 'parent', native);
  const removal = random.chance(0.85);
  const { children, birthDays, removed, oldestAgeYears, removalDay } = drawChildren(
    random,
    id,
    setting.referralDay,
    removal,
  );
  const livedExperience = drawLivedExperience(random, 'parent', [
    ...(removal ? (['child_removal'] as const) : []),
    ...(profile.immigrant && random.chance(0.6) ? (['immigration'] as const) : []),
    ...(removed.some((child) => child.firstSetting === 'relative_home')
      ? (['kinship_care'] as const)
      : []),
  ]);
  const survivor = livedExperience.includes('domestic_violence');
  const ageYears = Math.max(18 + random.integer(0, 6) + random.integer(0, 20), oldestAgeYears + 16);
  const [referralYear] = partsFromDay(setting.referralDay);
  const birthDay = dayFromParts(
    referralYear - ageYears,
    random.integer(1, 12),
    random.integer(1, 28),
  );
  const name = createFictitiousName(random);
  // The case opens at or before any removal; families served before removal were referred after it opened.
  const openedDay = removal
    ? removalDay - random.integer(0, 10)
    : setting.referralDay - random.integer(1, 75);
  const womanOnly = survivor && gender.genderIdentity !== 'man' && random.chance(0.5);
  const nonEnglish = profile.languages[0] !== 'en';
  const parent: Parent = {
    id,
    name,
    ...(gender.pronouns === undefined ? {} : { pronouns: gender.pronouns }),
    ...(gender.genderIdentity === undefined ? {} : { genderIdentity: gender.genderIdentity }),
    ...(random.chance(0.95) ? { dateOfBirth: formatDay(birthDay) } : {}),
    languages: profile.languages,
    interpreterNeeded: profile.interpreterNeeded,
    raceEthnicity: profile.raceEthnicity,
    ...(profile.tribalAffiliation ? { tribalAffiliation: profile.tribalAffiliation } : {}),
    contactPoints: drawContactPoints(
      random,
      setting.state,
      createExampleEmail(name.given, name.family, setting.number),
      survivor,
    ),
    ...(random.chance(0.8)
      ? {
          address: drawFictitiousAddress(
            random,
            setting.state,
            setting.countyFips,
            survivor && random.chance(0.25),
          ),
        }
      : {}),
    countyFips: setting.countyFips,
    householdId: formatId('household-p', setting.number, setting.width) as HouseholdId,
    availability: drawAvailability(random, 3),
    caseReference: {
      caseNumber: `CASE-${String(partsFromDay(openedDay)[0])}-${String(setting.number).padStart(setting.width, '0')}`,
      courtCaseType: courtCaseTypes[setting.state],
      openedOn: formatDay(openedDay),
    },
    children,
    livedExperience,
    matchingPreferences: {
      partnerGenders: womanOnly ? ['woman'] : [],
      partnerGenderRequired: womanOnly,
      languages: nonEnglish ? [profile.languages[0] as string] : [],
      interpreterAccepted: nonEnglish && random.chance(0.6),
      meetingMode: random.pickWeighted(meetingModes),
      culturalMatchRequested: (native || nonEnglish) && random.chance(0.4),
      previousPartnerIds: [],
      declinedPartnerIds: [],
    },
    reportingConsent: random.chance(0.7),
  };
  return { parent, childBirthDays: birthDays, removedChildren: removed };
}

/** Options of {@link createSyntheticParent}. */
export interface SyntheticParentOptions {
  /** Reference date (`YYYY-MM-DD`): the parent is referred within the 180 days before it. Default `2026-07-01`. */
  asOf?: CalendarDate;
  /** State of residence. Default `WI`. */
  state?: SyntheticState;
  /** County of residence (five-digit FIPS of the state); drawn by population when absent. */
  countyFips?: string;
}

/**
 * Creates one synthetic parent from a seed, with fields replaced by `overrides` (handy for matching tests).
 *
 * @example
 * const parent = createSyntheticParent(7, { languages: ['es'], interpreterNeeded: true });
 * [parent.languages, parent.interpreterNeeded, createSyntheticParent(7).id === parent.id]
 * //=> [['es'], true, true]
 */
export function createSyntheticParent(
  seed: number | string,
  overrides: Partial<Parent> = {},
  options: SyntheticParentOptions = {},
): Parent {
  const random = createRandom(seed);
  const state = options.state ?? 'WI';
  const asOfDay = readDay(options.asOf ?? DEFAULT_SYNTHETIC_AS_OF, 'asOf');
  const counties: readonly StateCounty[] = listStateCounties(state);
  const countyFips = options.countyFips ?? pickCountyByPopulation(random, counties).fips;
  const parent = buildSyntheticParent(random, {
    state,
    countyFips,
    referralDay: asOfDay - random.integer(0, 180),
    number: random.integer(1, 999_999),
    width: 6,
  });
  return { ...parent, ...overrides };
}
