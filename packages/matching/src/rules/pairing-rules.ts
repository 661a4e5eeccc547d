import { labelCode, meetingModes, relationshipKinds } from '@parent-partner/core';
import * as z from 'zod';
import { measureDistanceKm, speaksLanguage, toPrimaryLanguage } from '../record-index';
import { defineRule } from '../rule';

const servesCountyPass = Object.freeze({ passed: true, code: 'serves_county' });
const countyNotServed = Object.freeze({ passed: false, code: 'county_not_served' });

/** Constraint: the partner serves the parent's county, or (when `maxDistanceKm` is set and both have coordinates) lives within that distance. */
export const servesCountyRule = defineRule({
  id: 'serves-county',
  kind: 'constraint',
  description:
    'The partner serves the parent’s county (or lives within a set distance); it keeps meetings, court hearings and family team meetings within reach.',
  parameters: z.strictObject({
    /** When set, a partner within this many kilometres qualifies even outside their counties. */
    maxDistanceKm: z.number().positive().max(2000).optional(),
  }),
  messages: {
    serves_county: {
      en: 'The partner serves the parent’s county.',
      es: 'La persona mentora atiende el condado de la familia.',
    },
    within_distance: {
      en: (values) => `The partner lives about ${values.distanceKm} km away.`,
      es: (values) => `La persona mentora vive a unos ${values.distanceKm} km.`,
    },
    county_not_served: {
      en: 'The partner does not serve the parent’s county.',
      es: 'La persona mentora no atiende el condado de la familia.',
    },
  },
  candidateKeys: {
    parent: (parent, context) =>
      context.params.maxDistanceKm === undefined ? [parent.countyFips] : undefined,
    partner: (partner, context) =>
      context.params.maxDistanceKm === undefined ? partner.countiesServed : undefined,
  },
  evaluate: (parent, partner, context) => {
    if (partner.countiesServed.includes(parent.countyFips)) return servesCountyPass;
    const maxDistanceKm = context.params.maxDistanceKm;
    const from = parent.address;
    const to = partner.address;
    if (
      maxDistanceKm !== undefined &&
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
      if (distanceKm <= maxDistanceKm) {
        return {
          passed: true,
          code: 'within_distance',
          values: { distanceKm: Math.round(distanceKm) },
        };
      }
    }
    return countyNotServed;
  },
});

const noLanguageNeed = Object.freeze({ passed: true, code: 'no_language_need' });
const interpreterAccepted = Object.freeze({ passed: true, code: 'interpreter_accepted' });

/**
 * Constraint: a parent who needs an interpreter to work in English gets a partner who speaks one of the parent's languages, unless the parent accepts an interpreter.
 *
 * The parent's languages are `matchingPreferences.languages` when given, otherwise their own `languages`; tags match on their primary subtag (`es-MX` matches `es`).
 */
export const languageRule = defineRule({
  id: 'language',
  kind: 'constraint',
  description:
    'A parent who needs a language gets a partner who speaks it, unless they accept an interpreter; it protects authentic engagement and culturally responsible practice.',
  messages: {
    no_language_need: { en: 'The parent works in English.', es: 'La familia trabaja en inglés.' },
    language_shared: {
      en: (values) => `The partner speaks the parent’s language (${values.language}).`,
      es: (values) => `La persona mentora habla el idioma de la familia (${values.language}).`,
    },
    interpreter_accepted: {
      en: 'The partner does not speak the parent’s language; the parent accepts an interpreter.',
      es: 'La persona mentora no habla el idioma de la familia; la familia acepta intérprete.',
    },
    language_not_shared: {
      en: 'The partner does not speak the parent’s language and the parent did not accept an interpreter.',
      es: 'La persona mentora no habla el idioma de la familia y la familia no aceptó intérprete.',
    },
  },
  evaluate: (parent, partner) => {
    if (!parent.interpreterNeeded) return noLanguageNeed;
    const preferences = parent.matchingPreferences;
    const wanted = preferences.languages.length > 0 ? preferences.languages : parent.languages;
    for (const tag of wanted) {
      const language = toPrimaryLanguage(tag);
      if (speaksLanguage(partner.languages, language))
        return { passed: true, code: 'language_shared', values: { language } };
    }
    if (preferences.interpreterAccepted) return interpreterAccepted;
    return { passed: false, code: 'language_not_shared' };
  },
});

const noRelationship = Object.freeze({ passed: true, code: 'no_known_relationship' });

/** Constraint: the partner has no recorded relationship with the parent (by parent id) or with the parent's case (by case number). */
export const noKnownRelationshipRule = defineRule({
  id: 'no-known-relationship',
  kind: 'constraint',
  description:
    'No conflict of interest: the partner is not a relative, friend, former partner of the parent or connected to the same case; it protects confidentiality and trust.',
  messages: {
    no_known_relationship: {
      en: 'No known relationship between the partner and the parent.',
      es: 'No se conoce relación entre la persona mentora y la familia.',
    },
    known_relationship: {
      en: (values) =>
        `Conflict of interest: the partner knows the parent (${labelCode(relationshipKinds, String(values.kind), 'en')}).`,
      es: (values) =>
        `Conflicto de interés: la persona mentora conoce a la familia (${labelCode(relationshipKinds, String(values.kind), 'es')}).`,
    },
    same_case: {
      en: (values) =>
        `Conflict of interest: the partner is connected to the parent’s case (${labelCode(relationshipKinds, String(values.kind), 'en')}).`,
      es: (values) =>
        `Conflicto de interés: la persona mentora está relacionada con el caso de la familia (${labelCode(relationshipKinds, String(values.kind), 'es')}).`,
    },
  },
  evaluate: (parent, partner) => {
    const caseNumber = parent.caseReference?.caseNumber;
    for (const relationship of partner.relationships) {
      if (relationship.parentId !== undefined && relationship.parentId === parent.id) {
        return { passed: false, code: 'known_relationship', values: { kind: relationship.kind } };
      }
      if (caseNumber !== undefined && relationship.caseNumber === caseNumber) {
        return { passed: false, code: 'same_case', values: { kind: relationship.kind } };
      }
    }
    return noRelationship;
  },
});

