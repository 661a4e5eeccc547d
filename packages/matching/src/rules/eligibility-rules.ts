import {
  backgroundCheckResults,
  labelCode,
  monthsBetweenDates,
  partnerStatuses,
  trainingCourses,
} from '@parent-partner/core';
import { createMonthThreshold } from '../month-threshold';
import { appendItem, rememberLast } from '../record-index';
import { defineRule, type ExplanationLanguage, type FindingValue } from '../rule';

function listLabels(
  list: Parameters<typeof labelCode>[0],
  value: FindingValue | undefined,
  language: ExplanationLanguage,
): string {
  const codes = Array.isArray(value) ? value : [];
  return codes.map((code) => labelCode(list, String(code), language)).join(', ');
}

const passed = (code: string) => Object.freeze({ passed: true, code });

const activePass = passed('partner_active');

/** Constraint: only partners whose status is `active` are proposed (applicants, partners in training or on leave are not). */
export const partnerActiveRule = defineRule({
  id: 'partner-active',
  kind: 'constraint',
  scope: 'partner',
  description:
    'Only active partners are proposed; it protects parents from being promised someone who is in training, on leave or no longer mentoring.',
  messages: {
    partner_active: { en: 'The partner is active.', es: 'La persona mentora está activa.' },
    partner_not_active: {
      en: (values) =>
        `The partner is not active (${labelCode(partnerStatuses, String(values.status), 'en')}).`,
      es: (values) =>
        `La persona mentora no está activa (${labelCode(partnerStatuses, String(values.status), 'es')}).`,
    },
  },
  evaluate: (_parent, partner) =>
    partner.status === 'active'
      ? activePass
      : { passed: false, code: 'partner_not_active', values: { status: partner.status } },
});

const trainingsPass = passed('trainings_current');
const indexRequiredCourses = rememberLast(
  (required: readonly string[]): ReadonlyMap<string, number> =>
    new Map(required.map((course, index) => [course, index])),
);

/**
 * Constraint: every training the program requires is completed on or before `asOf` and not expired.
 *
 * A training with `expiresOn` equal to `asOf` has expired: `expiresOn` is the first day it no longer counts.
 */
export const trainingsCurrentRule = defineRule({
  id: 'trainings-current',
  kind: 'constraint',
  scope: 'partner',
  description:
    'Every required training is completed and current on the decision date; it protects parents by making sure their partner was trained in safety, boundaries, mandatory reporting and confidentiality.',
  messages: {
    trainings_current: {
      en: 'Every required training is current.',
      es: 'Todas las capacitaciones requeridas están vigentes.',
    },
    trainings_not_current: {
      en: (values) =>
        [
          values.missing && Array.isArray(values.missing) && values.missing.length > 0
            ? `Missing training: ${listLabels(trainingCourses, values.missing, 'en')}.`
            : '',
          values.expired && Array.isArray(values.expired) && values.expired.length > 0
            ? `Expired training: ${listLabels(trainingCourses, values.expired, 'en')}.`
            : '',
        ]
          .filter(Boolean)
          .join(' '),
      es: (values) =>
        [
          values.missing && Array.isArray(values.missing) && values.missing.length > 0
            ? `Falta la capacitación: ${listLabels(trainingCourses, values.missing, 'es')}.`
            : '',
          values.expired && Array.isArray(values.expired) && values.expired.length > 0
            ? `Capacitación vencida: ${listLabels(trainingCourses, values.expired, 'es')}.`
            : '',
        ]
          .filter(Boolean)
          .join(' '),
    },
  },
  evaluate: (_parent, partner, context) => {
    const required = context.policy.requiredTrainings;
    if (required.length === 0) return trainingsPass;
    const asOf = context.asOf;
    const positions = indexRequiredCourses(required);
    // One pass over the partner's trainings; bit sets of current and expired courses (at most 50 courses: two numbers each).
    let currentLow = 0;
    let currentHigh = 0;
    let expiredLow = 0;
    let expiredHigh = 0;
    for (const training of partner.trainings) {
      const position = positions.get(training.course);
      if (position === undefined || training.completedOn > asOf) continue;
      const high = position >= 25;
      const bit = 1 << (high ? position - 25 : position);
      // Zero-padded ISO dates compare correctly as strings.
      if (training.expiresOn === undefined || training.expiresOn > asOf) {
        if (high) currentHigh |= bit;
        else currentLow |= bit;
      } else if (high) expiredHigh |= bit;
      else expiredLow |= bit;
    }
    const all = required.length >= 25 ? 2 ** 25 - 1 : 2 ** required.length - 1;
    const allHigh = required.length > 25 ? 2 ** (required.length - 25) - 1 : 0;
    if (currentLow === all && currentHigh === allHigh) return trainingsPass;
    let missing: string[] | undefined;
    let expired: string[] | undefined;
    for (let position = 0; position < required.length; position += 1) {
      const high = position >= 25;
      const bit = 1 << (high ? position - 25 : position);
      if (((high ? currentHigh : currentLow) & bit) !== 0) continue;
      if (((high ? expiredHigh : expiredLow) & bit) !== 0)
        expired = appendItem(expired, required[position] as string);
      else missing = appendItem(missing, required[position] as string);
    }
    if (!missing && !expired) return trainingsPass;
    return {
      passed: false,
      code: 'trainings_not_current',
      values: { missing: missing ?? [], expired: expired ?? [] },
    };
  },
});

