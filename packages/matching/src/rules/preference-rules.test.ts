import { describe, expect, test } from 'vitest';
import { counties, evaluateRule, makeParent, makePartner, makeProgram } from '../../test/fixtures';
import {
  availabilityOverlapRule,
  caseloadBalanceRule,
  continuityRule,
  culturalMatchRule,
  primaryLanguageRule,
  proximityRule,
  sharedLivedExperienceRule,
  similarPlacementRule,
} from './preference-rules';

describe('shared-lived-experience', () => {
  const parent = makeParent({
    livedExperience: ['substance_use', 'domestic_violence', 'child_removal', 'poverty'],
  });

  test('scores the share of the parent’s topics the partner shares, weighted', () => {
    const partner = makePartner({
      livedExperience: ['substance_use', 'domestic_violence', 'incarceration'],
    });
    expect(evaluateRule(sharedLivedExperienceRule, parent, partner)).toMatchObject({
      score: 0.5,
      contribution: 2,
      values: { topics: ['substance_use', 'domestic_violence'] },
    });
    const weighted = evaluateRule(sharedLivedExperienceRule, parent, partner, {
      params: { topicWeights: { domestic_violence: 3, poverty: 0 } },
    });
    expect(weighted.score).toBeCloseTo(4 / 5);
  });

  test('no shared topic scores 0; no recorded topic is skipped', () => {
    expect(
      evaluateRule(
        sharedLivedExperienceRule,
        parent,
        makePartner({ livedExperience: ['immigration'] }),
      ).score,
    ).toBe(0);
    expect(
      evaluateRule(sharedLivedExperienceRule, makeParent({ livedExperience: [] }), makePartner()),
    ).toMatchObject({
      skipped: true,
      contribution: 0,
    });
  });
});

describe('primary-language', () => {
  test('first language 1, another of the parent’s languages 0.5, none 0', () => {
    const parent = makeParent({ languages: ['es', 'en'] });
    expect(
      evaluateRule(primaryLanguageRule, parent, makePartner({ languages: ['es-US'] })).score,
    ).toBe(1);
    expect(evaluateRule(primaryLanguageRule, parent, makePartner()).score).toBe(0.5);
    expect(
      evaluateRule(primaryLanguageRule, parent, makePartner({ languages: ['hmn'] })).score,
    ).toBe(0);
  });
});

describe('cultural-match', () => {
  const asked = { culturalMatchRequested: true };

  test('applies only when the parent asked', () => {
    expect(evaluateRule(culturalMatchRule, makeParent(), makePartner()).skipped).toBe(true);
  });

  test('a shared tribe scores 1, a shared category 0.7, neither 0', () => {
    const parent = makeParent({
      matchingPreferences: asked,
      raceEthnicity: ['american_indian_alaska_native'],
      tribalAffiliation: { status: 'member', tribes: ['Oneida Nation'] },
    });
    const sameTribe = makePartner({
      tribalAffiliation: { status: 'member', tribes: ['oneida  nation'] },
    });
    expect(evaluateRule(culturalMatchRule, parent, sameTribe).score).toBe(1);
    expect(
      evaluateRule(
        culturalMatchRule,
        parent,
        makePartner({ raceEthnicity: ['american_indian_alaska_native'] }),
      ).score,
    ).toBe(0.7);
    expect(
      evaluateRule(culturalMatchRule, parent, makePartner({ raceEthnicity: ['white'] })).score,
    ).toBe(0);
  });

  test('"declined" is never a shared category', () => {
    const parent = makeParent({ matchingPreferences: asked, raceEthnicity: ['declined'] });
    expect(
      evaluateRule(culturalMatchRule, parent, makePartner({ raceEthnicity: ['declined'] })).score,
    ).toBe(0);
  });
});

