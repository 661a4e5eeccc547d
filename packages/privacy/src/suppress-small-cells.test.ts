import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type CountTable,
  createSuppressionPolicy,
  type ProtectedCell,
  type ProtectedTable,
  suppressionPolicies,
  suppressSmallCells,
} from './suppress-small-cells';

const show = (cell: ProtectedCell | undefined) =>
  cell?.status === 'suppressed' ? '*' : cell?.value;

test('example: suppressSmallCells', () => {
  const result = suppressSmallCells({
    rowLabels: ['Door', 'Rock'],
    columnLabels: ['Reunified', 'Other permanency', 'Still in care'],
    counts: [
      [12, 3, 25],
      [30, 14, 0],
    ],
  });
  expect(
    result.cells.map((row) => row.map((cell) => (cell.status === 'shown' ? cell.value : '*'))),
  ).toEqual([
    ['*', '*', 25],
    ['*', '*', 0],
  ]);
});

describe('suppressSmallCells', () => {
  test('a table without small counts is shown unchanged, with its totals', () => {
    const result = suppressSmallCells({
      rowLabels: ['a', 'b'],
      columnLabels: ['x', 'y'],
      counts: [
        [20, 30],
        [0, 45],
      ],
    });
    expect(result.cells.map((row) => row.map(show))).toEqual([
      [20, 30],
      [0, 45],
    ]);
    expect(result.rowTotals?.map(show)).toEqual([50, 45]);
    expect(result.columnTotals?.map(show)).toEqual([20, 75]);
    expect(show(result.grandTotal)).toBe(95);
    expect(result.suppressedCount).toBe(0);
    expect(result.policy).toBe('cms');
  });

  test('each suppressed value says why', () => {
    const result = suppressSmallCells({
      rowLabels: ['a', 'b'],
      columnLabels: ['x', 'y'],
      counts: [
        [5, 30],
        [40, 45],
      ],
    });
    expect(result.cells[0]![0]).toEqual({
      status: 'suppressed',
      reason: 'small-count',
      explanation: 'cell (a, x) is between 1 and 10 (cms policy)',
    });
    const reasons = result.cells
      .flat()
      .map((cell) => (cell.status === 'suppressed' ? cell.reason : 'shown'));
    expect(reasons).toEqual([
      'small-count',
      'only-suppressed-value-in-line',
      'only-suppressed-value-in-line',
      'only-suppressed-value-in-line',
    ]);
    expect(JSON.stringify(result)).not.toMatch(/"value":5\b/);
  });

  test('presets: CMS and California keep zeros, custom policies set their own threshold', () => {
    const table: CountTable = {
      rowLabels: ['a'],
      columnLabels: ['x', 'y', 'z'],
      counts: [[0, 10, 50]],
      rowTotals: false,
      columnTotals: false,
      grandTotal: false,
    };
    expect(suppressSmallCells(table).cells[0]!.map(show)).toEqual([0, '*', 50]);
    expect(suppressSmallCells(table, { policy: 'california' }).cells[0]!.map(show)).toEqual([
      0,
      '*',
      50,
    ]);
    expect(suppressSmallCells(table, { policy: 'washington' }).cells[0]!.map(show)).toEqual([
      0, 10, 50,
    ]);
    const zerosHidden = createSuppressionPolicy({ minimum: 0, maximum: 4, name: 'zeros-hidden' });
    expect(suppressSmallCells(table, { policy: zerosHidden }).cells[0]!.map(show)).toEqual([
      '*',
      10,
      50,
    ]);
    expect(() => createSuppressionPolicy({ maximum: -1 })).toThrow(/invalid_policy/);
    expect(suppressionPolicies.cms.maximum).toBe(10);
  });

  test('a suppressed small total is hidden too, and its line protected', () => {
    const result = suppressSmallCells({
      rowLabels: ['a', 'b'],
      columnLabels: ['x', 'y'],
      counts: [
        [0, 7],
        [40, 45],
      ],
    });
    expect(result.rowTotals?.[0]?.status).toBe('suppressed');
    expect(result.cells[0]![1]?.status).toBe('suppressed');
  });

  test('the hidden values of a line must add up to enough that a small count cannot be narrowed down', () => {
    const result = suppressSmallCells({
      rowLabels: ['a'],
      columnLabels: ['x', 'y', 'z'],
      counts: [[1, 2, 90]],
      columnTotals: false,
      grandTotal: false,
    });
    // 1 and 2 are both primary; hiding only them would tell a reader they add up to 3.
    expect(result.cells[0]!.map((cell) => cell.status)).toEqual([
      'suppressed',
      'suppressed',
      'suppressed',
    ]);
    expect(result.cells[0]![2]).toMatchObject({ reason: 'hidden-total-too-small' });
  });

  test('California hides one more value when every hidden value of a line is 3 or less', () => {
    const table: CountTable = {
      rowLabels: ['a'],
      columnLabels: ['w', 'x', 'y', 'z'],
      counts: [[3, 3, 3, 3, 80].slice(0, 4)],
      columnTotals: false,
      grandTotal: false,
    };
    const withExtra = {
      ...table,
      columnLabels: ['v', 'w', 'x', 'y', 'z'],
      counts: [[3, 3, 3, 3, 80]],
    };
    expect(suppressSmallCells(withExtra).cells[0]!.map(show)).toEqual(['*', '*', '*', '*', 80]);
    expect(suppressSmallCells(withExtra, { policy: 'california' }).cells[0]!.map(show)).toEqual([
      '*',
      '*',
      '*',
      '*',
      '*',
    ]);
    expect(suppressSmallCells(table).rowTotals?.map(show)).toEqual([12]);
    expect(suppressSmallCells(table, { policy: 'california' }).rowTotals?.map(show)).toEqual(['*']);
  });

  test('ratios are suppressed with their numerator or denominator', () => {
    const result = suppressSmallCells({
      rowLabels: ['a', 'b'],
      columnLabels: ['x', 'y'],
      counts: [
        [4, 30],
        [40, 45],
      ],
      ratios: [
        { id: 'share-a-x', numerator: { row: 0, column: 0 }, denominator: { rowTotal: 0 } },
        { id: 'share-b', numerator: { rowTotal: 1 }, denominator: { grandTotal: true } },
        { id: 'y-share', numerator: { columnTotal: 1 }, denominator: { grandTotal: true } },
      ],
    });
    expect(result.ratios[0]).toMatchObject({
      id: 'share-a-x',
      status: 'suppressed',
      reason: 'numerator-suppressed',
    });
    expect(result.ratios[1]).toEqual({ id: 'share-b', status: 'shown', value: 85 / 119 });
    expect(result.ratios[2]).toEqual({ id: 'y-share', status: 'shown', value: 75 / 119 });
    const zero = suppressSmallCells({
      rowLabels: ['a'],
      columnLabels: ['x'],
      counts: [[0]],
      ratios: [{ id: 'r', numerator: { row: 0, column: 0 }, denominator: { grandTotal: true } }],
    });
    expect(zero.ratios[0]).toMatchObject({ reason: 'zero-denominator' });
    const hiddenDenominator = suppressSmallCells({
      rowLabels: ['a', 'b'],
      columnLabels: ['x', 'y'],
      counts: [
        [3, 2],
        [40, 45],
      ],
      ratios: [{ id: 'r', numerator: { grandTotal: true }, denominator: { rowTotal: 0 } }],
    });
    expect(hiddenDenominator.ratios[0]).toMatchObject({ reason: 'denominator-suppressed' });
  });

  test('bad tables are refused with paths, never values', () => {
    const table = { rowLabels: ['a'], columnLabels: ['x', 'y'], counts: [[1, -4]] };
    expect(() => suppressSmallCells(table)).toThrow(/counts\.0\.1.*not_a_count/);
    expect(() => suppressSmallCells({ ...table, counts: [[1]] })).toThrow(/column_count/);
    expect(() => suppressSmallCells({ ...table, counts: [[1, 2.5]] })).toThrow(/not_a_count/);
    expect(() => suppressSmallCells({ ...table, counts: [] })).toThrow(/row_count/);
    expect(() =>
      suppressSmallCells({
        ...table,
        counts: [[1, 2]],
        ratios: [{ id: 'r', numerator: { row: 3, column: 0 }, denominator: { grandTotal: true } }],
      }),
    ).toThrow(/ratios\.0\.numerator.*invalid_reference/);
    expect(() =>
      suppressSmallCells({ ...table, counts: [[1, 2]] }, { policy: 'atlantis' as 'cms' }),
    ).toThrow(/unknown_policy/);
  });
});