const notSameHousehold = Object.freeze({ passed: true, code: 'different_household' });
const sameHousehold = Object.freeze({ passed: false, code: 'same_household' });
const connectedHousehold = Object.freeze({ passed: false, code: 'connected_household' });

/** Constraint: the partner does not live in, and is not connected to, the parent's household. */
export const notSameHouseholdRule = defineRule({
  id: 'not-same-household',
  kind: 'constraint',
  description:
    'No conflict of interest through a shared or connected household; it protects the parent’s privacy and the safety of domestic-violence survivors.',
  messages: {
    different_household: { en: 'Different households.', es: 'Hogares distintos.' },
    same_household: {
      en: 'Conflict of interest: the partner lives in the parent’s household.',
      es: 'Conflicto de interés: la persona mentora vive en el hogar de la familia.',
    },
    connected_household: {
      en: 'Conflict of interest: the partner is connected to the parent’s household.',
      es: 'Conflicto de interés: la persona mentora está vinculada al hogar de la familia.',
    },
  },
  evaluate: (parent, partner) => {
    const household = parent.householdId;
    if (household === undefined) return notSameHousehold;
    if (partner.householdId === household) return sameHousehold;
    if (partner.connectedHouseholdIds.includes(household)) return connectedHousehold;
    return notSameHousehold;
  },
});

const notDeclined = Object.freeze({ passed: true, code: 'not_declined' });
const declinedBefore = Object.freeze({ passed: false, code: 'declined_before' });

/** Constraint: a partner the parent declined before (in their preferences or a declined match) is never proposed again. */
export const notPreviouslyDeclinedRule = defineRule({
  id: 'not-previously-declined',
  kind: 'constraint',
  description:
    'A pairing the parent declined is never proposed again; it respects that participation and the choice of partner are voluntary.',
  messages: {
    not_declined: {
      en: 'The parent has not declined this partner.',
      es: 'La familia no ha rechazado a esta persona mentora.',
    },
    declined_before: {
      en: 'The parent declined this partner before.',
      es: 'La familia rechazó antes a esta persona mentora.',
    },
  },
  evaluate: (parent, partner, context) => {
    const declined = parent.matchingPreferences.declinedPartnerIds;
    if (declined.length > 0 && declined.includes(partner.id)) return declinedBefore;
    if (context.declinedPairs.get(parent.id)?.has(partner.id)) return declinedBefore;
    return notDeclined;
  },
});

const noGenderRequirement = Object.freeze({
  passed: true,
  code: 'no_gender_requirement',
  skipped: true,
});
const genderAsRequested = Object.freeze({ passed: true, code: 'gender_as_requested' });
const genderNotAsRequested = Object.freeze({ passed: false, code: 'gender_not_as_requested' });

/** Constraint: when the parent made their partner-gender preference a requirement, only partners of the listed genders are proposed. */
export const partnerGenderRequirementRule = defineRule({
  id: 'partner-gender-requirement',
  kind: 'constraint',
  description:
    'Honours a parent’s required partner gender (often asked by survivors of domestic violence); it protects safety and trauma-informed care.',
  messages: {
    no_gender_requirement: {
      en: 'The parent did not require a partner gender.',
      es: 'La familia no pidió un género de la persona mentora.',
    },
    gender_as_requested: {
      en: 'The partner’s gender is one the parent asked for.',
      es: 'El género de la persona mentora es uno de los que pidió la familia.',
    },
    gender_not_as_requested: {
      en: 'The partner’s gender is not one the parent asked for.',
      es: 'El género de la persona mentora no es uno de los que pidió la familia.',
    },
  },
  evaluate: (parent, partner) => {
    const preferences = parent.matchingPreferences;
    if (!preferences.partnerGenderRequired || preferences.partnerGenders.length === 0) {
      return noGenderRequirement;
    }
    return partner.genderIdentity !== undefined &&
      preferences.partnerGenders.includes(partner.genderIdentity)
      ? genderAsRequested
      : genderNotAsRequested;
  },
});

const meetingModeCompatible = Object.freeze({ passed: true, code: 'meeting_mode_compatible' });

/** Constraint: a parent who meets only in person (or only remotely) gets a partner who offers that mode. */
export const meetingModeRule = defineRule({
  id: 'meeting-mode',
  kind: 'constraint',
  description:
    'The partner offers the way the parent can meet (in person or remote); it protects engagement for parents without transport or without a safe phone.',
  messages: {
    meeting_mode_compatible: {
      en: 'The partner can meet the way the parent asked.',
      es: 'La persona mentora puede reunirse como pidió la familia.',
    },
    meeting_mode_incompatible: {
      en: (values) =>
        `The partner does not offer meetings ${labelCode(meetingModes, String(values.mode), 'en').toLowerCase()}.`,
      es: (values) =>
        `La persona mentora no ofrece reuniones: ${labelCode(meetingModes, String(values.mode), 'es').toLowerCase()}.`,
    },
  },
  evaluate: (parent, partner) => {
    const mode = parent.matchingPreferences.meetingMode;
    if (mode === 'either') return meetingModeCompatible;
    for (const offered of partner.meetingModes) {
      if (offered === 'either' || offered === mode) return meetingModeCompatible;
    }
    return { passed: false, code: 'meeting_mode_incompatible', values: { mode } };
  },
});
