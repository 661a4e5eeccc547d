import type { RecordKind } from '@parent-partner/core';
import type { DisclosureDecision } from './can-disclose';
import { PrivacyError } from './errors';
import { classifyFields } from './field-classification';
import type { InformationCategory } from './information-category';
import { readPath, rebuildRecord } from './record-fields';

/** Options for {@link redactRecord}. */
export interface RedactRecordOptions {
  /** The core record kind of the record, which selects its field classification. */
  readonly kind: RecordKind;
}

/** A record reduced to what a decision permits, with the paths that lost values. */
export interface RedactionResult {
  /** The redacted record (a new object; the input is not changed). */
  readonly record: Record<string, unknown>;
  /** Paths (with `[]` for array elements) whose values were removed or filtered. */
  readonly removedPaths: readonly string[];
}

// The field that says which parent a record is about; redaction refuses a decision about someone else.
const subjectPaths: Partial<Record<RecordKind, string>> = {
  parent: 'id',
  referral: 'parentId',
  match: 'parentId',
  contact: 'parentId',
  removalEpisode: 'parentId',
  maltreatmentReport: 'parentId',
};

/**
 * Removes from a record everything a disclosure decision does not permit (minimum necessary): each field is kept only
 * when all of its information categories are permitted, free-text notes included; an address held by an
 * address-confidentiality program also needs that category; codes such as a lived-experience topic are filtered one by
 * one; fields the classification does not know are dropped.
 *
 * @example
 * ```ts
 * const contact = {
 *   id: 'contact-example-1',
 *   parentId: 'parent-example-1',
 *   partnerId: 'partner-example-1',
 *   date: '2025-03-01',
 *   minutes: 45,
 *   mode: 'in_person',
 *   activity: 'mentoring',
 *   participants: ['parent'],
 *   notes: 'Fictitious note.',
 * };
 * const decision = { subject: 'parent-example-1', permittedCategories: ['program-participation'] } as const;
 * Object.keys(redactRecord(contact, decision, { kind: 'contact' }).record);
 * //=> ['id', 'parentId', 'partnerId', 'date', 'minutes', 'mode']
 * ```
 */
export function redactRecord(
  record: Readonly<Record<string, unknown>>,
  decision: Pick<DisclosureDecision, 'permittedCategories' | 'subject'>,
  options: RedactRecordOptions,
): RedactionResult {
  const classifications = classifyFields(options.kind);
  const subjectPath = subjectPaths[options.kind];
  if (subjectPath === undefined) {
    throw new PrivacyError(
      'INVALID_ARGUMENT',
      `options.kind: a ${options.kind} record is not about a parent, so a disclosure decision cannot apply to it [not_a_subject_record]`,
    );
  }
  if (readPath(record, subjectPath) !== decision.subject) {
    throw new PrivacyError(
      'INVALID_ARGUMENT',
      `${subjectPath}: the decision is about another subject [wrong_subject]`,
    );
  }
  const permitted = new Set<InformationCategory>(decision.permittedCategories);
  const allPermitted = (categories: readonly InformationCategory[]) =>
    categories.every((category) => permitted.has(category));
  const filtered = new Set<string>();
  const result = rebuildRecord(record, classifications, (classification, value) => {
    const needed = [
      ...classification.categories,
      ...(classification.confidentialWhen !== undefined &&
      readPath(record, classification.confidentialWhen.path) === true
        ? classification.confidentialWhen.categories
        : []),
    ];
    if (!allPermitted(needed)) return { keep: false };
    const valueCategories = classification.valueCategories;
    if (valueCategories !== undefined && Array.isArray(value)) {
      const kept = value.filter((item) => allPermitted(valueCategories[String(item)] ?? []));
      if (kept.length !== value.length) filtered.add(classification.path);
      return { keep: true, value: kept };
    }
    return { keep: true, value };
  });
  return {
    record: result.record,
    removedPaths: [...new Set([...result.removedPaths, ...filtered])].sort(),
  };
}
