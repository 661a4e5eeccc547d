import type { StaffId } from '@parent-partner/core';
import type { StateCounty } from './county-table';

/** A coordinator's area: up to three neighbouring program counties, with its staff. */
export interface ProgramRegion {
  /** Program counties in the region, five-digit FIPS. */
  readonly counties: readonly string[];
  /** The region's coordinator. */
  coordinatorId: StaffId;
  /** The licensed clinician who runs the region's monthly support session. */
  clinicalSupportId: StaffId;
  /** Indexes of the partners the coordinator supervises. */
  readonly partnerIndexes: number[];
}

/** Groups program counties into regions of up to `size` neighbouring counties, in FIPS order. */
export function groupCountiesIntoRegions(
  counties: readonly StateCounty[],
  size: number,
): string[][] {
  const inProgram = new Map(counties.map((county) => [county.fips, county]));
  const assigned = new Set<string>();
  const regions: string[][] = [];
  for (const county of counties) {
    if (assigned.has(county.fips)) continue;
    const region = [county.fips];
    assigned.add(county.fips);
    for (let cursor = 0; cursor < region.length && region.length < size; cursor += 1) {
      const current = inProgram.get(region[cursor] as string);
      for (const neighbor of current?.neighbors ?? []) {
        if (region.length >= size) break;
        if (inProgram.has(neighbor) && !assigned.has(neighbor)) {
          region.push(neighbor);
          assigned.add(neighbor);
        }
      }
    }
    regions.push(region);
  }
  return regions;
}
