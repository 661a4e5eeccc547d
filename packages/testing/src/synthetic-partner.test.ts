import { parseParentPartner } from '@parent-partner/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSyntheticPartner } from './synthetic-partner';

describe('example: createSyntheticPartner', () => {
  it('applies overrides and serves the home county', () => {
    const partner = createSyntheticPartner('p1', { status: 'active', maxCaseload: 3 });
    expect([
      partner.status,
      partner.maxCaseload,
      partner.countiesServed.includes(partner.countyFips),
    ]).toEqual(['active', 3, true]);
  });
});

describe('createSyntheticPartner', () => {
  it('gives a valid parsed-shape partner for any seed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), (seed) => {
        const partner = createSyntheticPartner(seed);
        expect(parseParentPartner(JSON.parse(JSON.stringify(partner)))).toStrictEqual(partner);
      }),
      { numRuns: 200 },
    );
  });

  it('draws the eligibility mixes matching rules need to exclude', () => {
    const asOf = '2026-07-01';
    const partners = Array.from({ length: 400 }, (_, seed) =>
      createSyntheticPartner(seed, {}, { asOf }),
    );
    const yearAgo = '2025-07-01';
    const twoYearsAgo = '2024-07-01';
    const recent = partners.filter((partner) => partner.ownCase.resolvedOn > yearAgo);
    const expired = partners.filter((partner) =>
      ['mandatory_reporting', 'confidentiality'].some((course) => {
        const latest = partner.trainings.filter((training) => training.course === course).at(-1);
        return latest?.expiresOn !== undefined && latest.expiresOn < asOf;
      }),
    );
    const stale = partners.filter(
      (partner) =>
        partner.backgroundCheck !== undefined && partner.backgroundCheck.checkedOn < twoYearsAgo,
    );
    for (const group of [recent, expired, stale]) {
      expect(group.length).toBeGreaterThan(partners.length * 0.02);
      expect(group.length).toBeLessThan(partners.length * 0.3);
    }
    expect(partners.filter((partner) => partner.status === 'active').length).toBeGreaterThan(240);
    for (const partner of partners) {
      expect(partner.ownCase.resolvedOn <= asOf).toBe(true);
      expect(partner.livedExperience).toContain('child_removal');
      if (partner.maxCaseload !== undefined) {
        expect(partner.maxCaseload).toBeGreaterThanOrEqual(1);
        expect(partner.maxCaseload).toBeLessThanOrEqual(6);
      }
    }
  });
});
