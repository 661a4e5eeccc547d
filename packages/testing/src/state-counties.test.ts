import { describe, expect, it } from 'vitest';
import { buildCountyTable } from './county-table';
import { iowaCounties } from './iowa-counties';
import { listStateCounties } from './state-counties';
import { wisconsinCounties } from './wisconsin-counties';

describe('example: wisconsinCounties', () => {
  it('finds Door County by FIPS', () => {
    expect(wisconsinCounties.find((county) => county.fips === '55029')?.name).toBe('Door');
  });
});

describe('example: iowaCounties', () => {
  it('finds Polk County by FIPS', () => {
    expect(iowaCounties.find((county) => county.fips === '19153')?.name).toBe('Polk');
  });
});

describe('example: listStateCounties', () => {
  it('lists the 72 Wisconsin counties', () => {
    expect(listStateCounties('WI').length).toBe(72);
  });
});

describe.each([
  ['WI', wisconsinCounties, 72, '55'],
  ['IA', iowaCounties, 99, '19'],
] as const)('%s county table', (_state, table, size, prefix) => {
  it('has every county once, with a state FIPS code, in FIPS order', () => {
    expect(table).toHaveLength(size);
    const fips = table.map((county) => county.fips);
    expect(new Set(fips).size).toBe(size);
    expect(new Set(table.map((county) => county.name)).size).toBe(size);
    expect(fips).toEqual([...fips].sort());
    for (const code of fips) expect(code).toMatch(new RegExp(`^${prefix}\\d{3}$`));
  });

  it('has a symmetric neighbour relation within the state, and no county alone', () => {
    const byFips = new Map(table.map((county) => [county.fips, county]));
    for (const county of table) {
      expect(county.neighbors.length).toBeGreaterThan(0);
      expect(county.neighbors).not.toContain(county.fips);
      for (const neighbor of county.neighbors) {
        expect(byFips.get(neighbor)?.neighbors).toContain(county.fips);
      }
    }
  });

  it('is connected, so any number of counties can form a cluster', () => {
    const byFips = new Map(table.map((county) => [county.fips, county]));
    const seen = new Set([table[0]?.fips ?? '']);
    const queue = [...seen];
    while (queue.length > 0) {
      for (const neighbor of byFips.get(queue.pop() ?? '')?.neighbors ?? []) {
        if (!seen.has(neighbor)) {
          seen.add(neighbor);
          queue.push(neighbor);
        }
      }
    }
    expect(seen.size).toBe(size);
  });
});

describe('known Wisconsin borders', () => {
  const neighborsOf = (name: string) => {
    const county = wisconsinCounties.find((candidate) => candidate.name === name);
    return (county?.neighbors ?? []).map(
      (fips) => wisconsinCounties.find((candidate) => candidate.fips === fips)?.name,
    );
  };

  it('places Milwaukee, Dane and Door next to their real neighbours', () => {
    expect(neighborsOf('Milwaukee')).toEqual(
      expect.arrayContaining(['Ozaukee', 'Waukesha', 'Racine']),
    );
    expect(neighborsOf('Dane')).toHaveLength(7);
    expect(neighborsOf('Door')).toEqual(expect.arrayContaining(['Kewaunee']));
    expect(neighborsOf('Menominee')).toEqual(
      expect.arrayContaining(['Langlade', 'Oconto', 'Shawano']),
    );
  });
});

describe('buildCountyTable', () => {
  it('rejects a neighbour that is not in the table', () => {
    expect(() => buildCountyTable([['99001', 'Alpha', 1, ['Nowhere']]])).toThrow(
      'County table names an unknown neighbour.',
    );
  });
});
