import type {
  ContactPoint,
  GenderIdentity,
  LivedExperienceTopic,
  RaceEthnicity,
  TribalAffiliation,
} from '@parent-partner/core';
import { createWeightedList, type Random, type WeightedList } from './random';

/** The states the generator has county tables for. */
export type SyntheticState = 'WI' | 'IA';

/** Languages, interpreter need, race and tribal affiliation drawn together so they agree. */
export interface CulturalProfile {
  /** BCP 47 tags, primary first. */
  readonly languages: string[];
  /** Whether an interpreter is needed to work in English. */
  readonly interpreterNeeded: boolean;
  /** OMB race and ethnicity categories. */
  readonly raceEthnicity: RaceEthnicity[];
  /** Tribal affiliation, when recorded. */
  readonly tribalAffiliation?: TribalAffiliation;
  /** Whether the person is an immigrant or refugee (adds the immigration topic for some). */
  readonly immigrant: boolean;
}

interface LanguageGroup {
  readonly language: string;
  readonly race: readonly RaceEthnicity[];
  readonly monolingualShare: number;
  readonly tribes?: readonly string[];
  readonly immigrant: boolean;
}

const wisconsinTribes = [
  'Menominee Indian Tribe of Wisconsin',
  'Oneida Nation',
  'Ho-Chunk Nation',
  'Lac du Flambeau Band of Lake Superior Chippewa Indians',
  'Bad River Band of the Lake Superior Tribe of Chippewa Indians',
  'Red Cliff Band of Lake Superior Chippewa Indians',
  'Lac Courte Oreilles Band of Lake Superior Chippewa Indians',
  'St. Croix Chippewa Indians of Wisconsin',
  'Sokaogon Chippewa Community',
  'Forest County Potawatomi Community',
  'Stockbridge-Munsee Community',
] as const;
const ojibweTribes = wisconsinTribes.filter((tribe) => tribe.includes('Chippewa'));
const iowaTribes = ['Sac and Fox Tribe of the Mississippi in Iowa'] as const;

const english: LanguageGroup = { language: 'en', race: [], monolingualShare: 1, immigrant: false };

// Language mixes are rough shares of the families a Parent Partner program
// serves: mostly English, then Spanish, then each state's larger communities.
const languageGroups: Record<SyntheticState, WeightedList<LanguageGroup>> = {
  WI: createWeightedList<LanguageGroup>([
    [english, 80],
    [{ language: 'es', race: ['hispanic_latino'], monolingualShare: 0.45, immigrant: true }, 10],
    [{ language: 'hmn', race: ['asian'], monolingualShare: 0.3, immigrant: true }, 3],
    [
      { language: 'so', race: ['black_african_american'], monolingualShare: 0.45, immigrant: true },
      1.2,
    ],
    [
      {
        language: 'ar',
        race: ['middle_eastern_north_african'],
        monolingualShare: 0.4,
        immigrant: true,
      },
      1,
    ],
    [{ language: 'ksw', race: ['asian'], monolingualShare: 0.5, immigrant: true }, 0.6],
    [
      {
        language: 'oj',
        race: ['american_indian_alaska_native'],
        monolingualShare: 0,
        tribes: ojibweTribes,
        immigrant: false,
      },
      1.5,
    ],
    [
      {
        language: 'mez',
        race: ['american_indian_alaska_native'],
        monolingualShare: 0,
        tribes: ['Menominee Indian Tribe of Wisconsin'],
        immigrant: false,
      },
      0.7,
    ],
    [
      {
        language: 'win',
        race: ['american_indian_alaska_native'],
        monolingualShare: 0,
        tribes: ['Ho-Chunk Nation'],
        immigrant: false,
      },
      0.5,
    ],
  ]),
  IA: createWeightedList<LanguageGroup>([
    [english, 81],
    [{ language: 'es', race: ['hispanic_latino'], monolingualShare: 0.45, immigrant: true }, 11],
    [
      {
        language: 'mh',
        race: ['native_hawaiian_pacific_islander'],
        monolingualShare: 0.3,
        immigrant: true,
      },
      1,
    ],
    [{ language: 'vi', race: ['asian'], monolingualShare: 0.35, immigrant: true }, 1],
    [{ language: 'bs', race: ['white'], monolingualShare: 0.2, immigrant: true }, 0.8],
    [
      { language: 'sw', race: ['black_african_american'], monolingualShare: 0.45, immigrant: true },
      1,
    ],
    [
      {
        language: 'ar',
        race: ['middle_eastern_north_african'],
        monolingualShare: 0.4,
        immigrant: true,
      },
      1,
    ],
    [{ language: 'ksw', race: ['asian'], monolingualShare: 0.5, immigrant: true }, 0.8],
    [
      {
        language: 'sac',
        race: ['american_indian_alaska_native'],
        monolingualShare: 0,
        tribes: iowaTribes,
        immigrant: false,
      },
      0.6,
    ],
  ]),
};

