import { describe, expectTypeOf, it } from 'vitest';
import type { SafeResult, ValidationError } from './errors';
import type { Match } from './match';
import type { Parent } from './parent';
import { parseParent, safeParseParent } from './parsers';
import type { ParentId, PartnerId } from './primitives';
import { parseRecord, type RecordOf } from './record-kinds';

describe('public types', () => {
  it('parsers return the inferred record types', () => {
    expectTypeOf(parseParent).returns.toEqualTypeOf<Parent>();
    expectTypeOf(safeParseParent).returns.toEqualTypeOf<SafeResult<Parent, ValidationError>>();
    expectTypeOf(parseRecord<'contact'>).returns.toEqualTypeOf<RecordOf<'contact'>>();
  });

  it('ids are branded and not interchangeable', () => {
    expectTypeOf<Parent['id']>().toEqualTypeOf<ParentId>();
    expectTypeOf<ParentId>().not.toEqualTypeOf<PartnerId>();
    expectTypeOf<string>().not.toExtend<ParentId>();
  });

  it('code fields accept known codes and custom: codes only', () => {
    expectTypeOf<'substance_use'>().toExtend<Parent['livedExperience'][number]>();
    expectTypeOf<'custom:rural_isolation'>().toExtend<Parent['livedExperience'][number]>();
    expectTypeOf<'unknown_topic'>().not.toExtend<Parent['livedExperience'][number]>();
  });

  it('closed code lists such as lifecycle statuses refuse custom: codes', () => {
    expectTypeOf<'active'>().toExtend<Match['status']>();
    expectTypeOf<'custom:retired'>().not.toExtend<Match['status']>();
  });
});
