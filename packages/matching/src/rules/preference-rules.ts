import {
  type Child,
  computeAgeInYears,
  labelCode,
  livedExperienceTopics,
  placementSettings,
} from '@parent-partner/core';
import * as z from 'zod';
import {
  appendItem,
  countCoveredMinutes,
  countMinutes,
  indexAvailability,
  measureDistanceKm,
  rememberLast,
  speaksLanguage,
  toPrimaryLanguage,
} from '../record-index';
import { defineRule, type ExplanationLanguage, type FindingValue } from '../rule';

function listTopics(value: FindingValue | undefined, language: ExplanationLanguage): string {
  const codes = Array.isArray(value) ? value : [];
  return codes
    .map((code) => labelCode(livedExperienceTopics, String(code), language).toLowerCase())
    .join(', ');
}

function percent(value: FindingValue | undefined): string {
  return `${Math.round(Number(value) * 100)}%`;
}

const noTopics = Object.freeze({ score: 0, code: 'no_topics_recorded', skipped: true });
const noSharedTopics = Object.freeze({ score: 0, code: 'no_shared_topics' });
let lastTopics: readonly string[] | undefined;
let lastTable: object | undefined;
let lastWeights: { readonly weights: readonly number[]; readonly total: number } = {
  weights: [],
  total: 0,
};

function weighTopics(topics: readonly string[], table: Readonly<Record<string, number>>) {
  if (topics !== lastTopics || table !== lastTable) {
    const weights = topics.map((topic) =>
      Object.hasOwn(table, topic) ? (table[topic] as number) : 1,
    );
    lastWeights = { weights, total: weights.reduce((sum, weight) => sum + weight, 0) };
    lastTopics = topics;
    lastTable = table;
  }
  return lastWeights;
}

/**
 * Preference: shared lived experience ("sameness"), the weighted share of the parent's lived-experience topics the partner shares.
 *
 * Each topic weighs 1 unless `topicWeights` says otherwise; the score is the weight of the shared topics over the weight of all the parent's topics.
 */
export const sharedLivedExperienceRule = defineRule({
  id: 'shared-lived-experience',
  kind: 'preference',
  weight: 4,
  description:
    'Prefers partners who lived through what the parent is living through (substance use, domestic violence, incarceration, removal...); shared lived experience is the key ingredient of the model.',
  parameters: z.strictObject({
    /** Weight of each topic code (default 1); 0 ignores a topic. */
    topicWeights: z
      .record(z.string().min(1).max(80), z.number().min(0).max(100).finite())
      .default({}),
  }),
  messages: {
    no_topics_recorded: {
      en: 'No lived-experience topics are recorded for the parent.',
      es: 'No hay experiencias vividas registradas para la familia.',
    },
    shared_topics: {
      en: (values) => `Shares lived experience: ${listTopics(values.topics, 'en')}.`,
      es: (values) => `Comparte experiencias vividas: ${listTopics(values.topics, 'es')}.`,
    },
    no_shared_topics: {
      en: 'Shares none of the parent’s lived-experience topics.',
      es: 'No comparte ninguna de las experiencias vividas de la familia.',
    },
  },
  evaluate: (parent, partner, context) => {
    const topics = parent.livedExperience;
    if (topics.length === 0) return noTopics;
    const { weights, total } = weighTopics(topics, context.params.topicWeights);
    const partnerTopics: readonly string[] = partner.livedExperience;
    let sharedWeight = 0;
    let shared: string[] | undefined;
    for (let index = 0; index < topics.length; index += 1) {
      const topic = topics[index] as string;
      if (partnerTopics.includes(topic)) {
        sharedWeight += weights[index] as number;
        shared = appendItem(shared, topic);
      }
    }
    if (!shared) return noSharedTopics;
    return {
      score: total > 0 ? sharedWeight / total : 0,
      code: 'shared_topics',
      values: { topics: shared },
    };
  },
});