const englishSpeakerRaces = createWeightedList<RaceEthnicity[]>([
  [['white'], 64],
  [['black_african_american'], 19],
  [['american_indian_alaska_native'], 4],
  [['hispanic_latino'], 4],
  [['hispanic_latino', 'white'], 2],
  [['black_african_american', 'white'], 3],
  [['american_indian_alaska_native', 'white'], 1.5],
  [['asian'], 0.5],
  [['declined'], 2],
]);

/** Draws languages, interpreter need, race and tribal affiliation for one person of `state`. */
export function drawCulturalProfile(
  random: Random,
  state: SyntheticState,
  role: 'parent' | 'partner',
): CulturalProfile {
  const group = random.pickWeighted(languageGroups[state]);
  if (group.language === 'en') {
    const raceEthnicity = random.pickWeighted(englishSpeakerRaces).slice();
    const native = raceEthnicity.includes('american_indian_alaska_native');
    const tribes = state === 'WI' ? wisconsinTribes : iowaTribes;
    const tribalAffiliation: TribalAffiliation | undefined = native
      ? {
          status: random.pick(['member', 'member', 'eligible', 'descendant'] as const),
          tribes: [random.pick(tribes)],
          icwaApplies: random.chance(0.8) ? 'yes' : 'unknown',
        }
      : random.chance(0.5)
        ? { status: 'none', tribes: [], icwaApplies: 'no' }
        : undefined;
    return {
      languages: ['en'],
      interpreterNeeded: false,
      raceEthnicity,
      ...(tribalAffiliation ? { tribalAffiliation } : {}),
      immigrant: false,
    };
  }
  if (group.tribes) {
    // Heritage languages of tribal nations: English first, the nation's language second.
    return {
      languages: ['en', group.language],
      interpreterNeeded: false,
      raceEthnicity: group.race.slice(),
      tribalAffiliation: {
        status: random.pick(['member', 'member', 'eligible'] as const),
        tribes: [random.pick(group.tribes)],
        icwaApplies: 'yes',
      },
      immigrant: false,
    };
  }
  // Partners work in English with the program, so every partner is bilingual.
  const monolingual = role === 'parent' && random.chance(group.monolingualShare);
  return {
    languages: monolingual ? [group.language] : [group.language, 'en'],
    interpreterNeeded: monolingual,
    raceEthnicity: group.race.slice(),
    immigrant: group.immigrant,
  };
}

const parentGenders = createWeightedList<GenderIdentity | undefined>([
  ['woman', 62],
  ['man', 26],
  ['nonbinary', 2],
  ['transgender_woman', 0.7],
  ['transgender_man', 0.7],
  ['declined', 0.6],
  [undefined, 8],
]);
const partnerGenders = createWeightedList<GenderIdentity | undefined>([
  ['woman', 76],
  ['man', 20],
  ['nonbinary', 2],
  ['transgender_man', 1],
  [undefined, 1],
]);

const pronounsByGender: Partial<Record<GenderIdentity, string>> = {
  woman: 'she/her',
  man: 'he/him',
  nonbinary: 'they/them',
  transgender_woman: 'she/her',
  transgender_man: 'he/him',
  two_spirit: 'they/them',
};

/** Draws a gender identity (sometimes not recorded) and matching pronouns. */
export function drawGender(
  random: Random,
  role: 'parent' | 'partner',
  native: boolean,
): { genderIdentity?: GenderIdentity; pronouns?: string } {
  let genderIdentity = random.pickWeighted(role === 'parent' ? parentGenders : partnerGenders);
  if (native && genderIdentity === 'nonbinary') genderIdentity = 'two_spirit';
  if (genderIdentity === undefined) return {};
  const pronouns = pronounsByGender[genderIdentity];
  return pronouns !== undefined && random.chance(0.8)
    ? { genderIdentity, pronouns }
    : { genderIdentity };
}

const parentTopicShares: readonly (readonly [LivedExperienceTopic, number])[] = [
  ['substance_use', 0.6],
  ['mental_health', 0.45],
  ['domestic_violence', 0.3],
  ['poverty', 0.4],
  ['homelessness', 0.2],
  ['incarceration', 0.2],
  ['teen_parenthood', 0.15],
  ['foster_care_as_child', 0.15],
  ['disability', 0.08],
  ['termination_of_parental_rights', 0.04],
];
const partnerTopicShares: readonly (readonly [LivedExperienceTopic, number])[] = [
  ['substance_use', 0.65],
  ['mental_health', 0.45],
  ['domestic_violence', 0.35],
  ['poverty', 0.4],
  ['homelessness', 0.2],
  ['incarceration', 0.22],
  ['teen_parenthood', 0.15],
  ['foster_care_as_child', 0.15],
  ['kinship_care', 0.3],
  ['disability', 0.05],
];