describe('random rounding to base 3', () => {
  const table: CountTable = {
    rowLabels: ['a', 'b'],
    columnLabels: ['x', 'y', 'z'],
    counts: [
      [1, 2, 30],
      [4, 0, 17],
    ],
  };

  test('every value becomes a multiple of 3 within 2 of the truth, and zeros and multiples stay', () => {
    const result = suppressSmallCells(table, { mode: 'round', seed: 42 });
    const all = [
      ...result.cells.flat(),
      ...(result.rowTotals ?? []),
      ...(result.columnTotals ?? []),
      result.grandTotal!,
    ];
    const truth = [1, 2, 30, 4, 0, 17, 33, 21, 5, 2, 47, 54];
    all.forEach((cell, index) => {
      expect(cell.status).not.toBe('suppressed');
      const value = (cell as { value: number }).value;
      expect(value % 3).toBe(0);
      expect(Math.abs(value - truth[index]!)).toBeLessThan(3);
    });
    expect(result.cells[0]![2]).toEqual({ status: 'shown', value: 30 });
    expect(result.cells[1]![1]).toEqual({ status: 'shown', value: 0 });
    expect(result.cells[0]![0]).toMatchObject({ status: 'rounded', reason: 'random-rounding' });
    expect(result.policy).toBe('random-rounding-base-3');
  });

  test('is deterministic for a seed and unbiased over many seeds', () => {
    expect(suppressSmallCells(table, { mode: 'round', seed: 7 })).toEqual(
      suppressSmallCells(table, { mode: 'round', seed: 7 }),
    );
    let sum = 0;
    const runs = 3000;
    for (let seed = 0; seed < runs; seed += 1) {
      const cell = suppressSmallCells(table, { mode: 'round', seed }).cells[0]![0] as {
        value: number;
      };
      sum += cell.value;
    }
    // RR3 is unbiased: 1 becomes 0 with probability 2/3 and 3 with probability 1/3.
    expect(sum / runs).toBeGreaterThan(0.9);
    expect(sum / runs).toBeLessThan(1.1);
  });

  test('needs a seed', () => {
    expect(() => suppressSmallCells(table, { mode: 'round', seed: Number.NaN })).toThrow(
      /invalid_seed/,
    );
  });
});