/** Preference: the partner speaks the parent's primary language (1), or another of the parent's languages (0.5). */
export const primaryLanguageRule = defineRule({
  id: 'primary-language',
  kind: 'preference',
  weight: 1,
  description:
    'Prefers a partner who speaks the parent’s first language, even when the parent also works in English; it supports culturally responsible practice.',
  messages: {
    primary_language_shared: {
      en: (values) => `Speaks the parent’s first language (${values.language}).`,
      es: (values) => `Habla el primer idioma de la familia (${values.language}).`,
    },
    other_language_shared: {
      en: (values) => `Speaks one of the parent’s languages (${values.language}).`,
      es: (values) => `Habla uno de los idiomas de la familia (${values.language}).`,
    },
    no_language_shared: {
      en: 'Speaks none of the parent’s languages.',
      es: 'No habla ninguno de los idiomas de la familia.',
    },
  },
  evaluate: (parent, partner) => {
    const preferred = parent.matchingPreferences.languages;
    const wanted = preferred.length > 0 ? preferred : parent.languages;
    for (let index = 0; index < wanted.length; index += 1) {
      const language = toPrimaryLanguage(wanted[index] as string);
      if (speaksLanguage(partner.languages, language)) {
        return index === 0
          ? { score: 1, code: 'primary_language_shared', values: { language } }
          : { score: 0.5, code: 'other_language_shared', values: { language } };
      }
    }
    return { score: 0, code: 'no_language_shared' };
  },
});

const culturalNotRequested = Object.freeze({ score: 0, code: 'not_requested', skipped: true });

