import type { RecordKind } from '@parent-partner/core';
import { expectTypeOf, test } from 'vitest';
import {
  type CategoryDecision,
  type Consent,
  canDisclose,
  classifyFields,
  createPseudonymizer,
  type DisclosureDecision,
  type DisclosureLogVerification,
  type FieldClassification,
  type InformationCategory,
  type LegalBasis,
  type ProtectedCell,
  type Pseudonym,
  type Purpose,
  safeCreateConsent,
  suppressSmallCells,
  verifyDisclosureLog,
} from './index';

test('codes accept the standard lists and custom: codes, nothing else', () => {
  expectTypeOf<'substance-use-disorder'>().toExtend<InformationCategory>();
  expectTypeOf<'custom:housing-plan'>().toExtend<InformationCategory>();
  expectTypeOf<'housing-plan'>().not.toExtend<InformationCategory>();
  expectTypeOf<'part2-consent'>().toExtend<LegalBasis>();
  expectTypeOf<'court'>().toExtend<Purpose>();
  expectTypeOf<'gossip'>().not.toExtend<Purpose>();
});

test('consents and decisions', () => {
  expectTypeOf<Consent['legalBasis']>().toEqualTypeOf<LegalBasis>();
  expectTypeOf(canDisclose).returns.toEqualTypeOf<DisclosureDecision>();
  expectTypeOf<DisclosureDecision['decision']>().toEqualTypeOf<'permit' | 'partial' | 'deny'>();
  expectTypeOf<CategoryDecision['decision']>().toEqualTypeOf<'permit' | 'deny'>();
  const result = safeCreateConsent({});
  if (result.success) expectTypeOf(result.data).toEqualTypeOf<Consent>();
  else expectTypeOf(result.error.issues).toExtend<readonly { path: string; code: string }[]>();
});

test('helpers', () => {
  expectTypeOf(classifyFields).parameter(0).toEqualTypeOf<RecordKind>();
  expectTypeOf(classifyFields).returns.toEqualTypeOf<readonly FieldClassification[]>();
  expectTypeOf<Pseudonym['status']>().toEqualTypeOf<'pseudonymised'>();
  expectTypeOf(createPseudonymizer).returns.resolves.toHaveProperty('pseudonymize');
  expectTypeOf(verifyDisclosureLog).returns.resolves.toEqualTypeOf<DisclosureLogVerification>();
  const cell = {} as ProtectedCell;
  if (cell.status === 'suppressed') expectTypeOf(cell).not.toHaveProperty('value');
  else expectTypeOf(cell.value).toEqualTypeOf<number>();
  expectTypeOf(suppressSmallCells).parameter(1).toExtend<object | undefined>();
});
