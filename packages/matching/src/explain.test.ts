import { describe, expect, test } from 'vitest';
import { docExampleRecords, exampleRecords, makePartner } from '../test/fixtures';
import { evaluatePair } from './evaluate-pair';
import {
  createMatchDecision,
  describeRuleResult,
  explainEvaluation,
  explainRanking,
} from './explain';
import { rankPartners } from './rank-partners';
import { defaultRuleSet } from './rule-set';

const { parent, partner } = exampleRecords;

describe('explanations', () => {
  test('example: describeRuleResult', () => {
    const { parent, partner } = docExampleRecords;
    const evaluation = evaluatePair(parent, partner, defaultRuleSet, { asOf: '2026-03-01' });
    const lived = evaluation.contributions.find(
      (result) => result.ruleId === 'shared-lived-experience',
    );
    expect(lived && describeRuleResult(lived, defaultRuleSet, { language: 'es' })).toBe(
      'Comparte experiencias vividas: uso de sustancias y recuperación, retiro de los hijos.',
    );
  });

  test('example: explainRanking', () => {
    const { parent, partner } = docExampleRecords;
    const ranking = rankPartners(parent, [partner], defaultRuleSet, { asOf: '2026-03-01' });
    expect(explainRanking(ranking, defaultRuleSet).split('\n').slice(0, 2)).toEqual([
      'Parent parent-561387: 1 candidate, 0 excluded (rule set default 1.0.0, as of 2026-03-01)',
      '1. partner-09679, score 7.32',
    ]);
  });

  test('example: explainEvaluation', () => {
    const { parent, partner } = docExampleRecords;
    const evaluation = evaluatePair(parent, partner, defaultRuleSet, { asOf: '2026-03-01' });
    expect(explainEvaluation(evaluation, defaultRuleSet, { language: 'es' }).split('\n')[0]).toBe(
      'Familia parent-561387 y persona mentora partner-09679: elegible, puntuación 7.32',
    );
  });

  test('example: createMatchDecision', () => {
    const { parent, partner } = docExampleRecords;
    const evaluation = evaluatePair(parent, partner, defaultRuleSet, { asOf: '2026-03-01' });
    const decision = createMatchDecision(evaluation, defaultRuleSet, {
      proposedBy: { kind: 'rules' },
    });
    expect([decision.ruleSetId, decision.ruleSetVersion, decision.reasons[0]?.ruleId]).toEqual([
      'default',
      '1.0.0',
      'shared-lived-experience',
    ]);
  });

  test('lists excluded partners with every reason, in English and Spanish', () => {
    const full = makePartner({ id: 'partner-9', status: 'on_leave', maxCaseload: 1 });
    const ranking = rankPartners(parent, [partner, full], defaultRuleSet, {
      asOf: '2026-03-01',
      caseloads: new Map([[full.id, 1]]),
    });
    const english = explainRanking(ranking, defaultRuleSet);
    expect(english).toContain(
      'Excluded partners:\n- partner-9\n   × The partner is not active (On leave).\n   × The partner’s caseload is full (1 of 1).',
    );
    const spanish = explainRanking(ranking, defaultRuleSet, { language: 'es' });
    expect(spanish).toContain('   × La persona mentora no está activa (De licencia).');
    expect(spanish).toContain('Familia parent-1: 1 candidato, 1 excluido');
  });
});
