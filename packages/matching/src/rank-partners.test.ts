import { createSyntheticProgram } from '@parent-partner/testing';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { docExampleRecords, exampleRecords, makePartner } from '../test/fixtures';
import { evaluatePair } from './evaluate-pair';
import { rankPartners } from './rank-partners';
import { defaultRuleSet } from './rule-set';

const { parent, partner, otherPartner } = exampleRecords;
const synthetic = createSyntheticProgram({
  seed: 'rank',
  asOf: '2026-03-01',
  counties: 2,
  parents: 20,
  partners: 30,
  contacts: 0,
});

describe('rankPartners', () => {
  test('example: rankPartners', () => {
    const { parent, partner, otherPartner } = docExampleRecords;
    const ranking = rankPartners(parent, [partner, otherPartner], defaultRuleSet, {
      asOf: '2026-03-01',
    });
    expect([
      ranking.candidates.map((candidate) => candidate.partnerId),
      ranking.excluded.length,
    ]).toEqual([[partner.id, otherPartner.id], 0]);
  });

  test('is the same for any order of the partners', () => {
    const options = { asOf: '2026-03-01', program: synthetic.program, matches: synthetic.matches };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: synthetic.parents.length - 1 }),
        fc.shuffledSubarray(synthetic.partners, { minLength: synthetic.partners.length }),
        (index, shuffled) => {
          const subject = synthetic.parents[index]!;
          const reference = rankPartners(subject, synthetic.partners, defaultRuleSet, options);
          expect(rankPartners(subject, shuffled, defaultRuleSet, options)).toEqual(reference);
        },
      ),
      { numRuns: 50 },
    );
  });

  test('equal scores are ordered by partner id', () => {
    const twins = ['partner-c', 'partner-a', 'partner-b'].map((id) => makePartner({ id }));
    const ranking = rankPartners(parent, twins, defaultRuleSet, { asOf: '2026-03-01' });
    expect(ranking.candidates.map((candidate) => [candidate.rank, candidate.partnerId])).toEqual([
      [1, 'partner-a'],
      [2, 'partner-b'],
      [3, 'partner-c'],
    ]);
  });

  test('keeps every excluded partner with every reason, and the limit applies to candidates only', () => {
    const away = makePartner({ id: 'partner-9', countiesServed: ['55105'], status: 'inactive' });
    const ranking = rankPartners(parent, [away, partner, otherPartner], defaultRuleSet, {
      asOf: '2026-03-01',
      limit: 1,
    });
    expect(ranking.candidates.map((candidate) => candidate.partnerId)).toEqual(['partner-1']);
    expect(ranking.excluded).toEqual([
      {
        partnerId: 'partner-9',
        exclusions: [
          expect.objectContaining({ ruleId: 'partner-active', code: 'partner_not_active' }),
          expect.objectContaining({ ruleId: 'serves-county', code: 'county_not_served' }),
        ],
      },
    ]);
  });

  test('with trace, candidates list the constraints they passed', () => {
    const ranking = rankPartners(parent, [partner], defaultRuleSet, {
      asOf: '2026-03-01',
      trace: true,
    });
    expect(ranking.candidates[0]?.passedConstraints?.map((result) => result.ruleId)).toContain(
      'has-capacity',
    );
  });

  test('refuses duplicate partner ids, also in a list seen before', () => {
    const twice = [partner, partner];
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(() => rankPartners(parent, twice, defaultRuleSet, { asOf: '2026-03-01' })).toThrow(
        /partners\.1\.id/,
      );
    }
  });

  test('reasons built on first read are those of evaluatePair, and serialize with the ranking', () => {
    const options = { asOf: '2026-03-01', program: synthetic.program, matches: synthetic.matches };
    const byId = new Map(synthetic.partners.map((entry) => [entry.id as string, entry]));
    for (const subject of synthetic.parents.slice(0, 5)) {
      const ranking = rankPartners(subject, synthetic.partners, defaultRuleSet, options);
      // A second ranking in between replaces every one-entry memo the first one used.
      rankPartners(synthetic.parents[19]!, synthetic.partners.slice(1), defaultRuleSet, options);
      expect(ranking.candidates.length + ranking.excluded.length).toBe(synthetic.partners.length);
      for (const candidate of ranking.candidates) {
        const evaluation = evaluatePair(
          subject,
          byId.get(candidate.partnerId)!,
          defaultRuleSet,
          options,
        );
        expect(evaluation.eligible).toBe(true);
        expect(candidate.score).toBe(evaluation.score);
        expect(candidate.contributions).toEqual(evaluation.contributions);
        expect(candidate.contributions).toBe(candidate.contributions);
      }
      for (const excluded of ranking.excluded) {
        const evaluation = evaluatePair(
          subject,
          byId.get(excluded.partnerId)!,
          defaultRuleSet,
          options,
        );
        expect(excluded.exclusions).toEqual(evaluation.exclusions);
      }
      const copy = JSON.parse(JSON.stringify(ranking)) as typeof ranking;
      expect(copy.candidates[0]?.contributions).toEqual(ranking.candidates[0]?.contributions);
      expect({ ...ranking.excluded[0] }).toEqual(ranking.excluded[0]);
    }
  });
});
