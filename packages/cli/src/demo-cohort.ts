import type { ParentPartner, Program } from '@parent-partner/core';
import { createSyntheticPartner, syntheticRequiredTrainings } from '@parent-partner/testing';

/**
 * Creates the demo's new cohort of parent partners, who finished training the month before `asOf`: active,
 * trained, background-checked, reunified three years ago, in recovery for one to three years, each based in one
 * of the program's counties and serving it and its neighbours. A synthetic program's waitlist exists because every partner is at
 * capacity, so the demo needs them to have someone to assign.
 */
export function createDemoCohort(
  program: Program,
  count: number,
  seed: string,
  asOf: string,
): ParentPartner[] {
  const year = Number(asOf.slice(0, 4));
  const trainedOn = `${asOf.slice(0, 7)}-01`;
  const programCounties = new Set(program.counties.map((county) => county.fips));
  return Array.from({ length: count }, (_, index) => {
    const county = program.counties[index % program.counties.length];
    if (county === undefined) throw new RangeError('The program has no county.');
    const served = [county.fips, ...county.neighbors.filter((fips) => programCounties.has(fips))];
    return createSyntheticPartner(
      `${seed}-cohort-${index + 1}`,
      {
        id: `partner-cohort-${String(index + 1).padStart(2, '0')}` as ParentPartner['id'],
        status: 'active',
        countyFips: county.fips,
        countiesServed: served,
        maxCaseload: 4,
        ownCase: {
          resolution: 'reunification',
          resolvedOn: `${year - 3}-03-15`,
          closedOn: `${year - 3}-09-30`,
        },
        recoveryDate: `${year - 1 - (index % 3)}-01-10`,
        trainings: syntheticRequiredTrainings.map((course) => ({ course, completedOn: trainedOn })),
        backgroundCheck: { checkedOn: trainedOn, result: 'cleared' },
        relationships: [],
        connectedHouseholdIds: [],
      },
      { asOf, countyFips: county.fips },
    );
  });
}
