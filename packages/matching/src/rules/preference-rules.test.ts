import { parsePlacement, parseRemovalEpisode } from '@parent-partner/core';
import { describe, expect, test } from 'vitest';
import { counties, evaluateRule, makeParent, makePartner, makeProgram } from '../../test/fixtures';
import { defaultRuleSet, extendRuleSet, RuleSetError } from '../index';
import {
  availabilityOverlapRule,
  caseloadBalanceRule,
  continuityRule,
  culturalMatchRule,
  primaryLanguageRule,
  proximityRule,
  sharedLivedExperienceRule,
  similarChildAgesRule,
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
  const parent = makeParent({
    children: [
      { id: 'child-1', ageYears: 3 },
      { id: 'child-2', ageYears: 6 },
      { id: 'child-3', ageYears: 9 },
    ],
  });
  const episode = (id: string, childId: string, entryDate: string, exitDate?: string) =>
    parseRemovalEpisode({
      id,
      parentId: 'parent-1',
      childId,
      entryDate,
      ...(exitDate ? { exitDate, exitReason: 'reunification' } : {}),
    });
  const childHistory = {
    removalEpisodes: [
      episode('e-1', 'child-1', '2025-11-01'),
      episode('e-2', 'child-2', '2025-11-01'),
      // Reunified before asOf: not placed any more.
      episode('e-3', 'child-3', '2025-06-01', '2026-01-15'),
    ],
    placements: [
      parsePlacement({
        id: 'p-1',
        episodeId: 'e-1',
        setting: 'relative_home',
        startDate: '2025-11-01',
      }),
      parsePlacement({
        id: 'p-2',
        episodeId: 'e-2',
        setting: 'congregate_care',
        startDate: '2025-11-01',
        endDate: '2026-02-01',
      }),
      parsePlacement({
        id: 'p-3',
        episodeId: 'e-2',
        setting: 'non_relative_foster_home',
        startDate: '2026-02-01',
      }),
      parsePlacement({
        id: 'p-4',
        episodeId: 'e-3',
        setting: 'congregate_care',
        startDate: '2025-06-01',
        endDate: '2026-01-15',
      }),
    ],
  };

  test('matches the settings the children are in on asOf to the partner’s lived experience', () => {
    expect(
      evaluateRule(
        similarPlacementRule,
        parent,
        makePartner({ livedExperience: ['kinship_care'] }),
        {
          childHistory,
        },
      ),
    ).toMatchObject({
      score: 0.5,
      code: 'similar_placement',
      values: { placements: ['relative_home'] },
    });
    expect(
      evaluateRule(
        similarPlacementRule,
        parent,
        makePartner({ livedExperience: ['kinship_care', 'child_removal'] }),
        { childHistory },
      ).score,
    ).toBe(1);
    expect(
      evaluateRule(similarPlacementRule, parent, makePartner({ livedExperience: ['poverty'] }), {
        childHistory,
      }).score,
    ).toBe(0);
  });

  test('the placement is the one of the decision date', () => {
    // On 2026-01-10 the second child was still in congregate care and the third had not gone home.
    const result = evaluateRule(
      similarPlacementRule,
      parent,
      makePartner({ livedExperience: ['child_removal'] }),
      { childHistory, asOf: '2026-01-10' },
    );
    expect(result).toMatchObject({ score: 0.5, values: { placements: ['congregate_care'] } });
  });

  test('children not in care, or no history given: not applicable', () => {
    expect(evaluateRule(similarPlacementRule, parent, makePartner()).skipped).toBe(true);
    expect(
      evaluateRule(similarPlacementRule, parent, makePartner(), {
        childHistory,
        asOf: '2025-05-01',
      }).skipped,
    ).toBe(true);
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

describe('similar-child-ages', () => {
  const child = (fields: { ageYears?: number; birthDate?: string }, index = 1) => ({
    id: `child-${index}`,
    ...fields,
  });
  const partnerWithAges = (...ages: number[]) =>
    makePartner({ children: ages.map((ageYears) => ({ ageYears })) });

  test('a difference of exactly ageToleranceYears is similar; one more year is not', () => {
    const parent = makeParent({ children: [child({ ageYears: 4 })] });
    expect(evaluateRule(similarChildAgesRule, parent, partnerWithAges(6))).toMatchObject({
      score: 1,
      contribution: 1,
      code: 'similar_child_ages',
      values: { matched: 1, total: 1, toleranceYears: 2 },
    });
    expect(evaluateRule(similarChildAgesRule, parent, partnerWithAges(2))).toMatchObject({
      score: 1,
    });
    expect(evaluateRule(similarChildAgesRule, parent, partnerWithAges(7, 1))).toMatchObject({
      score: 0,
      code: 'no_similar_child_ages',
      skipped: false,
    });
    expect(
      evaluateRule(similarChildAgesRule, parent, partnerWithAges(5), {
        params: { ageToleranceYears: 0 },
      }).score,
    ).toBe(0);
    expect(
      evaluateRule(similarChildAgesRule, parent, partnerWithAges(4), {
        params: { ageToleranceYears: 0 },
      }).score,
    ).toBe(1);
  });

  test('scores the share of the parent’s children matched', () => {
    const parent = makeParent({
      children: [child({ ageYears: 1 }, 1), child({ ageYears: 9 }, 2), child({ ageYears: 15 }, 3)],
    });
    const result = evaluateRule(similarChildAgesRule, parent, partnerWithAges(10, 16));
    expect(result.score).toBeCloseTo(2 / 3, 12);
    expect(result.values).toEqual({ matched: 2, total: 3, toleranceYears: 2 });
  });

  test('computes the age on asOf from the birth date: the birthday is the boundary', () => {
    const parent = makeParent({ children: [child({ birthDate: '2024-03-01' })] });
    const partner = partnerWithAges(4);
    // Two years old on 2026-03-01, one year old the day before.
    expect(evaluateRule(similarChildAgesRule, parent, partner, { asOf: '2026-03-01' }).score).toBe(
      1,
    );
    expect(evaluateRule(similarChildAgesRule, parent, partner, { asOf: '2026-02-28' }).score).toBe(
      0,
    );
  });

  test('a child born on 29 February has its birthday on 28 February', () => {
    const parent = makeParent({ children: [child({ birthDate: '2020-02-29' })] });
    const partner = partnerWithAges(6);
    const exact = { params: { ageToleranceYears: 0 } };
    expect(
      evaluateRule(similarChildAgesRule, parent, partner, { ...exact, asOf: '2026-02-28' }).score,
    ).toBe(1);
    expect(
      evaluateRule(similarChildAgesRule, parent, partner, { ...exact, asOf: '2026-02-27' }).score,
    ).toBe(0);
  });

  test('the birth date wins over a stale ageYears; a birth date after asOf gives no age', () => {
    const both = makeParent({ children: [child({ birthDate: '2016-01-10', ageYears: 2 })] });
    expect(evaluateRule(similarChildAgesRule, both, partnerWithAges(10)).score).toBe(1);
    expect(evaluateRule(similarChildAgesRule, both, partnerWithAges(2)).score).toBe(0);
    const unborn = makeParent({ children: [child({ birthDate: '2026-03-02' })] });
    expect(evaluateRule(similarChildAgesRule, unborn, partnerWithAges(0))).toMatchObject({
      code: 'no_child_ages',
      skipped: true,
      contribution: 0,
    });
  });

  test('skipped when either side has no child age', () => {
    expect(
      evaluateRule(similarChildAgesRule, makeParent({ children: [] }), partnerWithAges(4)).skipped,
    ).toBe(true);
    expect(evaluateRule(similarChildAgesRule, makeParent(), partnerWithAges()).skipped).toBe(true);
  });

  test('is in the default rule set, and a bad tolerance is refused', () => {
    expect(defaultRuleSet.rules.map((entry) => entry.rule.id)).toContain('similar-child-ages');
    expect(() =>
      extendRuleSet(defaultRuleSet, {
        id: 'county',
        version: '1',
        params: { 'similar-child-ages': { ageToleranceYears: -1 } },
      }),
    ).toThrow(RuleSetError);
  });
});
