import type { Contact, Parent, ParentPartner, Program } from '@parent-partner/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { SyntheticProgram, SyntheticProgramOptions } from './index';
import { createSyntheticParent, createSyntheticPartner, createSyntheticProgram } from './index';

describe('public types', () => {
  it('returns core record types', () => {
    expectTypeOf(createSyntheticProgram).returns.toEqualTypeOf<SyntheticProgram>();
    expectTypeOf<SyntheticProgram['parents']>().toEqualTypeOf<Parent[]>();
    expectTypeOf<SyntheticProgram['partners']>().toEqualTypeOf<ParentPartner[]>();
    expectTypeOf<SyntheticProgram['contacts']>().toEqualTypeOf<Contact[]>();
    expectTypeOf<SyntheticProgram['program']>().toEqualTypeOf<Program>();
    expectTypeOf(createSyntheticParent).returns.toEqualTypeOf<Parent>();
    expectTypeOf(createSyntheticPartner).returns.toEqualTypeOf<ParentPartner>();
  });

  it('requires a seed and a reference date, nothing else', () => {
    expectTypeOf<{ seed: 1; asOf: '2026-06-30' }>().toExtend<SyntheticProgramOptions>();
    expectTypeOf<{ seed: 1 }>().not.toExtend<SyntheticProgramOptions>();
    expectTypeOf<SyntheticProgramOptions['seed']>().toEqualTypeOf<number | string>();
    expectTypeOf<NonNullable<SyntheticProgramOptions['state']>>().toEqualTypeOf<'WI' | 'IA'>();
  });

  it('takes overrides typed as partial records', () => {
    expectTypeOf(createSyntheticParent).parameter(1).toEqualTypeOf<Partial<Parent> | undefined>();
    // @ts-expect-error: a parent has no maxCaseload
    createSyntheticParent(1, { maxCaseload: 3 });
  });
});