const backgroundPass = passed('background_check_valid');
const backgroundThreshold = createMonthThreshold();
const clearedResults: ReadonlySet<string> = new Set(['cleared', 'cleared_with_review']);

/**
 * Constraint: the partner's background check is cleared and still valid on `asOf`.
 *
 * A check is valid for `backgroundCheckValidityMonths` months: it has lapsed on the day those months are complete.
 */
export const backgroundCheckValidRule = defineRule({
  id: 'background-check-valid',
  kind: 'constraint',
  scope: 'partner',
  description:
    'The background check is cleared and within its validity on the decision date; it protects the safety of parents and children.',
  messages: {
    background_check_valid: {
      en: 'The background check is cleared and current.',
      es: 'La verificación de antecedentes está aprobada y vigente.',
    },
    background_check_missing: {
      en: 'No background check is recorded on or before the decision date.',
      es: 'No hay verificación de antecedentes registrada a la fecha de la decisión.',
    },
    background_check_not_cleared: {
      en: (values) =>
        `The background check is not cleared (${labelCode(backgroundCheckResults, String(values.result), 'en')}).`,
      es: (values) =>
        `La verificación de antecedentes no está aprobada (${labelCode(backgroundCheckResults, String(values.result), 'es')}).`,
    },
    background_check_expired: {
      en: (values) => `The background check is older than ${values.validityMonths} months.`,
      es: (values) =>
        `La verificación de antecedentes tiene más de ${values.validityMonths} meses.`,
    },
  },
  evaluate: (_parent, partner, context) => {
    const check = partner.backgroundCheck;
    if (!check || check.checkedOn > context.asOf) {
      return { passed: false, code: 'background_check_missing' };
    }
    if (!clearedResults.has(check.result)) {
      return {
        passed: false,
        code: 'background_check_not_cleared',
        values: { result: check.result },
      };
    }
    const validityMonths = context.policy.backgroundCheckValidityMonths;
    if (check.checkedOn <= backgroundThreshold(context.asOf, validityMonths)) {
      return { passed: false, code: 'background_check_expired', values: { validityMonths } };
    }
    return backgroundPass;
  },
});

/**
 * Constraint: the partner's own case was resolved at least `monthsSinceCaseResolved` months before `asOf` (12 by default) and, when the policy asks, closed.
 *
 * A case resolved exactly 12 months before `asOf` passes (whole months as counted by `monthsBetweenDates`).
 */
