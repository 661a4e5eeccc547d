import { describe, expect, test } from 'vitest';
import { counties, evaluateRule, makeMatch, makeParent, makePartner } from '../../test/fixtures';
import {
  languageRule,
  meetingModeRule,
  noKnownRelationshipRule,
  notPreviouslyDeclinedRule,
  notSameHouseholdRule,
  partnerGenderRequirementRule,
  servesCountyRule,
} from './pairing-rules';

describe('serves-county', () => {
  const located = (latitude: number, longitude: number) => ({
    line1: '1 Example Road',
    city: 'Example',
    state: 'WI',
    postalCode: '54000',
    countyFips: counties.rock,
    latitude,
    longitude,
  });

  test('passes a partner serving the parent county and excludes one who does not', () => {
    expect(evaluateRule(servesCountyRule, makeParent(), makePartner()).code).toBe('serves_county');
    const elsewhere = makeParent({ countyFips: counties.rock });
    expect(evaluateRule(servesCountyRule, elsewhere, makePartner())).toMatchObject({
      passed: false,
      code: 'county_not_served',
    });
  });

  test('with maxDistanceKm, a partner close enough qualifies outside their counties', () => {
    const parent = makeParent({ countyFips: counties.rock, address: located(44.0, -88.0) });
    const partner = makePartner({
      address: { ...located(44.3, -88.0), countyFips: counties.door },
    });
    const within = evaluateRule(servesCountyRule, parent, partner, {
      params: { maxDistanceKm: 40 },
    });
    expect(within).toMatchObject({
      passed: true,
      code: 'within_distance',
      values: { distanceKm: 33 },
    });
    const tooFar = evaluateRule(servesCountyRule, parent, partner, {
      params: { maxDistanceKm: 30 },
    });
    expect(tooFar.passed).toBe(false);
  });
});

describe('language', () => {
  test('a parent who works in English passes with anyone', () => {
    expect(evaluateRule(languageRule, makeParent(), makePartner({ languages: ['hmn'] })).code).toBe(
      'no_language_need',
    );
  });

  test('a parent who needs Spanish gets a Spanish speaker, regional tags included', () => {
    const parent = makeParent({ languages: ['es-MX'], interpreterNeeded: true });
    expect(
      evaluateRule(languageRule, parent, makePartner({ languages: ['en', 'es'] })),
    ).toMatchObject({
      passed: true,
      values: { language: 'es' },
    });
    expect(evaluateRule(languageRule, parent, makePartner()).code).toBe('language_not_shared');
  });

  test('unless the parent accepts an interpreter', () => {
    const parent = makeParent({
      languages: ['so'],
      interpreterNeeded: true,
      matchingPreferences: { interpreterAccepted: true },
    });
    expect(evaluateRule(languageRule, parent, makePartner())).toMatchObject({
      passed: true,
      code: 'interpreter_accepted',
    });
  });
});

describe('conflicts of interest', () => {
  test('a known relationship with the parent or the case excludes', () => {
    const parent = makeParent({ caseReference: { caseNumber: 'CASE-7' } });
    const relative = makePartner({ relationships: [{ kind: 'relative', parentId: 'parent-1' }] });
    expect(evaluateRule(noKnownRelationshipRule, parent, relative)).toMatchObject({
      passed: false,
      code: 'known_relationship',
      values: { kind: 'relative' },
    });
    const sameCase = makePartner({ relationships: [{ kind: 'own_case', caseNumber: 'CASE-7' }] });
    expect(evaluateRule(noKnownRelationshipRule, parent, sameCase).code).toBe('same_case');
    expect(evaluateRule(noKnownRelationshipRule, parent, makePartner()).passed).toBe(true);
  });

  test('the same or a connected household excludes', () => {
    const parent = makeParent({ householdId: 'household-9' });
    expect(
      evaluateRule(notSameHouseholdRule, parent, makePartner({ householdId: 'household-9' })).code,
    ).toBe('same_household');
    expect(
      evaluateRule(
        notSameHouseholdRule,
        parent,
        makePartner({ connectedHouseholdIds: ['household-9'] }),
      ).code,
    ).toBe('connected_household');
    expect(
      evaluateRule(notSameHouseholdRule, parent, makePartner({ householdId: 'household-1' }))
        .passed,
    ).toBe(true);
  });

  test('a partner declined before is never proposed again', () => {
    const declining = makeParent({ matchingPreferences: { declinedPartnerIds: ['partner-1'] } });
    expect(evaluateRule(notPreviouslyDeclinedRule, declining, makePartner()).code).toBe(
      'declined_before',
    );
    const matches = [makeMatch('parent-1', 'partner-1', 'declined')];
    expect(
      evaluateRule(notPreviouslyDeclinedRule, makeParent(), makePartner(), { matches }).passed,
    ).toBe(false);
    expect(evaluateRule(notPreviouslyDeclinedRule, makeParent(), makePartner()).passed).toBe(true);
  });
});

describe('partner-gender-requirement', () => {
  const survivor = makeParent({
    matchingPreferences: { partnerGenders: ['woman'], partnerGenderRequired: true },
  });

  test('only partners of the required genders pass', () => {
    expect(
      evaluateRule(partnerGenderRequirementRule, survivor, makePartner({ genderIdentity: 'woman' }))
        .passed,
    ).toBe(true);
    expect(
      evaluateRule(partnerGenderRequirementRule, survivor, makePartner({ genderIdentity: 'man' }))
        .passed,
    ).toBe(false);
    expect(evaluateRule(partnerGenderRequirementRule, survivor, makePartner()).passed).toBe(false);
  });

  test('a preference that is not required does not exclude', () => {
    const parent = makeParent({ matchingPreferences: { partnerGenders: ['woman'] } });
    expect(
      evaluateRule(partnerGenderRequirementRule, parent, makePartner({ genderIdentity: 'man' })),
    ).toMatchObject({
      passed: true,
      skipped: true,
    });
  });
});

describe('meeting-mode', () => {
  test('in-person parents need a partner who meets in person', () => {
    const parent = makeParent({ matchingPreferences: { meetingMode: 'in_person' } });
    expect(
      evaluateRule(meetingModeRule, parent, makePartner({ meetingModes: ['remote'] })),
    ).toMatchObject({
      passed: false,
      values: { mode: 'in_person' },
    });
    expect(
      evaluateRule(meetingModeRule, parent, makePartner({ meetingModes: ['either'] })).passed,
    ).toBe(true);
    expect(
      evaluateRule(meetingModeRule, makeParent(), makePartner({ meetingModes: ['remote'] })).passed,
    ).toBe(true);
  });
});
