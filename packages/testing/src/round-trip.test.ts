import { parseRecord, type RecordKind, recordKinds } from '@parent-partner/core';
import { describe, expect, it } from 'vitest';
import { createSyntheticProgram, type SyntheticProgram } from './synthetic-program';

const synthetic = createSyntheticProgram({
  seed: 'round-trip',
  asOf: '2026-06-30',
  months: 18,
  parents: 120,
  partners: 20,
  counties: 5,
});

const recordsByKind: Record<RecordKind, readonly unknown[]> = {
  parent: synthetic.parents,
  parentPartner: synthetic.partners,
  staff: synthetic.staff,
  referral: synthetic.referrals,
  match: synthetic.matches,
  contact: synthetic.contacts,
  removalEpisode: synthetic.removalEpisodes,
  placement: synthetic.placements,
  maltreatmentReport: synthetic.maltreatmentReports,
  supportSession: synthetic.supportSessions,
  engagement: synthetic.engagements,
  groupEvent: synthetic.groupEvents,
  program: [synthetic.program],
};

describe('synthetic records round-trip (generate → JSON → parse → equal)', () => {
  it('covers every record kind of core', () => {
    expect(Object.keys(recordsByKind).sort()).toEqual([...recordKinds].sort());
  });

  it.each(recordKinds.map((kind) => [kind]))('%s', (kind) => {
    const records = recordsByKind[kind];
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const parsed = parseRecord(kind, JSON.parse(JSON.stringify(record)));
      expect(parsed).toStrictEqual(record);
    }
  });

  it('keeps the generated output a plain JSON value', () => {
    const text = JSON.stringify(synthetic satisfies SyntheticProgram);
    expect(JSON.parse(text)).toStrictEqual(synthetic);
  });
});
