import { describe, expect, test } from 'vitest';
import { asOf, makeParent, makePartner } from '../test/fixtures';
import { evaluatePair } from './evaluate-pair';
import {
  createRuleSetJsonSchema,
  loadRuleSet,
  parseRuleSet,
  safeParseRuleSet,
} from './rule-set-config';
import { RuleSetError } from './rule-set-error';

function problemsOf(input: unknown): { path: string; code: string }[] {
  const result = safeParseRuleSet(input);
  if (result.success) throw new Error('expected the rule set to be refused');
  return result.error.problems.map(({ path, code }) => ({ path, code }));
}

describe('parseRuleSet', () => {
  test('example: parseRuleSet', () => {
    const county = parseRuleSet({
      id: 'door-county',
      version: '2026.1',
      rules: {
        'shared-lived-experience': { weight: 6 },
        'availability-overlap': { enabled: false },
      },
      add: [
        {
          id: 'two-years-recovery',
          kind: 'constraint',
          description: 'Partners have two years of recovery',
          onMissing: 'fail',
          when: {
            monthsBetween: [{ path: 'partner.recoveryDate' }, { asOf: true }],
            op: 'gte',
            value: 24,
          },
        },
      ],
    });
    expect([county.id, county.rules.length]).toEqual(['door-county', 23]);
  });

  test('the declarative rule runs with its onMissing policy', () => {
    const county = parseRuleSet({
      id: 'door-county',
      version: '2026.1',
      add: [
        {
          id: 'two-years-recovery',
          kind: 'constraint',
          description: 'Partners have two years of recovery',
          onMissing: 'fail',
          when: {
            monthsBetween: [{ path: 'partner.recoveryDate' }, { asOf: true }],
            op: 'gte',
            value: 24,
          },
        },
      ],
    });
    const run = (partner: ReturnType<typeof makePartner>) =>
      evaluatePair(makeParent(), partner, county, { asOf }).exclusions.map((result) => [
        result.ruleId,
        result.code,
      ]);
    expect(run(makePartner({ recoveryDate: '2024-03-01' }))).toEqual([]);
    expect(run(makePartner({ recoveryDate: '2024-03-02' }))).toEqual([
      ['two-years-recovery', 'condition_not_met'],
    ]);
    expect(run(makePartner())).toEqual([['two-years-recovery', 'missing_value']]);
  });

  test('refuses a bad rule set whole, listing every problem with its JSON path', () => {
    expect(
      problemsOf({
        id: 'bad',
        version: '1',
        rules: {
          'no-such-rule': { weight: 1 },
          proximity: { weight: -2 },
          'partner-active': { weight: 3 },
          'cultural-match': { params: { raceEthnicityScore: 4 } },
        },
        add: [
          {
            id: 'typo',
            kind: 'constraint',
            description: 'A rule with a typo',
            onMissing: 'skip',
            when: {
              all: [
                { path: 'partner.recoverydate', op: 'before', value: { asOf: true } },
                { path: 'partner.livedExperience', op: 'eq', value: 'poverty' },
                { path: 'partner.status', op: 'gt', value: 'active' },
                { path: 'partner.status', op: 'in', value: ['active', 'retired'] },
              ],
            },
          },
        ],
      }),
    ).toEqual([
      { path: '/add/0/when/all/0/path', code: 'unknown_field_path' },
      { path: '/add/0/when/all/1/op', code: 'operator_type_mismatch' },
      { path: '/add/0/when/all/2/op', code: 'operator_type_mismatch' },
      { path: '/add/0/when/all/3/value/1', code: 'invalid_value' },
      { path: '/rules/no-such-rule/weight', code: 'unknown_rule' },
      { path: '/rules/proximity/weight', code: 'invalid_weight' },
      { path: '/rules/partner-active/weight', code: 'weight_on_constraint' },
      { path: '/rules/cultural-match/params/raceEthnicityScore', code: 'invalid_parameter' },
    ]);
  });

  test('refuses __proto__, constructor and prototype anywhere', () => {
    const input = JSON.parse(
      '{"id":"x","version":"1","__proto__":{"polluted":true},"rules":{"proximity":{"params":{"constructor":{"prototype":1}}}},"add":[{"id":"a","kind":"preference","description":"d","onMissing":"skip","when":{"path":"partner.constructor","op":"eq","value":1}}]}',
    );
    const problems = problemsOf(input);
    expect(problems).toContainEqual({ path: '/__proto__', code: 'reserved_key' });
    expect(problems).toContainEqual({
      path: '/rules/proximity/params/constructor',
      code: 'reserved_key',
    });
    expect(problems).toContainEqual({ path: '/add/0/when/path', code: 'reserved_key' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('names structural problems with their paths, never echoing values', () => {
    let error: unknown;
    try {
      parseRuleSet({ id: '', version: 7, add: [{ id: 'UPPER', kind: 'hard' }] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    const paths = (error as RuleSetError).problems.map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/id', '/version', '/add/0/id', '/add/0/kind', '/add/0/onMissing']),
    );
    expect((error as RuleSetError).message).not.toContain('UPPER');
  });

  test('checks that extends names the base', () => {
    expect(problemsOf({ id: 'x', version: '1', extends: 'statewide' })).toEqual([
      { path: '/extends', code: 'unknown_base' },
    ]);
  });
});

describe('loadRuleSet', () => {
  test('example: loadRuleSet', () => {
    const county = loadRuleSet(
      '{"id":"door-county","version":"1","rules":{"proximity":{"weight":2}}}',
    );
    expect(county.rules.find((configured) => configured.rule.id === 'proximity')?.weight).toBe(2);
  });

  test('refuses text that is not JSON', () => {
    expect(() => loadRuleSet('{"id":')).toThrow(RuleSetError);
  });
});

describe('createRuleSetJsonSchema', () => {
  test('example: createRuleSetJsonSchema', () => {
    const schema = createRuleSetJsonSchema();
    expect([schema.type, Object.keys(schema.properties ?? {}).includes('add')]).toEqual([
      'object',
      true,
    ]);
  });

  test('describes the condition language recursively', () => {
    const text = JSON.stringify(createRuleSetJsonSchema());
    for (const word of ['monthsBetween', 'intersects', 'onMissing', 'asOf'])
      expect(text).toContain(word);
  });
});
