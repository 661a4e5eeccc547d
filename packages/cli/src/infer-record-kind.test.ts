import { describe, expect, it } from 'vitest';
import { inferRecordKind } from './infer-record-kind';

describe('inferRecordKind', () => {
  it.each([
    ['parents.csv', 'parent'],
    ['exports/Door-County_Parents.CSV', 'parent'],
    ['partners.ndjson', 'parentPartner'],
    ['parent-partners.json', 'parentPartner'],
    ['parent_partner.csv', 'parentPartner'],
    ['support-sessions.ndjson', 'supportSession'],
    ['group-events.jsonl', 'groupEvent'],
    ['matches.ndjson', 'match'],
    ['program.json', 'program'],
    ['C:\\exports\\contacts.csv', 'contact'],
    ['consents.ndjson', 'consent'],
  ] as const)('reads %s as %s', (fileName, kind) => {
    expect(inferRecordKind(fileName)).toBe(kind);
  });

  it('says nothing for a name without a kind', () => {
    expect(inferRecordKind('roster-2026.csv')).toBeUndefined();
    expect(inferRecordKind('notes.csv')).toBeUndefined();
  });
});