/** Draws lived-experience topics in code-list order (substance use is the most common). */
export function drawLivedExperience(
  random: Random,
  role: 'parent' | 'partner',
  extra: readonly LivedExperienceTopic[],
): LivedExperienceTopic[] {
  const chosen = new Set<LivedExperienceTopic>(extra);
  for (const [topic, share] of role === 'parent' ? parentTopicShares : partnerTopicShares) {
    if (random.chance(share)) chosen.add(topic);
  }
  return topicOrder.filter((topic) => chosen.has(topic));
}

const topicOrder: readonly LivedExperienceTopic[] = [
  'substance_use',
  'mental_health',
  'domestic_violence',
  'incarceration',
  'homelessness',
  'disability',
  'teen_parenthood',
  'immigration',
  'termination_of_parental_rights',
  'kinship_care',
  'foster_care_as_child',
  'poverty',
  'child_removal',
];

const areaCodes: Record<SyntheticState, readonly string[]> = {
  WI: ['414', '262', '608', '715', '920', '534'],
  IA: ['319', '515', '563', '641', '712'],
};

/** A phone number in the fictional 555-0100 to 555-0199 range, with an area code of the state. */
export function drawFictionalPhone(random: Random, state: SyntheticState): string {
  return `(${random.pick(areaCodes[state])}) 555-01${String(random.integer(0, 99)).padStart(2, '0')}`;
}

/** An email address at example.org built from a fictitious name and a number that keeps it unique. */
export function createExampleEmail(given: string, family: string, number: number): string {
  return `${given}.${family}.${String(number)}@example.org`.toLowerCase();
}

/** Draws a person's contact points: a phone, often an email; for some survivors the phone is not safe to use. */
export function drawContactPoints(
  random: Random,
  state: SyntheticState,
  email: string,
  survivor: boolean,
): ContactPoint[] {
  const points: ContactPoint[] = [];
  const unsafePhone = survivor && random.chance(0.3);
  points.push({
    system: 'phone',
    value: drawFictionalPhone(random, state),
    preferred: !unsafePhone,
    safeToUse: !unsafePhone,
  });
  if (unsafePhone) {
    points.push({
      system: 'sms',
      value: drawFictionalPhone(random, state),
      preferred: true,
      safeToUse: true,
    });
  }
  if (random.chance(0.6))
    points.push({ system: 'email', value: email, preferred: false, safeToUse: true });
  return points;
}

const streets = [
  'Example Lane',
  'Sample Street',
  'Test Avenue',
  'Fiction Road',
  'Demo Drive',
  'Practice Way',
  'Template Boulevard',
  'Model Court',
] as const;
const cities = [
  'Sampleton',
  'Exampleville',
  'Fableburg',
  'Draftford',
  'Demo Falls',
  'Pretend Prairie',
  'Model Harbor',
  'Test Rapids',
] as const;
const zipPrefixes: Record<SyntheticState, readonly string[]> = {
  WI: [
    '530',
    '531',
    '532',
    '534',
    '535',
    '537',
    '539',
    '541',
    '543',
    '544',
    '545',
    '546',
    '547',
    '549',
  ],
  IA: [
    '500',
    '501',
    '502',
    '503',
    '504',
    '505',
    '506',
    '507',
    '510',
    '511',
    '520',
    '521',
    '522',
    '524',
    '525',
    '526',
    '527',
    '528',
  ],
};

/** A fictitious street address (`100 Example Lane`) in a made-up town of the county. */
export function drawFictitiousAddress(
  random: Random,
  state: SyntheticState,
  countyFips: string,
  confidential: boolean,
): {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  postalCode: string;
  countyFips: string;
  confidential: boolean;
} {
  const line1 = `${String(random.integer(1, 98) * 100)} ${random.pick(streets)}`;
  const base = {
    line1,
    city: random.pick(cities),
    state,
    postalCode: `${random.pick(zipPrefixes[state])}${String(random.integer(0, 99)).padStart(2, '0')}`,
    countyFips,
    confidential,
  };
  if (random.chance(0.2)) {
    return { line1, line2: `Apt ${String(random.integer(1, 24))}`, ...withoutLine1(base) };
  }
  return base;
}

function withoutLine1<Value extends { line1: string }>(value: Value): Omit<Value, 'line1'> {
  const { line1: _line1, ...rest } = value;
  return rest;
}
