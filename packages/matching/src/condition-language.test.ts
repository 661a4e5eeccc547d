import { describe, expect, test } from 'vitest';
import { asOf, makeParent, makePartner } from '../test/fixtures';
import type { Condition } from './condition-language';
import { createDeclarativeRule, type DeclarativeRuleDefinition } from './declarative-rule';
import { evaluatePair } from './evaluate-pair';
import { createRuleSet } from './rule-set';
import type { RuleSetError } from './rule-set-error';

function run(
  when: Condition,
  parent = makeParent(),
  partner = makePartner(),
  onMissing: DeclarativeRuleDefinition['onMissing'] = 'fail',
) {
  const rule = createDeclarativeRule({
    id: 'county-rule',
    kind: 'constraint',
    description: 'A county rule',
    onMissing,
    when,
  });
  const ruleSet = createRuleSet({ id: 'county', version: '1', rules: [rule] });
  const evaluation = evaluatePair(parent, partner, ruleSet, { asOf, trace: true });
  const result = [...evaluation.exclusions, ...evaluation.passedConstraints][0];
  if (!result) throw new Error('no result');
  return result;
}

describe('the condition language', () => {
  test('example: createDeclarativeRule', () => {
    const recovery = createDeclarativeRule({
      id: 'two-years-recovery',
      kind: 'constraint',
      description: 'Partners have two years of recovery',
      onMissing: 'fail',
      when: {
        monthsBetween: [{ path: 'partner.recoveryDate' }, { asOf: true }],
        op: 'gte',
        value: 24,
      },
    });
    expect([recovery.id, recovery.kind]).toEqual(['two-years-recovery', 'constraint']);
  });

  test('compares fields with literals, with other fields and with the decision date', () => {
    expect(run({ path: 'partner.status', op: 'eq', value: 'active' }).passed).toBe(true);
    expect(run({ path: 'partner.maxCaseload', op: 'gte', value: 4 }).passed).toBe(false);
    expect(
      run({ path: 'parent.countyFips', op: 'eq', value: { path: 'partner.countyFips' } }).passed,
    ).toBe(true);
    expect(
      run({ path: 'partner.ownCase.resolvedOn', op: 'before', value: { asOf: true } }).passed,
    ).toBe(true);
    expect(
      run({ path: 'partner.ownCase.resolvedOn', op: 'after', value: '2024-01-01' }).passed,
    ).toBe(false);
  });

  test('in, intersects and list elements', () => {
    expect(run({ path: 'partner.status', op: 'in', value: ['active', 'on_leave'] }).passed).toBe(
      true,
    );
    expect(
      run({
        path: 'partner.livedExperience',
        op: 'intersects',
        value: { path: 'parent.livedExperience' },
      }).passed,
    ).toBe(true);
    expect(
      run({ path: 'partner.livedExperience', op: 'intersects', value: ['incarceration'] }).passed,
    ).toBe(false);
    expect(run({ path: 'parent.children[].ageYears', op: 'eq', value: 4 }).passed).toBe(true);
    expect(run({ path: 'parent.children[].ageYears', op: 'lt', value: 3 }).passed).toBe(false);
    expect(
      run({ path: 'partner.trainings[].course', op: 'intersects', value: ['ethics'] }).passed,
    ).toBe(false);
  });

  test('all, any and not', () => {
    const active = { path: 'partner.status', op: 'eq', value: 'active' } as const;
    const remote = {
      path: 'parent.matchingPreferences.meetingMode',
      op: 'eq',
      value: 'remote',
    } as const;
    expect(run({ all: [active, remote] }).passed).toBe(false);
    expect(run({ any: [active, remote] }).passed).toBe(true);
    expect(run({ not: remote }).passed).toBe(true);
  });

  test('a missing value decides only through onMissing, never an exception', () => {
    const recovery: Condition = {
      monthsBetween: [{ path: 'partner.recoveryDate' }, { asOf: true }],
      op: 'gte',
      value: 24,
    };
    expect(run(recovery, makeParent(), makePartner(), 'fail')).toMatchObject({
      passed: false,
      code: 'missing_value',
    });
    expect(run(recovery, makeParent(), makePartner(), 'pass')).toMatchObject({
      passed: true,
      code: 'missing_value',
    });
    expect(run(recovery, makeParent(), makePartner(), 'skip')).toMatchObject({
      passed: true,
      skipped: true,
    });
    // A decisive condition wins over a missing one (all: one false; any: one true).
    const active = { path: 'partner.status', op: 'eq', value: 'active' } as const;
    expect(run({ any: [recovery, active] }).passed).toBe(true);
    expect(run({ all: [recovery, { not: active }] }).code).toBe('condition_not_met');
  });

  test('the trace lists every condition with its field paths and result', () => {
    const result = run({
      all: [
        { path: 'partner.status', op: 'eq', value: 'active' },
        { monthsBetween: [{ path: 'partner.recoveryDate' }, { asOf: true }], op: 'gte', value: 24 },
      ],
    });
    expect(result.trace).toEqual([
      { pointer: '/when/all/0', fieldPaths: ['partner.status'], result: 'passed' },
      { pointer: '/when/all/1', fieldPaths: ['partner.recoveryDate'], result: 'missing' },
      { pointer: '/when', fieldPaths: [], result: 'missing' },
    ]);
  });

  test('reads own properties only', () => {
    const parent = makeParent();
    const sneaky = Object.assign(Object.create({ householdId: 'inherited' }), parent);
    expect(
      run(
        { path: 'parent.householdId', op: 'eq', value: 'inherited' },
        sneaky,
        makePartner(),
        'skip',
      ).skipped,
    ).toBe(true);
  });

  test('checks paths, operators and literal types when the rule is made', () => {
    let error: unknown;
    try {
      createDeclarativeRule({
        id: 'broken',
        kind: 'preference',
        description: 'Broken',
        onMissing: 'skip',
        when: {
          any: [
            { path: 'parent.children.permanencyGoal', op: 'eq', value: 'adoption' },
            { path: 'parent.interpreterNeeded', op: 'eq', value: 'yes' },
            { path: 'partner.ownCase.resolvedOn', op: 'before', value: '2026-02-30' },
            { path: 'partner.name', op: 'eq', value: 'x' },
            { monthsBetween: [{ path: 'partner.status' }, { asOf: true }], op: 'gte', value: 1 },
          ],
        },
      });
    } catch (caught) {
      error = caught;
    }
    expect((error as RuleSetError).problems.map(({ path, code }) => [path, code])).toEqual([
      ['/when/any/0/path', 'array_needs_brackets'],
      ['/when/any/1/value', 'invalid_value'],
      ['/when/any/2/value', 'invalid_value'],
      ['/when/any/3/path', 'not_a_value'],
      ['/when/any/4/monthsBetween/0/path', 'operator_type_mismatch'],
    ]);
  });
});