// An independent check with exact rational arithmetic: a hidden value is derivable when adding its unit vector to the
// line equations (over hidden values only) does not raise their rank.
type Fraction = [bigint, bigint];
function rank(rows: Fraction[][]): number {
  const m = rows.map((row) => row.map(([n, d]) => [n, d] as Fraction));
  const width = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < width && r < m.length; c += 1) {
    const p = m.findIndex((row, i) => i >= r && row[c]![0] !== 0n);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = 0; i < m.length; i += 1) {
      if (i === r || m[i]![c]![0] === 0n) continue;
      const [fn, fd] = m[i]![c]!;
      const [pn, pd] = m[r]![c]!;
      // factor = m[i][c] / m[r][c]
      const factor: Fraction = [fn * pd, fd * pn];
      m[i] = m[i]!.map(([n, d], k) => {
        const [qn, qd] = m[r]![k]!;
        const num = n * factor[1] * qd - factor[0] * qn * d;
        const den = d * factor[1] * qd;
        const g = gcd(num < 0n ? -num : num, den < 0n ? -den : den) || 1n;
        return [num / g, den / g] as Fraction;
      });
    }
    r += 1;
  }
  return r;
}
function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function derivableValues(table: CountTable, result: ProtectedTable): string[] {
  type Ref = string;
  const hidden: Ref[] = [];
  const isHidden = (cell: ProtectedCell | undefined) => cell?.status === 'suppressed';
  for (const [i, row] of result.cells.entries()) {
    for (const [j, cell] of row.entries()) if (isHidden(cell)) hidden.push(`c${i},${j}`);
  }
  for (const [i, cell] of (result.rowTotals ?? []).entries())
    if (isHidden(cell)) hidden.push(`r${i}`);
  for (const [j, cell] of (result.columnTotals ?? []).entries())
    if (isHidden(cell)) hidden.push(`k${j}`);
  if (isHidden(result.grandTotal)) hidden.push('g');
  const equations: Map<Ref, number>[] = [];
  const rows = table.counts.length;
  const columns = table.columnLabels.length;
  if (result.rowTotals)
    for (let i = 0; i < rows; i += 1)
      equations.push(
        new Map([
          ...Array.from({ length: columns }, (_, j) => [`c${i},${j}`, 1] as const),
          [`r${i}`, -1],
        ]),
      );
  if (result.columnTotals)
    for (let j = 0; j < columns; j += 1)
      equations.push(
        new Map([
          ...Array.from({ length: rows }, (_, i) => [`c${i},${j}`, 1] as const),
          [`k${j}`, -1],
        ]),
      );
  if (result.grandTotal && result.rowTotals)
    equations.push(
      new Map([...Array.from({ length: rows }, (_, i) => [`r${i}`, 1] as const), ['g', -1]]),
    );
  if (result.grandTotal && result.columnTotals)
    equations.push(
      new Map([...Array.from({ length: columns }, (_, j) => [`k${j}`, 1] as const), ['g', -1]]),
    );
  if (result.grandTotal && !result.rowTotals && !result.columnTotals) {
    equations.push(
      new Map([
        ...Array.from(
          { length: rows * columns },
          (_, n) => [`c${Math.floor(n / columns)},${n % columns}`, 1] as const,
        ),
        ['g', -1],
      ]),
    );
  }
  const matrix: Fraction[][] = equations.map((equation) =>
    hidden.map((ref) => [BigInt(equation.get(ref) ?? 0), 1n] as Fraction),
  );
  const base = rank(matrix);
  return hidden.filter(
    (_, k) =>
      rank([...matrix, hidden.map((__, c) => [c === k ? 1n : 0n, 1n] as Fraction)]) === base,
  );
}

