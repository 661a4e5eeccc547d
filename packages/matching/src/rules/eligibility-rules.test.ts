import { describe, expect, test } from 'vitest';
import { asOf, evaluateRule, makeParent, makePartner, makeProgram } from '../../test/fixtures';
import {
  backgroundCheckValidRule,
  hasCapacityRule,
  ownCaseResolvedRule,
  partnerActiveRule,
  recoveryTimeRule,
  trainingsCurrentRule,
} from './eligibility-rules';

const parent = makeParent();
const program = makeProgram();

describe('partner-active', () => {
  test('passes an active partner and excludes one on leave', () => {
    expect(evaluateRule(partnerActiveRule, parent, makePartner()).passed).toBe(true);
    const onLeave = evaluateRule(partnerActiveRule, parent, makePartner({ status: 'on_leave' }));
    expect(onLeave).toMatchObject({
      passed: false,
      code: 'partner_not_active',
      values: { status: 'on_leave' },
    });
  });
});

describe('trainings-current', () => {
  const withTraining = (expiresOn: string | undefined, completedOn = '2025-01-01') =>
    makePartner({
      trainings: [
        { course: 'orientation', completedOn: '2024-01-10' },
        { course: 'mandatory_reporting', completedOn, ...(expiresOn ? { expiresOn } : {}) },
      ],
    });

  test('a training that expires on asOf has expired', () => {
    const result = evaluateRule(trainingsCurrentRule, parent, withTraining(asOf), { program });
    expect(result).toMatchObject({ passed: false, code: 'trainings_not_current' });
    expect(result.values).toEqual({ missing: [], expired: ['mandatory_reporting'] });
  });

  test('a training that expires the day after asOf is current', () => {
    expect(
      evaluateRule(trainingsCurrentRule, parent, withTraining('2026-03-02'), { program }).passed,
    ).toBe(true);
  });

  test('a training completed after asOf does not count yet', () => {
    const result = evaluateRule(
      trainingsCurrentRule,
      parent,
      withTraining(undefined, '2026-03-02'),
      { program },
    );
    expect(result.values).toEqual({ missing: ['mandatory_reporting'], expired: [] });
  });

  test('a renewed training counts even if an older record expired', () => {
    const partner = makePartner({
      trainings: [
        { course: 'orientation', completedOn: '2024-01-10' },
        { course: 'mandatory_reporting', completedOn: '2023-01-01', expiresOn: '2025-01-01' },
        { course: 'mandatory_reporting', completedOn: '2025-01-01', expiresOn: '2027-01-01' },
      ],
    });
    expect(evaluateRule(trainingsCurrentRule, parent, partner, { program }).passed).toBe(true);
  });

  test('passes when the program requires no training', () => {
    expect(evaluateRule(trainingsCurrentRule, parent, makePartner({ trainings: [] })).passed).toBe(
      true,
    );
  });
});

describe('background-check-valid', () => {
  const checkedOn = (date: string, result: 'cleared' | 'pending' = 'cleared') =>
    makePartner({ backgroundCheck: { checkedOn: date, result } });

  test('a check exactly 24 months old has lapsed; one day younger is valid', () => {
    expect(evaluateRule(backgroundCheckValidRule, parent, checkedOn('2024-03-01'))).toMatchObject({
      passed: false,
      code: 'background_check_expired',
      values: { validityMonths: 24 },
    });
    expect(evaluateRule(backgroundCheckValidRule, parent, checkedOn('2024-03-02')).passed).toBe(
      true,
    );
  });

  test('a pending or missing check excludes', () => {
    expect(
      evaluateRule(backgroundCheckValidRule, parent, checkedOn('2025-12-01', 'pending')).code,
    ).toBe('background_check_not_cleared');
    const { backgroundCheck: _omitted, ...withoutCheck } = makePartner();
    expect(evaluateRule(backgroundCheckValidRule, parent, withoutCheck).code).toBe(
      'background_check_missing',
    );
  });

  test('follows the program validity', () => {
    const strict = makeProgram({
      eligibility: { ...makeProgram().eligibility, backgroundCheckValidityMonths: 12 },
    });
    expect(
      evaluateRule(backgroundCheckValidRule, parent, checkedOn('2025-03-01'), { program: strict })
        .passed,
    ).toBe(false);
    expect(
      evaluateRule(backgroundCheckValidRule, parent, checkedOn('2025-03-02'), { program: strict })
        .passed,
    ).toBe(true);
  });
});

