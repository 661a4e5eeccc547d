import { recordKinds, recordSchemas } from '@parent-partner/core';
import { describe, expect, test } from 'vitest';
import { UnknownCodeError } from './errors';
import { classifyFields, fieldClassifications } from './field-classification';
import { listLeafFieldPaths } from './field-paths';
import { resolveInformationCategory } from './information-category';

test('example: classifyFields', () => {
  expect(
    classifyFields('contact')
      .filter((item) => item.tags.includes('free-text'))
      .map((item) => [item.path, item.categories]),
  ).toEqual([['notes', ['contact-notes']]]);
});

test('example: listLeafFieldPaths', async () => {
  const z = await import('zod');
  expect(
    listLeafFieldPaths(
      z.object({ id: z.string(), children: z.array(z.object({ birthDate: z.string() })) }),
    ),
  ).toEqual(['id', 'children[].birthDate']);
});

describe('classifyFields', () => {
  test.each(recordKinds)(
    'every leaf field of the core %s schema is classified, and nothing else',
    (kind) => {
      const schemaPaths = listLeafFieldPaths(recordSchemas[kind]).sort();
      const classified = classifyFields(kind).map((item) => item.path);
      expect(new Set(classified).size).toBe(classified.length);
      expect([...classified].sort()).toEqual(schemaPaths);
    },
  );

  test('every kind of the classification is a core record kind', () => {
    expect(Object.keys(fieldClassifications).sort()).toEqual([...recordKinds].sort());
  });

  test('every category named in the classification exists', () => {
    for (const kind of recordKinds) {
      for (const item of classifyFields(kind)) {
        const named = [
          ...item.categories,
          ...Object.values(item.valueCategories ?? {}).flat(),
          ...(item.confidentialWhen?.categories ?? []),
        ];
        for (const category of named)
          expect(resolveInformationCategory(category), `${kind}.${item.path}`).toBeDefined();
      }
    }
  });

  test('direct identifiers and free text are removed by Safe Harbor', () => {
    for (const kind of recordKinds) {
      for (const item of classifyFields(kind)) {
        if (item.tags.includes('direct-identifier') || item.tags.includes('free-text')) {
          expect(item.safeHarbor, `${kind}.${item.path}`).toBe('remove');
        }
        if (item.identifierKind === 'dates')
          expect(['year', 'birth-date', 'remove']).toContain(item.safeHarbor);
      }
    }
  });

  test('names, contact points, addresses and notes are tagged as people expect', () => {
    const parent = new Map(classifyFields('parent').map((item) => [item.path, item]));
    expect(parent.get('name.family')?.tags).toEqual(['direct-identifier']);
    expect(parent.get('address.postalCode')?.safeHarbor).toBe('zip3');
    expect(parent.get('dateOfBirth')?.safeHarbor).toBe('birth-date');
    expect(parent.get('caseReference.caseNumber')?.categories).toEqual(['case-plan']);
    expect(parent.get('livedExperience')?.valueCategories?.substance_use).toEqual([
      'substance-use-disorder',
    ]);
  });

  test('an unknown kind is an error', () => {
    expect(() => classifyFields('household' as 'parent')).toThrow(UnknownCodeError);
  });
});
