import { createSyntheticParent, createSyntheticProgram } from '@parent-partner/testing';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { caseworker, generalConsentInput, makeConsent } from '../test/fixtures';
import { canDisclose } from './can-disclose';
import { PrivacyError } from './errors';
import { classifyFields } from './field-classification';
import { standardInformationCategories } from './information-category';
import { redactRecord } from './redact-record';

test('example: redactRecord', () => {
  const contact = {
    id: 'contact-example-1',
    parentId: 'parent-example-1',
    partnerId: 'partner-example-1',
    date: '2025-03-01',
    minutes: 45,
    mode: 'in_person',
    activity: 'mentoring',
    participants: ['parent'],
    notes: 'Fictitious note.',
  };
  const decision = {
    subject: 'parent-example-1',
    permittedCategories: ['program-participation'],
  } as const;
  expect(Object.keys(redactRecord(contact, decision, { kind: 'contact' }).record)).toEqual([
    'id',
    'parentId',
    'partnerId',
    'date',
    'minutes',
    'mode',
  ]);
});

const program = createSyntheticProgram({
  seed: 'privacy-redaction',
  asOf: '2026-06-30',
  parents: 12,
  partners: 4,
  months: 6,
});

describe('redactRecord', () => {
  const contact = { ...program.contacts[0]!, notes: 'Fictitious note about a fictitious visit.' };
  const subject = contact.parentId;

  test('free-text notes are dropped unless their category is permitted, through canDisclose', () => {
    const consent = makeConsent(generalConsentInput, { subject: { kind: 'parent', id: subject } });
    const decision = canDisclose({
      consents: [consent],
      subject,
      recipient: caseworker,
      categories: ['program-participation', 'contact-notes'],
      purpose: 'case-planning',
      asOf: '2026-07-01T09:00:00-05:00',
    });
    expect(decision.permittedCategories).toEqual(['program-participation', 'contact-notes']);
    const kept = redactRecord(contact, decision, { kind: 'contact' });
    expect(kept.record).toEqual(contact);
    expect(kept.removedPaths).toEqual([]);
    const narrow = redactRecord(
      contact,
      { subject, permittedCategories: ['program-participation'] },
      { kind: 'contact' },
    );
    expect(narrow.record.notes).toBeUndefined();
    expect(narrow.removedPaths).toContain('notes');
  });

  test('a deny removes everything', () => {
    const decision = canDisclose({
      consents: [],
      subject,
      recipient: caseworker,
      categories: ['contact-notes'],
      purpose: 'case-planning',
      asOf: '2026-07-01T09:00:00-05:00',
    });
    expect(redactRecord(contact, decision, { kind: 'contact' }).record).toEqual({});
  });

  test('lived-experience topics are filtered one by one', () => {
    const parent = {
      ...createSyntheticParent(3, {
        livedExperience: ['substance_use', 'poverty', 'mental_health'],
      }),
      id: 'parent-example-9',
    };
    const decision = {
      subject: 'parent-example-9',
      permittedCategories: ['program-participation', 'mental-health'],
    } as const;
    const result = redactRecord(parent, decision, { kind: 'parent' });
    expect(result.record.livedExperience).toEqual(['poverty', 'mental_health']);
    expect(result.removedPaths).toContain('livedExperience');
  });

  test('an address held by an address-confidentiality program needs its own category', () => {
    const parent = { ...createSyntheticParent(5), id: 'parent-example-9' };
    const address = {
      line1: '1 Example Lane',
      city: 'Exampleville',
      state: 'WI',
      postalCode: '53000',
      countyFips: parent.countyFips,
      confidential: true,
    };
    const withAddress = { ...parent, address };
    const general = {
      subject: 'parent-example-9',
      permittedCategories: ['program-participation'],
    } as const;
    expect(redactRecord(withAddress, general, { kind: 'parent' }).record.address).toBeUndefined();
    const acp = {
      subject: 'parent-example-9',
      permittedCategories: ['program-participation', 'address-confidentiality-address'],
    } as const;
    expect(redactRecord(withAddress, acp, { kind: 'parent' }).record.address).toEqual(address);
    const ordinary = { ...parent, address: { ...address, confidential: false } };
    // The flag itself belongs to the address-confidentiality category, so it never travels without it.
    const { confidential: _flag, ...shown } = address;
    expect(redactRecord(ordinary, general, { kind: 'parent' }).record.address).toEqual(shown);
  });

  test('fields the classification does not know are dropped', () => {
    const extra = { ...contact, favouriteColour: 'teal' };
    const result = redactRecord(
      extra,
      { subject, permittedCategories: [...standardInformationCategories] },
      { kind: 'contact' },
    );
    expect(result.record).not.toHaveProperty('favouriteColour');
    expect(result.removedPaths).toEqual(['favouriteColour']);
  });

  test('a decision about another subject, or a record about no parent, is refused', () => {
    expect(() =>
      redactRecord(
        contact,
        { subject: 'parent-example-0', permittedCategories: [] },
        { kind: 'contact' },
      ),
    ).toThrow(/wrong_subject/);
    expect(() =>
      redactRecord(program.staff[0]!, { subject, permittedCategories: [] }, { kind: 'staff' }),
    ).toThrow(PrivacyError);
  });

  test('property: no field survives whose categories are not all permitted', () => {
    const records = [
      ...program.parents.map((record) => ({ kind: 'parent' as const, record, subject: record.id })),
      ...program.contacts
        .slice(0, 40)
        .map((record) => ({ kind: 'contact' as const, record, subject: record.parentId })),
      ...program.referrals.map((record) => ({
        kind: 'referral' as const,
        record,
        subject: record.parentId,
      })),
      ...program.removalEpisodes.map((record) => ({
        kind: 'removalEpisode' as const,
        record,
        subject: record.parentId,
      })),
      ...program.maltreatmentReports.map((record) => ({
        kind: 'maltreatmentReport' as const,
        record,
        subject: record.parentId,
      })),
      ...program.matches.map((record) => ({
        kind: 'match' as const,
        record,
        subject: record.parentId,
      })),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...records),
        fc.subarray([...standardInformationCategories]),
        ({ kind, record, subject: id }, permitted) => {
          const result = redactRecord(
            record,
            { subject: id, permittedCategories: permitted },
            { kind },
          );
          const allowed = new Set<string>(permitted);
          for (const item of classifyFields(kind)) {
            if (item.categories.every((category) => allowed.has(category))) continue;
            const [head, ...rest] = item.path.split('.');
            const root = head!.replace('[]', '');
            const value = result.record[root];
            if (rest.length === 0) expect(value, `${kind}.${item.path}`).toBeUndefined();
            else {
              const elements = Array.isArray(value) ? value : value === undefined ? [] : [value];
              for (const element of elements) {
                let inner: unknown = element;
                for (const part of rest)
                  inner = (inner as Record<string, unknown> | undefined)?.[part.replace('[]', '')];
                expect(inner, `${kind}.${item.path}`).toBeUndefined();
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
