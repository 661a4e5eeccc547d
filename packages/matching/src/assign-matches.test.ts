import { createSyntheticProgram } from '@parent-partner/testing';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  docExampleRecords,
  exampleRecords,
  makeMatch,
  makeParent,
  makePartner,
  makePin,
} from '../test/fixtures';
import { assignMatches } from './assign-matches';
import { evaluatePair } from './evaluate-pair';
import { defaultRuleSet } from './rule-set';

const { parent, otherParent, partner } = exampleRecords;

function syntheticBatch(seed: number) {
  const synthetic = createSyntheticProgram({
    seed,
    asOf: '2026-03-01',
    counties: 3,
    parents: 40,
    partners: 14,
    contacts: 0,
  });
  return {
    parents: synthetic.parents,
    partners: synthetic.partners.map((candidate, index) => ({
      ...candidate,
      maxCaseload: 1 + (index % 3),
    })),
    options: { asOf: '2026-03-01', program: synthetic.program },
  };
}

describe('assignMatches', () => {
  test('example: assignMatches', () => {
    const { parent, otherParent, smallPartner: partner } = docExampleRecords;
    const caseloads = new Map([[partner.id, 2]]);
    const result = assignMatches([parent, otherParent], [partner], defaultRuleSet, {
      asOf: '2026-03-01',
      caseloads,
    });
    expect([
      result.proposals.map((proposal) => [proposal.parentId, proposal.partnerId]),
      result.unmatched.map((entry) => [entry.parentId, entry.reason]),
    ]).toEqual([[[parent.id, partner.id]], [[otherParent.id, 'capacity_exhausted']]]);
  });

  test('never proposes an excluded pair, never exceeds capacity, and is never below greedy', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom('max-total-score' as const, 'max-matched-then-score' as const),
        (seed, objective) => {
          const { parents, partners, options } = syntheticBatch(seed);
          const exact = assignMatches(parents, partners, defaultRuleSet, { ...options, objective });
          const greedy = assignMatches(parents, partners, defaultRuleSet, {
            ...options,
            objective,
            strategy: 'greedy',
          });
          const byId = new Map(partners.map((candidate) => [candidate.id as string, candidate]));
          const parentById = new Map(
            parents.map((candidate) => [candidate.id as string, candidate]),
          );
          const load = new Map<string, number>();
          for (const proposal of exact.proposals) {
            const chosen = byId.get(proposal.partnerId)!;
            expect(
              evaluatePair(parentById.get(proposal.parentId)!, chosen, defaultRuleSet, options)
                .eligible,
            ).toBe(true);
            expect(proposal.decision.proposedBy).toEqual({ kind: 'rules' });
            load.set(proposal.partnerId, (load.get(proposal.partnerId) ?? 0) + 1);
          }
          for (const [partnerId, count] of load)
            expect(count).toBeLessThanOrEqual(byId.get(partnerId)!.maxCaseload!);
          const [first, second] =
            objective === 'max-total-score'
              ? (['totalScore', 'matchedCount'] as const)
              : (['matchedCount', 'totalScore'] as const);
          const better = exact.objectiveValue[first] > greedy.objectiveValue[first] + 1e-6;
          const equal =
            Math.abs(exact.objectiveValue[first] - greedy.objectiveValue[first]) <= 1e-6;
          expect(
            better ||
              (equal && exact.objectiveValue[second] >= greedy.objectiveValue[second] - 1e-6),
          ).toBe(true);
        },
      ),
      { numRuns: 12 },
    );
  });

  test('gives the same result for any order of parents and partners', () => {
    const { parents, partners, options } = syntheticBatch(7);
    const reference = assignMatches(parents, partners, defaultRuleSet, options);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(parents, { minLength: parents.length }),
        fc.shuffledSubarray(partners, { minLength: partners.length }),
        (shuffledParents, shuffledPartners) => {
          expect(assignMatches(shuffledParents, shuffledPartners, defaultRuleSet, options)).toEqual(
            reference,
          );
        },
      ),
      { numRuns: 15 },
    );
  });

  test('keeps pinned pairs, counts them and existing matches against capacity', () => {
    const parents = ['parent-a', 'parent-b', 'parent-c'].map((id) => makeParent({ id }));
    const partners = [
      makePartner({ id: 'partner-a', maxCaseload: 2 }),
      makePartner({ id: 'partner-b', maxCaseload: 1 }),
    ];
    const result = assignMatches(parents, partners, defaultRuleSet, {
      asOf: '2026-03-01',
      pinned: [makePin('parent-c', 'partner-b')],
      matches: [makeMatch('parent-z', 'partner-a', 'active')],
    });
    expect(
      result.proposals.map((proposal) => [proposal.parentId, proposal.partnerId, proposal.pinned]),
    ).toEqual([
      ['parent-a', 'partner-a', false],
      ['parent-c', 'partner-b', true],
    ]);
    expect(result.proposals[1]?.decision.proposedBy).toEqual({
      kind: 'coordinator',
      staffId: 'staff-1',
    });
    expect(result.proposals.every((proposal) => proposal.status === 'proposed')).toBe(true);
    expect(result.unmatched).toEqual([
      { parentId: 'parent-b', reason: 'capacity_exhausted', eligiblePartnerCount: 2 },
    ]);
  });

  test('a declined pairing is never proposed; a parent with no eligible partner says so', () => {
    const parents = [
      makeParent({ id: 'parent-a' }),
      makeParent({ id: 'parent-b', countyFips: '55105' }),
    ];
    const result = assignMatches(parents, [partner], defaultRuleSet, {
      asOf: '2026-03-01',
      matches: [makeMatch('parent-a', 'partner-1', 'declined')],
    });
    expect(result.proposals).toEqual([]);
    expect(result.unmatched.map((entry) => [entry.parentId, entry.reason])).toEqual([
      ['parent-a', 'no_eligible_partner'],
      ['parent-b', 'no_eligible_partner'],
    ]);
  });

  test('"max matched then score" serves more parents than "max total score" when they conflict', () => {
    // parent-a scores higher with partner-a, but parent-b can only take partner-a.
    const parents = [
      makeParent({ id: 'parent-a', livedExperience: ['substance_use', 'child_removal'] }),
      makeParent({ id: 'parent-b', countyFips: '55061', livedExperience: ['substance_use'] }),
    ];
    const partners = [
      makePartner({ id: 'partner-a', maxCaseload: 1, countiesServed: ['55029', '55061'] }),
      makePartner({
        id: 'partner-b',
        maxCaseload: 1,
        countiesServed: ['55029'],
        livedExperience: ['poverty'],
        countyFips: '55061',
      }),
    ];
    const score = assignMatches(parents, partners, defaultRuleSet, { asOf: '2026-03-01' });
    const coverage = assignMatches(parents, partners, defaultRuleSet, {
      asOf: '2026-03-01',
      objective: 'max-matched-then-score',
    });
    expect(coverage.objectiveValue.matchedCount).toBe(2);
    expect(score.objectiveValue.totalScore).toBeGreaterThanOrEqual(
      coverage.objectiveValue.totalScore - 1e-9,
    );
  });

  test('refuses unknown pinned records', () => {
    expect(() =>
      assignMatches([parent], [partner], defaultRuleSet, {
        asOf: '2026-03-01',
        pinned: [makePin('parent-1', 'partner-404')],
      }),
    ).toThrow(/pinned\.0\.partnerId/);
  });
});
