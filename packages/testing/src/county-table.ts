import type { ProgramCounty } from '@parent-partner/core';
import { ParentPartnerError } from '@parent-partner/core';
import type { Random } from './random';

/** A county of a state's fixed table: FIPS code, name, land neighbours and approximate population. */
export interface StateCounty extends ProgramCounty {
  /** Approximate population in thousands (2020 census, rounded); weights where synthetic families live. */
  readonly populationThousands: number;
}

/** Builds a county table from `[fips, name, population, neighbour names]` rows, making the neighbour relation symmetric. */
export function buildCountyTable(
  rows: readonly (readonly [
    fips: string,
    name: string,
    populationThousands: number,
    neighbors: readonly string[],
  ])[],
): readonly StateCounty[] {
  const fipsByName = new Map(rows.map(([fips, name]) => [name, fips]));
  const neighbors = new Map<string, Set<string>>(rows.map(([fips]) => [fips, new Set<string>()]));
  for (const [fips, , , names] of rows) {
    for (const name of names) {
      const other = fipsByName.get(name);
      if (other === undefined || other === fips) {
        throw new ParentPartnerError(
          'INVALID_ARGUMENT',
          'County table names an unknown neighbour.',
        );
      }
      neighbors.get(fips)?.add(other);
      neighbors.get(other)?.add(fips);
    }
  }
  return Object.freeze(
    rows.map(([fips, name, populationThousands]) =>
      Object.freeze({
        fips,
        name,
        neighbors: [...(neighbors.get(fips) ?? [])].sort(),
        populationThousands,
      }),
    ),
  );
}

/** Picks a county with probability proportional to its population (where more families live). */
export function pickCountyByPopulation(
  random: Random,
  counties: readonly StateCounty[],
): StateCounty {
  let total = 0;
  for (const county of counties) total += county.populationThousands;
  let roll = random.next() * total;
  for (const county of counties) {
    roll -= county.populationThousands;
    if (roll < 0) return county;
  }
  return counties[counties.length - 1] as StateCounty;
}