describe('properties of suppression', () => {
  const tableArbitrary = fc
    .record({
      rows: fc.integer({ min: 1, max: 6 }),
      columns: fc.integer({ min: 1, max: 6 }),
      rowTotals: fc.boolean(),
      columnTotals: fc.boolean(),
      grandTotal: fc.boolean(),
      policy: fc.constantFrom('cms', 'california', 'washington') as fc.Arbitrary<
        'cms' | 'california' | 'washington'
      >,
    })
    .chain(({ rows, columns, ...rest }) =>
      fc
        .array(
          fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 200 })), {
            minLength: columns,
            maxLength: columns,
          }),
          {
            minLength: rows,
            maxLength: rows,
          },
        )
        .map((counts) => ({
          table: {
            rowLabels: counts.map((_, i) => `r${i}`),
            columnLabels: Array.from({ length: columns }, (_, j) => `c${j}`),
            counts,
            rowTotals: rest.rowTotals,
            columnTotals: rest.columnTotals,
            grandTotal: rest.grandTotal,
          } satisfies CountTable,
          policy: rest.policy,
        })),
    );

  test('every small count is hidden and every shown value is true', () => {
    fc.assert(
      fc.property(tableArbitrary, ({ table, policy }) => {
        const rule = suppressionPolicies[policy];
        const result = suppressSmallCells(table, { policy });
        for (const [i, row] of table.counts.entries()) {
          for (const [j, value] of row.entries()) {
            const cell = result.cells[i]![j]!;
            if (value >= rule.minimum && value <= rule.maximum)
              expect(cell.status).toBe('suppressed');
            if (cell.status !== 'suppressed') expect(cell.value).toBe(value);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('no row or column with a shown total has exactly one suppressed cell', () => {
    fc.assert(
      fc.property(tableArbitrary, ({ table, policy }) => {
        const result = suppressSmallCells(table, { policy });
        const hiddenIn = (cells: readonly ProtectedCell[]) =>
          cells.filter((cell) => cell.status === 'suppressed').length;
        result.rowTotals?.forEach((total, i) => {
          if (total.status !== 'suppressed') expect(hiddenIn(result.cells[i]!)).not.toBe(1);
        });
        result.columnTotals?.forEach((total, j) => {
          if (total.status !== 'suppressed')
            expect(hiddenIn(result.cells.map((row) => row[j]!))).not.toBe(1);
        });
      }),
      { numRuns: 300 },
    );
  });

  test('no suppressed value can be solved for from the shown totals (tables up to 6 x 6)', () => {
    let suppressedTables = 0;
    fc.assert(
      fc.property(tableArbitrary, ({ table, policy }) => {
        const result = suppressSmallCells(table, { policy });
        if (result.suppressedCount > 0) suppressedTables += 1;
        expect(derivableValues(table, result)).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(suppressedTables).toBeGreaterThan(100);
  });
});
