import { describe, expect, test } from 'vitest';
import { defineRule } from './rule';
import { builtInRules, createRuleSet, defaultRuleSet, extendRuleSet } from './rule-set';
import { RuleSetError } from './rule-set-error';

describe('defaultRuleSet', () => {
  test('holds every built-in rule, enabled, constraints first', () => {
    expect(defaultRuleSet.rules.map((configured) => configured.rule.id)).toEqual(
      builtInRules.map((rule) => rule.id),
    );
    expect(defaultRuleSet.rules.every((configured) => configured.enabled)).toBe(true);
    const kinds = defaultRuleSet.rules.map((configured) => configured.rule.kind);
    expect(kinds.lastIndexOf('constraint')).toBeLessThan(kinds.indexOf('preference'));
    for (const rule of builtInRules) expect(rule.description.length).toBeGreaterThan(40);
  });
});

describe('extendRuleSet', () => {
  test('example: extendRuleSet', () => {
    const county = extendRuleSet(defaultRuleSet, {
      id: 'door-county',
      version: '2026.1',
      disable: ['availability-overlap'],
      weights: { 'shared-lived-experience': 6 },
      params: { proximity: { neighborScore: 0.8 } },
    });
    const lived = county.rules.find(
      (configured) => configured.rule.id === 'shared-lived-experience',
    );
    expect([
      county.id,
      lived?.weight,
      county.rules.filter((configured) => !configured.enabled).length,
    ]).toEqual(['door-county', 6, 1]);
  });

  test('adds code rules and leaves the base untouched', () => {
    const sameCounty = defineRule({
      id: 'same-county',
      kind: 'preference',
      weight: 2,
      description: 'Prefers a partner from the parent’s county.',
      evaluate: (parent, partner) => ({
        score: parent.countyFips === partner.countyFips ? 1 : 0,
        code: 'county',
      }),
    });
    const county = extendRuleSet(defaultRuleSet, {
      id: 'c',
      version: '1',
      add: [sameCounty],
      enable: ['same-county'],
    });
    expect(county.rules.at(-1)?.rule).toBe(sameCounty);
    expect(defaultRuleSet.rules).toHaveLength(builtInRules.length);
    expect(Object.isFrozen(county.rules)).toBe(true);
  });

  test('refuses every problem at once, with paths', () => {
    let error: unknown;
    try {
      extendRuleSet(defaultRuleSet, {
        id: '',
        version: '1',
        disable: ['no-such-rule'],
        weights: { proximity: Number.NaN, continuity: Number.POSITIVE_INFINITY },
        params: { proximity: { neighbourScore: 1 } },
        add: [builtInRules[0] as (typeof builtInRules)[number]],
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).problems.map(({ path, code }) => [path, code])).toEqual([
      ['/id', 'invalid_rule_set_id'],
      ['/add/0', 'duplicate_rule'],
      ['/disable/0', 'unknown_rule'],
      ['/weights/proximity', 'invalid_weight'],
      ['/weights/continuity', 'invalid_weight'],
      ['/params/proximity', 'invalid_parameter'],
    ]);
  });

  test('createRuleSet refuses duplicate ids', () => {
    expect(() =>
      createRuleSet({ id: 'x', version: '1', rules: [builtInRules[0]!, builtInRules[0]!] }),
    ).toThrow(RuleSetError);
  });
});