describe('own-case-resolved', () => {
  const resolvedOn = (date: string, closedOn: string | null = date) =>
    makePartner({
      ownCase: { resolution: 'reunification', resolvedOn: date, ...(closedOn ? { closedOn } : {}) },
    });

  test('a case resolved exactly 12 months ago passes; one day later does not', () => {
    expect(evaluateRule(ownCaseResolvedRule, parent, resolvedOn('2025-03-01')).passed).toBe(true);
    expect(evaluateRule(ownCaseResolvedRule, parent, resolvedOn('2025-03-02'))).toMatchObject({
      passed: false,
      code: 'own_case_too_recent',
      values: { months: 11, required: 12 },
    });
  });

  test('the case must be closed when the policy asks', () => {
    expect(evaluateRule(ownCaseResolvedRule, parent, resolvedOn('2024-01-01', null)).code).toBe(
      'own_case_not_closed',
    );
    const lenient = makeProgram({
      eligibility: { ...makeProgram().eligibility, requireCaseClosed: false },
    });
    expect(
      evaluateRule(ownCaseResolvedRule, parent, resolvedOn('2024-01-01', null), {
        program: lenient,
      }).passed,
    ).toBe(true);
  });
});

describe('recovery-time', () => {
  const kentucky = makeProgram({
    eligibility: { ...makeProgram().eligibility, sobrietyMonths: 36 },
  });

  test('does not apply when the program asks for no recovery period', () => {
    expect(evaluateRule(recoveryTimeRule, parent, makePartner())).toMatchObject({
      passed: true,
      skipped: true,
    });
  });

  test('exactly 36 months passes; one day short does not; no date fails', () => {
    expect(
      evaluateRule(recoveryTimeRule, parent, makePartner({ recoveryDate: '2023-03-01' }), {
        program: kentucky,
      }).passed,
    ).toBe(true);
    expect(
      evaluateRule(recoveryTimeRule, parent, makePartner({ recoveryDate: '2023-03-02' }), {
        program: kentucky,
      }),
    ).toMatchObject({
      passed: false,
      code: 'recovery_too_recent',
    });
    expect(evaluateRule(recoveryTimeRule, parent, makePartner(), { program: kentucky }).code).toBe(
      'recovery_date_missing',
    );
  });
});

describe('has-capacity', () => {
  const partner = makePartner({ maxCaseload: 3 });

  test('a caseload at its maximum is full; one below has room', () => {
    expect(
      evaluateRule(hasCapacityRule, parent, partner, { caseloads: new Map([[partner.id, 3]]) }),
    ).toMatchObject({
      passed: false,
      code: 'caseload_full',
      values: { caseload: 3, maxCaseload: 3 },
    });
    expect(
      evaluateRule(hasCapacityRule, parent, partner, { caseloads: new Map([[partner.id, 2]]) })
        .passed,
    ).toBe(true);
  });

  test('counts active, paused and proposed matches, not closed or declined ones', async () => {
    const { makeMatch } = await import('../../test/fixtures');
    const matches = [
      makeMatch('parent-a', partner.id, 'active', 1),
      makeMatch('parent-b', partner.id, 'paused', 2),
      makeMatch('parent-c', partner.id, 'closed', 3),
      makeMatch('parent-d', partner.id, 'declined', 4),
    ];
    expect(evaluateRule(hasCapacityRule, parent, partner, { matches }).values).toEqual({
      caseload: 2,
      maxCaseload: 3,
    });
    const full = [...matches, makeMatch('parent-e', partner.id, 'proposed', 5)];
    expect(evaluateRule(hasCapacityRule, parent, partner, { matches: full }).passed).toBe(false);
  });

  test('uses the program default when the partner has not set a maximum', () => {
    const { maxCaseload: _omitted, ...open } = makePartner();
    expect(
      evaluateRule(hasCapacityRule, parent, open, { caseloads: new Map([[open.id, 11]]) }).passed,
    ).toBe(true);
    expect(
      evaluateRule(hasCapacityRule, parent, open, { caseloads: new Map([[open.id, 12]]) }).passed,
    ).toBe(false);
  });
});