export const ownCaseResolvedRule = defineRule({
  id: 'own-case-resolved',
  kind: 'constraint',
  scope: 'partner',
  description:
    'The partner’s own case was resolved long enough ago (one year in Iowa and Wisconsin) and is closed; it protects the partner’s own recovery and the parent’s trust.',
  messages: {
    own_case_resolved: {
      en: (values) => `The partner’s own case was resolved at least ${values.required} months ago.`,
      es: (values) =>
        `El caso propio de la persona mentora se resolvió hace al menos ${values.required} meses.`,
    },
    own_case_too_recent: {
      en: (values) =>
        `The partner’s own case was resolved ${values.months} months ago; the program asks for ${values.required}.`,
      es: (values) =>
        `El caso propio de la persona mentora se resolvió hace ${values.months} meses; el programa pide ${values.required}.`,
    },
    own_case_not_closed: {
      en: 'The partner’s own case is not closed.',
      es: 'El caso propio de la persona mentora no está cerrado.',
    },
  },
  evaluate: (_parent, partner, context) => {
    const own = partner.ownCase;
    const required = context.policy.monthsSinceCaseResolved;
    if (own.resolvedOn > resolutionThreshold(context.asOf, required)) {
      const months = Math.max(0, monthsBetweenDates(own.resolvedOn, context.asOf));
      return { passed: false, code: 'own_case_too_recent', values: { months, required } };
    }
    if (
      context.policy.requireCaseClosed &&
      (own.closedOn === undefined || own.closedOn > context.asOf)
    ) {
      return { passed: false, code: 'own_case_not_closed' };
    }
    return { passed: true, code: 'own_case_resolved', values: { required } };
  },
});

const resolutionThreshold = createMonthThreshold();
const recoveryThreshold = createMonthThreshold();
const recoveryNotRequired = Object.freeze({
  passed: true,
  code: 'recovery_not_required',
  skipped: true,
});

/** Constraint: where the program asks for continuous recovery (`sobrietyMonths`), the partner's recovery date is at least that many months before `asOf`. */
export const recoveryTimeRule = defineRule({
  id: 'recovery-time',
  kind: 'constraint',
  scope: 'partner',
  description:
    'Where the program asks for it (Kentucky START: 36 months; Oregon: 24), the partner has been in recovery long enough; it protects the partner’s recovery and the parent.',
  messages: {
    recovery_not_required: {
      en: 'The program does not ask for a recovery period.',
      es: 'El programa no pide un período de recuperación.',
    },
    recovery_time_met: {
      en: (values) => `The partner has at least ${values.required} months of recovery.`,
      es: (values) => `La persona mentora lleva al menos ${values.required} meses de recuperación.`,
    },
    recovery_date_missing: {
      en: 'No recovery date is recorded and the program asks for one.',
      es: 'No hay fecha de recuperación registrada y el programa la pide.',
    },
    recovery_too_recent: {
      en: (values) =>
        `The partner has ${values.months} months of recovery; the program asks for ${values.required}.`,
      es: (values) =>
        `La persona mentora lleva ${values.months} meses de recuperación; el programa pide ${values.required}.`,
    },
  },
  evaluate: (_parent, partner, context) => {
    const required = context.policy.sobrietyMonths;
    if (required === undefined) return recoveryNotRequired;
    if (partner.recoveryDate === undefined || partner.recoveryDate > context.asOf) {
      return { passed: false, code: 'recovery_date_missing' };
    }
    if (partner.recoveryDate > recoveryThreshold(context.asOf, required)) {
      const months = monthsBetweenDates(partner.recoveryDate, context.asOf);
      return { passed: false, code: 'recovery_too_recent', values: { months, required } };
    }
    return { passed: true, code: 'recovery_time_met', values: { required } };
  },
});

/** Constraint: the partner's active matches are below their maximum caseload (their own, or the program default); a caseload at its maximum is full. */
export const hasCapacityRule = defineRule({
  id: 'has-capacity',
  kind: 'constraint',
  scope: 'partner',
  description:
    'The partner has room in their caseload; it protects partners from overload (workforce support) and parents from a partner with no time for them.',
  messages: {
    capacity_available: {
      en: (values) => `The partner has ${values.caseload} of ${values.maxCaseload} families.`,
      es: (values) =>
        `La persona mentora acompaña a ${values.caseload} de ${values.maxCaseload} familias.`,
    },
    caseload_full: {
      en: (values) =>
        `The partner’s caseload is full (${values.caseload} of ${values.maxCaseload}).`,
      es: (values) =>
        `La persona mentora no tiene cupo (${values.caseload} de ${values.maxCaseload} familias).`,
    },
  },
  evaluate: (_parent, partner, context) => {
    const caseload = context.caseloads.get(partner.id) ?? 0;
    const maxCaseload = partner.maxCaseload ?? context.policy.defaultMaxCaseload;
    return caseload < maxCaseload
      ? { passed: true, code: 'capacity_available', values: { caseload, maxCaseload } }
      : { passed: false, code: 'caseload_full', values: { caseload, maxCaseload } };
  },
});
