import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type AssignmentObjective,
  type AssignmentProblem,
  solveAssignment,
  solveAssignmentGreedily,
} from './assignment-solver';

interface Instance {
  readonly rows: number;
  readonly capacities: readonly number[];
  readonly edges: readonly (readonly { column: number; profit: number }[])[];
}

function toProblem(instance: Instance, objective: AssignmentObjective): AssignmentProblem {
  const rowStart = [0];
  const edgeColumn: number[] = [];
  const edgeProfit: number[] = [];
  for (const rowEdges of instance.edges) {
    for (const edge of rowEdges) {
      edgeColumn.push(edge.column);
      edgeProfit.push(edge.profit);
    }
    rowStart.push(edgeColumn.length);
  }
  return {
    rowCount: instance.rows,
    columnCapacities: instance.capacities,
    rowStart,
    edgeColumn,
    edgeProfit,
    objective,
  };
}

function evaluate(
  instance: Instance,
  solution: ArrayLike<number>,
): { profit: number; matched: number } {
  let profit = 0;
  let matched = 0;
  const used = instance.capacities.map(() => 0);
  for (let row = 0; row < instance.rows; row += 1) {
    const column = solution[row]!;
    if (column < 0) continue;
    const edge = instance.edges[row]!.find((candidate) => candidate.column === column);
    if (!edge) throw new Error('solution uses a missing edge');
    used[column] = used[column]! + 1;
    profit += edge.profit;
    matched += 1;
  }
  used.forEach((count, column) => {
    if (count > instance.capacities[column]!) throw new Error('capacity exceeded');
  });
  return { profit, matched };
}

function better(
  objective: AssignmentObjective,
  a: { profit: number; matched: number },
  b: { profit: number; matched: number },
) {
  return objective === 'max-total-score'
    ? a.profit > b.profit || (a.profit === b.profit && a.matched > b.matched)
    : a.matched > b.matched || (a.matched === b.matched && a.profit > b.profit);
}

function bruteForce(
  instance: Instance,
  objective: AssignmentObjective,
): { profit: number; matched: number } {
  let best = { profit: 0, matched: 0 };
  const remaining = [...instance.capacities];
  const visit = (row: number, profit: number, matched: number) => {
    if (row === instance.rows) {
      const value = { profit, matched };
      if (better(objective, value, best)) best = value;
      return;
    }
    visit(row + 1, profit, matched);
    for (const edge of instance.edges[row]!) {
      if (remaining[edge.column]! > 0) {
        remaining[edge.column] = remaining[edge.column]! - 1;
        visit(row + 1, profit + edge.profit, matched + 1);
        remaining[edge.column] = remaining[edge.column]! + 1;
      }
    }
  };
  visit(0, 0, 0);
  return best;
}

const instanceArbitrary = fc
  .record({ rows: fc.integer({ min: 1, max: 7 }), columns: fc.integer({ min: 1, max: 7 }) })
  .chain(({ rows, columns }) =>
    fc.record({
      rows: fc.constant(rows),
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), {
        minLength: columns,
        maxLength: columns,
      }),
      edges: fc.array(
        fc.uniqueArray(
          fc.record({
            column: fc.integer({ min: 0, max: columns - 1 }),
            profit: fc.integer({ min: 0, max: 20 }),
          }),
          {
            selector: (edge) => edge.column,
            maxLength: columns,
          },
        ),
        { minLength: rows, maxLength: rows },
      ),
    }),
  );

describe('solveAssignment', () => {
  test.each(['max-total-score', 'max-matched-then-score'] as const)(
    'equals brute force on random instances up to 7 × 7 with capacities (%s)',
    (objective) => {
      fc.assert(
        fc.property(instanceArbitrary, (instance) => {
          const exact = evaluate(instance, solveAssignment(toProblem(instance, objective)));
          const optimum = bruteForce(instance, objective);
          expect(exact).toEqual(optimum);
        }),
        { numRuns: 300 },
      );
    },
  );

  test.each(['max-total-score', 'max-matched-then-score'] as const)(
    'is never worse than greedy (%s)',
    (objective) => {
      fc.assert(
        fc.property(instanceArbitrary, (instance) => {
          const exact = evaluate(instance, solveAssignment(toProblem(instance, objective)));
          const greedy = evaluate(
            instance,
            solveAssignmentGreedily(toProblem(instance, objective)),
          );
          expect(better(objective, greedy, exact)).toBe(false);
        }),
        { numRuns: 300 },
      );
    },
  );

  test('prefers the pairing that greedy misses', () => {
    // Greedy takes the 10 and leaves row 1 unmatched; the optimum is 9 + 8.
    const instance: Instance = {
      rows: 2,
      capacities: [1, 1],
      edges: [
        [
          { column: 0, profit: 10 },
          { column: 1, profit: 9 },
        ],
        [{ column: 0, profit: 8 }],
      ],
    };
    expect([...solveAssignment(toProblem(instance, 'max-total-score'))]).toEqual([1, 0]);
    expect([...solveAssignmentGreedily(toProblem(instance, 'max-total-score'))]).toEqual([0, -1]);
  });

  test('max matched accepts a lower score to serve one more row', () => {
    const instance: Instance = {
      rows: 2,
      capacities: [1],
      edges: [[{ column: 0, profit: 5 }], []],
    };
    expect([...solveAssignment(toProblem(instance, 'max-matched-then-score'))]).toEqual([0, -1]);
    const crowded: Instance = {
      rows: 2,
      capacities: [1, 1],
      edges: [
        [
          { column: 0, profit: 9 },
          { column: 1, profit: 0 },
        ],
        [{ column: 0, profit: 1 }],
      ],
    };
    expect([...solveAssignment(toProblem(crowded, 'max-matched-then-score'))]).toEqual([1, 0]);
    expect([...solveAssignment(toProblem(crowded, 'max-total-score'))]).toEqual([0, -1]);
  });
});