function normalizeTribe(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Preference, where the parent asked for it: a shared tribe (1) or a shared race or ethnicity category (`raceEthnicityScore`, 0.7 by default). */
export const culturalMatchRule = defineRule({
  id: 'cultural-match',
  kind: 'preference',
  weight: 2,
  description:
    'When the parent asked for it, prefers a partner who shares their tribal affiliation or cultural background; it supports culturally responsible practice and the spirit of ICWA.',
  parameters: z.strictObject({
    /** Score of a shared race or ethnicity category without a shared tribe. */
    raceEthnicityScore: z.number().min(0).max(1).default(0.7),
  }),
  messages: {
    not_requested: {
      en: 'The parent did not ask for a cultural match.',
      es: 'La familia no pidió afinidad cultural.',
    },
    tribe_shared: {
      en: 'Shares the parent’s tribal affiliation.',
      es: 'Comparte la afiliación tribal de la familia.',
    },
    race_ethnicity_shared: {
      en: 'Shares the parent’s cultural background.',
      es: 'Comparte el origen cultural de la familia.',
    },
    no_cultural_match: {
      en: 'Does not share the cultural background the parent asked for.',
      es: 'No comparte el origen cultural que pidió la familia.',
    },
  },
  evaluate: (parent, partner, context) => {
    if (!parent.matchingPreferences.culturalMatchRequested) return culturalNotRequested;
    const parentTribes = parent.tribalAffiliation?.tribes ?? [];
    const partnerTribes = partner.tribalAffiliation?.tribes ?? [];
    if (parentTribes.length > 0 && partnerTribes.length > 0) {
      const names = new Set(partnerTribes.map(normalizeTribe));
      if (parentTribes.some((tribe) => names.has(normalizeTribe(tribe)))) {
        return { score: 1, code: 'tribe_shared' };
      }
    }
    for (const category of parent.raceEthnicity) {
      if (category !== 'declined' && partner.raceEthnicity.includes(category)) {
        return { score: context.params.raceEthnicityScore, code: 'race_ethnicity_shared' };
      }
    }
    return { score: 0, code: 'no_cultural_match' };
  },
});

const sameCounty = Object.freeze({ score: 1, code: 'same_county' });
const fartherAway = Object.freeze({ score: 0, code: 'farther_away' });

/** Preference: the partner lives in the parent's county (1), a neighbouring county (`neighborScore`), or close by (up to half a point, falling to 0 at `maxDistanceKm`). */
export const proximityRule = defineRule({
  id: 'proximity',
  kind: 'preference',
  weight: 1,
  description:
    'Prefers partners who live near the parent (same county, neighbouring county, short distance); rural counties are large and travel time limits contact.',
  parameters: z.strictObject({
    /** Score of a partner living in a neighbouring county. */
    neighborScore: z.number().min(0).max(1).default(0.6),
    /** Distance at which the distance score reaches 0. */
    maxDistanceKm: z.number().positive().max(2000).default(80),
  }),
  messages: {
    same_county: { en: 'Lives in the parent’s county.', es: 'Vive en el condado de la familia.' },
    neighboring_county: { en: 'Lives in a neighbouring county.', es: 'Vive en un condado vecino.' },
    nearby: {
      en: (values) => `Lives about ${values.distanceKm} km away.`,
      es: (values) => `Vive a unos ${values.distanceKm} km.`,
    },
    farther_away: { en: 'Lives farther away.', es: 'Vive más lejos.' },
  },
  evaluate: (parent, partner, context) => {
    if (partner.countyFips === parent.countyFips) return sameCounty;
    if (context.policy.neighbors.get(parent.countyFips)?.has(partner.countyFips)) {
      return { score: context.params.neighborScore, code: 'neighboring_county' };
    }
    const from = parent.address;
    const to = partner.address;
    if (
      from?.latitude !== undefined &&
      from.longitude !== undefined &&
      to?.latitude !== undefined &&
      to.longitude !== undefined
    ) {
      const distanceKm = measureDistanceKm(
        from.latitude,
        from.longitude,
        to.latitude,
        to.longitude,
      );
      const score = 0.5 * Math.max(0, 1 - distanceKm / context.params.maxDistanceKm);
      if (score > 0)
        return { score, code: 'nearby', values: { distanceKm: Math.round(distanceKm) } };
    }
    return fartherAway;
  },
});

const placementTopics: Readonly<Record<string, string>> = {
  relative_home: 'kinship_care',
  non_relative_foster_home: 'child_removal',
  congregate_care: 'child_removal',
  pre_adoptive_home: 'child_removal',
  supervised_independent_living: 'child_removal',
  trial_home_visit: 'child_removal',
  runaway: 'child_removal',
};
const noOutOfHomePlacement = Object.freeze({
  score: 0,
  code: 'no_out_of_home_placement',
  skipped: true,
});
const differentPlacement = Object.freeze({ score: 0, code: 'different_placement' });
const noPlacements: readonly string[] = Object.freeze([]);

/**
 * Preference: the partner lived through the same kind of placement as the parent's children (relatives, foster home, congregate care).
 *
 * The children's placements are the settings they are in on `asOf`, read from the removal episodes and
 * placements given as the matching option `childHistory` (without it no child counts as placed). Settings map
 * to the partner's lived-experience topics: a relative foster home → `kinship_care`; every other setting of a
 * child in care (non-relative foster home, congregate care, pre-adoptive home, supervised independent living,
 * trial home visit, runaway) → `child_removal`. The score is the share of the parent's placement kinds the
 * partner matches.
 */
export const similarPlacementRule = defineRule({
  id: 'similar-placement',
  kind: 'preference',
  weight: 1,
  description:
    'Prefers partners whose children were placed the way the parent’s children are (with relatives, in foster care, in congregate care); they know that path.',
  messages: {
    no_out_of_home_placement: {
      en: 'The parent’s children are not in out-of-home care.',
      es: 'Los hijos de la familia no están en cuidado fuera del hogar.',
    },
    similar_placement: {
      en: (values) =>
        `Knows the placement the children are in (${(values.placements as readonly string[]).map((code) => labelCode(placementSettings, code, 'en').toLowerCase()).join(', ')}).`,
      es: (values) =>
        `Conoce la situación de los hijos (${(values.placements as readonly string[]).map((code) => labelCode(placementSettings, code, 'es').toLowerCase()).join(', ')}).`,
    },
    different_placement: {
      en: 'Did not live through the placement the children are in.',
      es: 'No vivió la situación en que están los hijos.',
    },
  },
  evaluate: (parent, partner, context) => {
    const kinds: readonly string[] = context.childPlacements.get(parent.id) ?? noPlacements;
    if (kinds.length === 0) return noOutOfHomePlacement;
    const topics: readonly string[] = partner.livedExperience;
    let matched: string[] | undefined;
    for (const kind of kinds) {
      if (topics.includes(placementTopics[kind] as string)) matched = appendItem(matched, kind);
    }
    if (!matched) return differentPlacement;
    return {
      score: matched.length / kinds.length,
      code: 'similar_placement',
      values: { placements: matched },
    };
  },
});

const noChildAges = Object.freeze({ score: 0, code: 'no_child_ages', skipped: true });
const noSimilarChildAges = Object.freeze({ score: 0, code: 'no_similar_child_ages' });
let lastChildren: readonly Child[] | undefined;
let lastChildrenAsOf = '';
let lastChildAges: readonly number[] = [];

// One-entry memo: a ranking reads the same parent's children for every partner.
function readChildAges(children: readonly Child[], asOf: string): readonly number[] {
  if (children !== lastChildren || asOf !== lastChildrenAsOf) {
    const ages: number[] = [];
    for (const child of children) {
      if (child.birthDate !== undefined) {
        // A birth date after asOf gives no age.
        if (child.birthDate <= asOf) ages.push(computeAgeInYears(child.birthDate, asOf));
      } else if (child.ageYears !== undefined) {
        ages.push(child.ageYears);
      }
    }
    lastChildAges = ages;
    lastChildren = children;
    lastChildrenAsOf = asOf;
  }
  return lastChildAges;
}

/**
 * Preference: the partner raised children of about the same ages as the parent's children.
 *
 * A parent's child's age is its whole years on `asOf` from `birthDate` (core's `computeAgeInYears`: a
 * birthday on 29 February is reached on 28 February), or `ageYears` when the birth date is not held. A
 * child is matched when one of the partner's children (`ageYears`) is within `ageToleranceYears` (2 by
 * default, inclusive) of its age. The score is the share of the parent's children matched; the rule is
 * skipped when either side has no known child age.
 */
export const similarChildAgesRule = defineRule({
  id: 'similar-child-ages',
  kind: 'preference',
  weight: 1,
  description:
    'Prefers partners who raised children of about the same ages (an infant, a toddler, a teenager); they know what that stage asks of a parent, in visits, school and services.',
  parameters: z.strictObject({
    /** Largest difference in whole years between two children's ages that still counts as similar. */
    ageToleranceYears: z.number().int().min(0).max(18).default(2),
  }),
  messages: {
    no_child_ages: {
      en: 'Children’s ages are not recorded for both.',
      es: 'No hay edades de hijos registradas para ambos.',
    },
    similar_child_ages: {
      en: (values) =>
        `Raised children close in age to ${values.matched} of the parent’s ${values.total} (within ${values.toleranceYears} years).`,
      es: (values) =>
        `Crió hijos de edad cercana a ${values.matched} de los ${values.total} hijos de la familia (hasta ${values.toleranceYears} años de diferencia).`,
    },
    no_similar_child_ages: {
      en: 'Raised no children close in age to the parent’s.',
      es: 'No crió hijos de edad cercana a los de la familia.',
    },
  },
  evaluate: (parent, partner, context) => {
    const ages = readChildAges(parent.children, context.asOf);
    const partnerChildren = partner.children;
    if (ages.length === 0 || partnerChildren.length === 0) return noChildAges;
    const tolerance = context.params.ageToleranceYears;
    let matched = 0;
    for (const age of ages) {
      for (const child of partnerChildren) {
        if (Math.abs(child.ageYears - age) <= tolerance) {
          matched += 1;
          break;
        }
      }
    }
    if (matched === 0) return noSimilarChildAges;
    return {
      score: matched / ages.length,
      code: 'similar_child_ages',
      values: { matched, total: ages.length, toleranceYears: tolerance },
    };
  },
});

const noAvailability = Object.freeze({ score: 0, code: 'no_availability_recorded', skipped: true });
const parentAvailability = rememberLast(indexAvailability);

/** Preference: the share of the parent's weekly availability the partner is also available for. */
export const availabilityOverlapRule = defineRule({
  id: 'availability-overlap',
  kind: 'preference',
  weight: 0.5,
  description:
    'Prefers partners available when the parent is (work, visits, treatment); it makes the first contacts happen sooner.',
  messages: {
    no_availability_recorded: {
      en: 'Availability is not recorded for both.',
      es: 'No hay disponibilidad registrada para ambos.',
    },
    availability_overlap: {
      en: (values) => `Available during ${percent(values.share)} of the parent’s hours.`,
      es: (values) => `Disponible en el ${percent(values.share)} del horario de la familia.`,
    },
  },
  evaluate: (parent, partner) => {
    if (parent.availability.length === 0 || partner.availability.length === 0)
      return noAvailability;
    const parentIntervals = parentAvailability(parent.availability);
    const total = countMinutes(parentIntervals);
    if (total === 0) return noAvailability;
    const share = countCoveredMinutes(parentIntervals, partner.availability) / total;
    return {
      score: share,
      code: 'availability_overlap',
      values: { share: Math.round(share * 100) / 100 },
    };
  },
});

/** Preference: less-loaded partners first; the score is the free share of the partner's caseload. */
export const caseloadBalanceRule = defineRule({
  id: 'caseload-balance',
  kind: 'preference',
  weight: 1,
  scope: 'partner',
  description:
    'Prefers partners with lighter caseloads; it spreads the work (workforce support) and gives parents partners with time.',
  messages: {
    caseload_room: {
      en: (values) => `Has ${values.caseload} of ${values.maxCaseload} families.`,
      es: (values) => `Acompaña a ${values.caseload} de ${values.maxCaseload} familias.`,
    },
  },
  evaluate: (_parent, partner, context) => {
    const caseload = context.caseloads.get(partner.id) ?? 0;
    const maxCaseload = partner.maxCaseload ?? context.policy.defaultMaxCaseload;
    const score = maxCaseload > 0 ? Math.max(0, 1 - caseload / maxCaseload) : 0;
    return { score, code: 'caseload_room', values: { caseload, maxCaseload } };
  },
});

const noPreviousPartner = Object.freeze({ score: 0, code: 'no_previous_partner', skipped: true });
const previousPartner = Object.freeze({ score: 1, code: 'previous_partner' });
const notPreviousPartner = Object.freeze({ score: 0, code: 'not_previous_partner' });

/** Preference: on re-referral, the partner the parent had before. */
export const continuityRule = defineRule({
  id: 'continuity',
  kind: 'preference',
  weight: 3,
  description:
    'On re-referral, prefers the partner the parent worked with before; it preserves trust already built.',
  messages: {
    no_previous_partner: {
      en: 'The parent had no partner before.',
      es: 'La familia no tuvo antes una persona mentora.',
    },
    previous_partner: {
      en: 'The parent worked with this partner before.',
      es: 'La familia ya trabajó con esta persona mentora.',
    },
    not_previous_partner: {
      en: 'Not the parent’s previous partner.',
      es: 'No es la persona mentora anterior de la familia.',
    },
  },
  evaluate: (parent, partner) => {
    const previous = parent.matchingPreferences.previousPartnerIds;
    if (previous.length === 0) return noPreviousPartner;
    return previous.includes(partner.id) ? previousPartner : notPreviousPartner;
  },
});