describe('proximity', () => {
  const program = makeProgram();

  test('same county 1, neighbouring county 0.6, elsewhere 0', () => {
    expect(evaluateRule(proximityRule, makeParent(), makePartner(), { program }).score).toBe(1);
    expect(
      evaluateRule(proximityRule, makeParent(), makePartner({ countyFips: counties.kewaunee }), {
        program,
      }).score,
    ).toBe(0.6);
    expect(
      evaluateRule(proximityRule, makeParent(), makePartner({ countyFips: counties.brown }), {
        program,
      }).score,
    ).toBe(0);
  });

  test('falls back to distance when both have coordinates', () => {
    const address = (latitude: number) => ({
      line1: '1 Example Road',
      city: 'Example',
      state: 'WI',
      postalCode: '54000',
      countyFips: counties.brown,
      latitude,
      longitude: -88,
    });
    const parent = makeParent({ address: { ...address(44), countyFips: counties.door } });
    const partner = makePartner({ countyFips: counties.brown, address: address(44.36) });
    const result = evaluateRule(proximityRule, parent, partner, { program });
    expect(result.code).toBe('nearby');
    expect(result.score).toBeCloseTo(0.5 * (1 - 40 / 80), 1);
  });
});

describe('similar-placement', () => {
  test('matches placements to the partner’s lived experience', () => {
    const parent = makeParent({
      children: [
        { id: 'child-1', ageYears: 3, placement: 'with_relatives' },
        { id: 'child-2', ageYears: 6, placement: 'foster_home' },
      ],
    });
    expect(
      evaluateRule(similarPlacementRule, parent, makePartner({ livedExperience: ['kinship_care'] }))
        .score,
    ).toBe(0.5);
    expect(
      evaluateRule(
        similarPlacementRule,
        parent,
        makePartner({ livedExperience: ['kinship_care', 'child_removal'] }),
      ).score,
    ).toBe(1);
    expect(
      evaluateRule(similarPlacementRule, parent, makePartner({ livedExperience: ['poverty'] }))
        .score,
    ).toBe(0);
  });

  test('children at home: not applicable', () => {
    const parent = makeParent({ children: [{ id: 'child-1', ageYears: 3, placement: 'at_home' }] });
    expect(evaluateRule(similarPlacementRule, parent, makePartner()).skipped).toBe(true);
  });
});

describe('availability-overlap', () => {
  test('scores the share of the parent’s hours the partner covers, overlapping windows merged', () => {
    const parent = makeParent({ availability: [{ day: 'monday', start: '09:00', end: '13:00' }] });
    const partner = makePartner({
      availability: [
        { day: 'monday', start: '11:00', end: '12:00' },
        { day: 'monday', start: '10:00', end: '11:30' },
        { day: 'tuesday', start: '09:00', end: '13:00' },
      ],
    });
    expect(evaluateRule(availabilityOverlapRule, parent, partner).score).toBe(0.5);
    expect(evaluateRule(availabilityOverlapRule, parent, makePartner()).skipped).toBe(true);
  });
});

describe('caseload-balance', () => {
  test('the free share of the caseload; a full caseload scores 0', () => {
    const partner = makePartner({ maxCaseload: 4 });
    expect(
      evaluateRule(caseloadBalanceRule, makeParent(), partner, {
        caseloads: new Map([[partner.id, 1]]),
      }).score,
    ).toBe(0.75);
    expect(
      evaluateRule(caseloadBalanceRule, makeParent(), partner, {
        caseloads: new Map([[partner.id, 4]]),
      }).score,
    ).toBe(0);
  });
});

describe('continuity', () => {
  test('prefers the parent’s previous partner on re-referral', () => {
    const returning = makeParent({ matchingPreferences: { previousPartnerIds: ['partner-1'] } });
    expect(evaluateRule(continuityRule, returning, makePartner()).contribution).toBe(3);
    expect(evaluateRule(continuityRule, returning, makePartner({ id: 'partner-2' })).score).toBe(0);
    expect(evaluateRule(continuityRule, makeParent(), makePartner()).skipped).toBe(true);
  });
});
