import { ValidationError } from '@parent-partner/core';
import { describe, expect, test } from 'vitest';
import { disclosure } from '../test/fixtures';
import {
  accountingOfDisclosures,
  findRetentionStart,
  retentionPolicies,
} from './accounting-of-disclosures';
import { createMemoryDisclosureStore, recordDisclosure } from './disclosure-store';

async function buildLog() {
  const store = createMemoryDisclosureStore();
  await recordDisclosure(store, disclosure);
  await recordDisclosure(store, {
    ...disclosure,
    subjectId: 'parent-example-2',
    disclosedAt: '2025-04-01T09:00:00-05:00',
  });
  await recordDisclosure(store, {
    ...disclosure,
    disclosedAt: '2024-12-31T23:30:00-06:00',
    recipient: { name: 'Example Treatment Center' },
    purpose: 'case-planning',
    legalBasis: { type: 'consent', consentId: 'consent-example-part2', consentVersion: 1 },
  });
  await recordDisclosure(store, {
    ...disclosure,
    disclosedAt: '2025-02-01T08:00:00+00:00',
    recipient: { name: 'Example Agency' },
    purpose: 'case-planning',
    legalBasis: { type: 'consent', consentId: 'consent-example-general' },
  });
  return store.readAll();
}

test('example: accountingOfDisclosures', async () => {
  const disclosure = {
    disclosedAt: '2025-03-03T10:01:00-06:00',
    subjectId: 'parent-example-1',
    recipient: { name: 'Example County Court' },
    categories: ['program-participation'],
    purpose: 'court',
    legalBasis: { type: 'exception', exception: 'court-order' },
    disclosedBy: { id: 'staff-example-1' },
  } as const;
  const store = createMemoryDisclosureStore();
  await recordDisclosure(store, disclosure);
  await recordDisclosure(store, { ...disclosure, subjectId: 'parent-example-2' });
  const lines = accountingOfDisclosures(await store.readAll(), 'parent-example-1', {
    start: '2025-01-01T00:00:00-06:00',
    end: '2026-01-01T00:00:00-06:00',
  });
  expect(lines.map((line) => [line.recipient, line.purpose])).toEqual([
    ['Example County Court', 'court'],
  ]);
});

describe('accountingOfDisclosures', () => {
  test('lists the subject’s disclosures in the period, oldest first, with what an accounting needs', async () => {
    const lines = accountingOfDisclosures(await buildLog(), 'parent-example-1', {
      start: '2025-01-01T00:00:00-06:00',
      end: '2026-01-01T00:00:00-06:00',
    });
    expect(lines.map((line) => line.recipient)).toEqual(['Example Agency', 'Example County Court']);
    expect(lines[1]).toEqual({
      disclosedAt: '2025-03-03T10:01:00-06:00',
      recipient: 'Example County Court',
      recipientAddress: '1 Example Plaza, Exampleville',
      categories: ['program-participation', 'contact-notes'],
      description: 'Attendance summary for the review hearing',
      purpose: 'court',
      legalBasis: { type: 'exception', exception: 'court-order', reference: 'order-example-7' },
      sequence: 0,
    });
  });

  test('the period is compared as instants: 23:30-06:00 on 31 December is 05:30 Z on 1 January', async () => {
    const lines = accountingOfDisclosures(await buildLog(), 'parent-example-1', {
      start: '2025-01-01T00:00:00Z',
      end: '2025-01-02T00:00:00Z',
    });
    expect(lines.map((line) => line.recipient)).toEqual(['Example Treatment Center']);
  });

  test('a program can leave out disclosures it need not account for', async () => {
    const lines = accountingOfDisclosures(
      await buildLog(),
      'parent-example-1',
      { start: '2024-01-01T00:00:00Z', end: '2026-01-01T00:00:00Z' },
      { exclude: (entry) => entry.legalBasis.type === 'consent' },
    );
    expect(lines.map((line) => line.recipient)).toEqual(['Example County Court']);
  });

  test('a malformed period is refused', async () => {
    expect(() =>
      accountingOfDisclosures([], 'parent-example-1', {
        start: 'last year',
        end: '2026-01-01T00:00:00Z',
      }),
    ).toThrow(ValidationError);
  });
});

test('retention policies give the earliest instant still covered', () => {
  expect(findRetentionStart('2031-05-01T12:00:00-05:00', retentionPolicies.hipaa)).toBe(
    '2025-05-01T17:00:00.000Z',
  );
  expect(findRetentionStart('2031-05-01T12:00:00Z', retentionPolicies.part2)).toBe(
    '2028-05-01T12:00:00.000Z',
  );
});
