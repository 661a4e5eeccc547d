import { createSyntheticProgram } from '@parent-partner/testing';
import { describe, expect, test } from 'vitest';
import { docExampleRecords, exampleRecords } from '../test/fixtures';
import { compareRuleSets } from './compare-rule-sets';
import { defaultRuleSet, extendRuleSet } from './rule-set';

const { returningParent, partner, otherPartner } = exampleRecords;

describe('compareRuleSets', () => {
  test('example: compareRuleSets', () => {
    const { returningParent, partner, otherPartner } = docExampleRecords;
    const after = extendRuleSet(defaultRuleSet, {
      id: 'no-continuity',
      version: '1',
      disable: ['continuity'],
    });
    const comparison = compareRuleSets(
      defaultRuleSet,
      after,
      { parents: [returningParent], partners: [partner, otherPartner] },
      { asOf: '2026-03-01' },
    );
    expect([
      comparison.ruleChanges,
      comparison.topCandidateChanges.map((change) => [change.before[0], change.after[0]]),
    ]).toEqual([[{ ruleId: 'continuity', change: 'disabled' }], [[otherPartner.id, partner.id]]]);
  });

  test('says why: the contributions that changed for the old and the new first candidate', () => {
    const after = extendRuleSet(defaultRuleSet, {
      id: 'no-continuity',
      version: '1',
      disable: ['continuity'],
    });
    const [change] = compareRuleSets(
      defaultRuleSet,
      after,
      { parents: [returningParent], partners: [partner, otherPartner] },
      { asOf: '2026-03-01' },
    ).topCandidateChanges;
    expect(change?.before[0]).toBe('partner-2');
    expect(change?.why).toEqual([
      { partnerId: 'partner-2', ruleId: 'continuity', kind: 'contribution', before: 3, after: 0 },
    ]);
  });

  test('dry-runs a reweighing on a synthetic program, assignments included', () => {
    const synthetic = createSyntheticProgram({
      seed: 'compare',
      asOf: '2026-03-01',
      counties: 3,
      parents: 40,
      partners: 30,
      contacts: 0,
    });
    // The parents waiting for a partner, against partners with their whole caseload free.
    const snapshot = {
      program: synthetic.program,
      parents: synthetic.parents,
      partners: synthetic.partners,
    };
    const after = extendRuleSet(defaultRuleSet, {
      id: 'county',
      version: '2',
      weights: { 'shared-lived-experience': 0, proximity: 5 },
    });
    const comparison = compareRuleSets(defaultRuleSet, after, snapshot, { asOf: '2026-03-01' });
    expect(comparison.summary.parents).toBe(40);
    expect(comparison.ruleChanges).toEqual([
      { ruleId: 'shared-lived-experience', change: 'weight', weightBefore: 4, weightAfter: 0 },
      { ruleId: 'proximity', change: 'weight', weightBefore: 1, weightAfter: 5 },
    ]);
    expect(comparison.summary.topCandidatesChanged).toBeGreaterThan(0);
    expect(comparison.summary.matchedBefore).toBeGreaterThan(0);
    expect(comparison.summary.assignmentsChanged).toBe(comparison.assignmentChanges.length);
    const unchanged = compareRuleSets(defaultRuleSet, defaultRuleSet, snapshot, {
      asOf: '2026-03-01',
    });
    expect([
      unchanged.topCandidateChanges,
      unchanged.assignmentChanges,
      unchanged.ruleChanges,
    ]).toEqual([[], [], []]);
  });
});
