import { parsePeriod, safeParsePeriod, validateRecords } from '@parent-partner/core';
import { createCallProgram } from './data';

/** Validates records as they arrive from outside (one broken row among them) and parses periods. */
export async function run(): Promise<unknown> {
  const { parents } = createCallProgram();
  const rows: unknown[] = JSON.parse(JSON.stringify(parents));
  rows.push({ ...(rows[0] as object), id: 'parent-broken', birthDate: '2026-02-30' });
  const result = validateRecords('parent', rows);
  return {
    valid: result.valid.map((parent) => parent.id),
    invalid: JSON.parse(JSON.stringify(result.invalid)),
    period: JSON.parse(JSON.stringify(parsePeriod('SFY2026-Q2'))),
    badPeriod: safeParsePeriod('SFY2026-Q5').success,
  };
}
