import { describe, expect, it } from 'vitest';
import { FieldShapeLookup } from './field-shape';

describe('FieldShapeLookup', () => {
  const parent = new FieldShapeLookup('parent');

  it.each([
    ['id', { kind: 'scalar', scalar: 'text' }],
    ['name.given', { kind: 'scalar', scalar: 'text' }],
    ['interpreterNeeded', { kind: 'scalar', scalar: 'boolean' }],
    ['languages', { kind: 'list', item: 'text' }],
    ['languages.0', { kind: 'scalar', scalar: 'text' }],
    ['children.0.ageYears', { kind: 'scalar', scalar: 'number' }],
    ['children.0.permanencyGoal', { kind: 'scalar', scalar: 'text' }],
    ['address.latitude', { kind: 'scalar', scalar: 'number' }],
    ['matchingPreferences.partnerGenders', { kind: 'list', item: 'text' }],
    ['name', { kind: 'object' }],
    ['children', { kind: 'object' }],
  ] as const)('describes %s', (path, shape) => {
    expect(parent.describe(path)).toEqual(shape);
  });

  it.each(['nickname', 'name.middle', 'children.first.permanencyGoal', '', 'name..given'])(
    'knows no field %j',
    (path) => {
      expect(parent.describe(path)).toBeUndefined();
    },
  );

  it('reads a program’s numbers and nested lists', () => {
    const program = new FieldShapeLookup('program');
    expect(program.describe('fiscalYearStartMonth')).toEqual({ kind: 'scalar', scalar: 'number' });
    expect(program.describe('counties.0.neighbors')).toEqual({ kind: 'list', item: 'text' });
  });
});
