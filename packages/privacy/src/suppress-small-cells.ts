import { PrivacyError } from './errors';

/** Where a value sits in a {@link CountTable}: a cell, a row total, a column total or the grand total. */
export type CellReference =
  | { readonly row: number; readonly column: number }
  | { readonly rowTotal: number }
  | { readonly columnTotal: number }
  | { readonly grandTotal: true };

/** A ratio or percentage shown with the table, by the references of its numerator and denominator. */
export interface RatioDefinition {
  /** Caller's id for the ratio, echoed in the result. */
  readonly id: string;
  /** The numerator. */
  readonly numerator: CellReference;
  /** The denominator. */
  readonly denominator: CellReference;
}

/**
 * A two-way table of counts to be published: rows × columns of non-negative integers, with the totals that will be
 * shown beside it. Totals are computed from the counts (never passed in), so they always add up.
 *
 * @example
 * ```ts
 * const table: CountTable = {
 *   rowLabels: ['Door', 'Rock'],
 *   columnLabels: ['Reunified', 'Other permanency', 'Still in care'],
 *   counts: [[12, 3, 25], [30, 14, 0]],
 * };
 * ```
 */
export interface CountTable {
  /** Row labels, top to bottom (not personal data: categories such as counties or quarters). */
  readonly rowLabels: readonly string[];
  /** Column labels, left to right. */
  readonly columnLabels: readonly string[];
  /** `counts[row][column]`, non-negative integers, one array per row. */
  readonly counts: readonly (readonly number[])[];
  /** Whether a total per row will be shown; true by default (private by default: assume margins are published). */
  readonly rowTotals?: boolean;
  /** Whether a total per column will be shown; true by default. */
  readonly columnTotals?: boolean;
  /** Whether the grand total will be shown; true by default. */
  readonly grandTotal?: boolean;
  /** Ratios and percentages shown with the table; each is suppressed when its numerator or denominator is. */
  readonly ratios?: readonly RatioDefinition[];
}

/** A small-cell rule: which counts are too small to show, and how much hidden mass each line must keep. */
export interface SuppressionPolicy {
  /** Name of the policy, echoed in the result. */
  readonly name: string;
  /** Smallest count suppressed (1 when zeros may be shown). */
  readonly minimum: number;
  /** Largest count suppressed. */
  readonly maximum: number;
  /**
   * In a line (row or column with its total) holding a primary-suppressed count, the hidden values must add up to at
   * least this, or another value is hidden, so the small count cannot be bounded too tightly.
   */
  readonly minimumHiddenTotal: number;
  /** When set, a line whose hidden values are all at most this gets one more hidden value (CalHHS DDG). */
  readonly extraSuppressionAtMost?: number;
  /** Where the rule comes from. */
  readonly citation: string;
}

/** The preset small-cell policies: CMS (the default), California (CalHHS DDG) and Washington (DOH). */
export const suppressionPolicies = {
  cms: {
    name: 'cms',
    minimum: 1,
    maximum: 10,
    minimumHiddenTotal: 11,
    citation:
      'CMS cell size suppression policy: no cell of 1 to 10, zeros shown, none derivable (resdac.org/node/1506)',
  },
  california: {
    name: 'california',
    minimum: 1,
    maximum: 10,
    minimumHiddenTotal: 11,
    extraSuppressionAtMost: 3,
    citation:
      'CalHHS Data De-identification Guidelines 4.4: under 11 excluding zero, complementary suppression',
  },
  washington: {
    name: 'washington',
    minimum: 1,
    maximum: 9,
    minimumHiddenTotal: 10,
    citation:
      'Washington DOH small numbers guidance: counts under 10 suppressed with secondary suppression (zeros shown)',
  },
} as const satisfies Record<string, SuppressionPolicy>;

/** Name of a preset in {@link suppressionPolicies}. */
export type SuppressionPresetName = keyof typeof suppressionPolicies;

/** Options for {@link createSuppressionPolicy}. */
export interface CustomSuppressionPolicyOptions {
  /** Largest count suppressed, for example 4 for a "fewer than 5" rule. */
  readonly maximum: number;
  /** Smallest count suppressed; 1 (zeros shown) by default. */
  readonly minimum?: number;
  /** Hidden total each line with a primary suppression must keep; `maximum + 1` by default. */
  readonly minimumHiddenTotal?: number;
  /** Name; `custom` by default. */
  readonly name?: string;
  /** Where the rule comes from. */
  readonly citation?: string;
}

/** Creates a custom small-cell policy, for example Wisconsin public health's "fewer than 5". */
export function createSuppressionPolicy(
  options: CustomSuppressionPolicyOptions,
): SuppressionPolicy {
  const minimum = options.minimum ?? 1;
  if (
    !Number.isInteger(options.maximum) ||
    !Number.isInteger(minimum) ||
    minimum < 0 ||
    options.maximum < minimum
  ) {
    throw new PrivacyError(
      'INVALID_ARGUMENT',
      'policy: minimum and maximum must be integers with 0 <= minimum <= maximum [invalid_policy]',
    );
  }
  return {
    name: options.name ?? 'custom',
    minimum,
    maximum: options.maximum,
    minimumHiddenTotal: options.minimumHiddenTotal ?? options.maximum + 1,
    citation: options.citation ?? 'program policy',
  };
}

/** Why a value was suppressed or altered. */
export type SuppressionReason =
  | 'small-count'
  | 'only-suppressed-value-in-line'
  | 'hidden-total-too-small'
  | 'all-hidden-values-small'
  | 'derivable-from-totals'
  | 'random-rounding';

/** A value shown as it is. */
export interface ShownCell {
  /** Shown unchanged. */
  readonly status: 'shown';
  /** The count. */
  readonly value: number;
}

/** A suppressed value: no number, only why. */
export interface SuppressedCell {
  /** Not shown. */
  readonly status: 'suppressed';
  /** Machine-readable reason. */
  readonly reason: SuppressionReason;
  /** Human-readable reason. */
  readonly explanation: string;
}

/** A value randomly rounded to base 3 (rounding mode). */
export interface RoundedCell {
  /** Shown rounded. */
  readonly status: 'rounded';
  /** The rounded count (a multiple of 3). */
  readonly value: number;
  /** Always `random-rounding`. */
  readonly reason: 'random-rounding';
}

/** A value of the protected table. */
export type ProtectedCell = ShownCell | SuppressedCell | RoundedCell;

/** A ratio of the protected table: its value, or why it is suppressed. */
export type ProtectedRatio =
  | { readonly id: string; readonly status: 'shown'; readonly value: number }
  | {
      readonly id: string;
      readonly status: 'suppressed';
      readonly reason: 'numerator-suppressed' | 'denominator-suppressed' | 'zero-denominator';
      readonly explanation: string;
    };

/** The table as it may be published, with each suppressed value saying why. */
export interface ProtectedTable {
  /** Row labels. */
  readonly rowLabels: readonly string[];
  /** Column labels. */
  readonly columnLabels: readonly string[];
  /** `cells[row][column]`. */
  readonly cells: readonly (readonly ProtectedCell[])[];
  /** Row totals, when shown. */
  readonly rowTotals?: readonly ProtectedCell[];
  /** Column totals, when shown. */
  readonly columnTotals?: readonly ProtectedCell[];
  /** Grand total, when shown. */
  readonly grandTotal?: ProtectedCell;
  /** Ratios, in the order given. */
  readonly ratios: readonly ProtectedRatio[];
  /** Name of the policy applied (or `random-rounding-base-3`). */
  readonly policy: string;
  /** How many values (cells and totals) are suppressed. */
  readonly suppressedCount: number;
}

/** Options for {@link suppressSmallCells}: suppression under a policy (CMS by default), or random rounding to base 3 with a seed. */
export type SuppressSmallCellsOptions =
  | {
      /** Suppress small counts and whatever would reveal them (the default). */
      readonly mode?: 'suppress';
      /** A preset name or a policy object; `cms` by default. */
      readonly policy?: SuppressionPresetName | SuppressionPolicy;
    }
  | {
      /** Randomly round every value to a multiple of 3 instead of suppressing. */
      readonly mode: 'round';
      /** Seed of the rounding, so the same table always rounds the same way. */
      readonly seed: number;
    };

interface Item {
  readonly label: string;
  readonly value: number;
  hidden?: SuppressionReason;
  explanation?: string;
  primary?: boolean;
}

interface Layout {
  readonly cells: Item[][];
  readonly rowTotals: Item[] | undefined;
  readonly columnTotals: Item[] | undefined;
  readonly grand: Item | undefined;
  readonly lines: {
    readonly name: string;
    readonly parts: readonly Item[];
    readonly total: Item;
  }[];
  readonly items: Item[];
}

function validateTable(table: CountTable): void {
  const fail = (path: string, code: string, message: string): never => {
    throw new PrivacyError('INVALID_ARGUMENT', `table.${path}: ${message} [${code}]`);
  };
  if (!Array.isArray(table.counts) || table.counts.length !== table.rowLabels.length) {
    fail('counts', 'row_count', 'must have one array per row label');
  }
  table.counts.forEach((row, rowIndex) => {
    if (!Array.isArray(row) || row.length !== table.columnLabels.length) {
      fail(`counts.${rowIndex}`, 'column_count', 'must have one count per column label');
    }
    row.forEach((value, columnIndex) => {
      if (!Number.isSafeInteger(value) || value < 0) {
        fail(`counts.${rowIndex}.${columnIndex}`, 'not_a_count', 'must be a non-negative integer');
      }
    });
  });
}

function layOut(table: CountTable): Layout {
  const columns = table.columnLabels.length;
  const cells = table.counts.map((row, i) =>
    row.map((value, j) => ({
      label: `cell (${table.rowLabels[i]}, ${table.columnLabels[j]})`,
      value,
    })),
  );
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const rowTotals =
    table.rowTotals === false
      ? undefined
      : cells.map((row, i) => ({
          label: `total of row ${table.rowLabels[i]}`,
          value: sum(row.map((cell) => cell.value)),
        }));
  const columnTotals =
    table.columnTotals === false
      ? undefined
      : table.columnLabels.map((label, j) => ({
          label: `total of column ${label}`,
          value: sum(cells.map((row) => row[j]!.value)),
        }));
  const grand =
    table.grandTotal === false
      ? undefined
      : { label: 'grand total', value: sum(cells.flatMap((row) => row.map((cell) => cell.value))) };
  const lines: Layout['lines'][number][] = [];
  if (rowTotals) {
    for (const [i, row] of cells.entries()) {
      lines.push({ name: `row ${table.rowLabels[i]}`, parts: row, total: rowTotals[i]! });
    }
  }
  if (columnTotals) {
    for (let j = 0; j < columns; j += 1) {
      lines.push({
        name: `column ${table.columnLabels[j]}`,
        parts: cells.map((row) => row[j]!),
        total: columnTotals[j]!,
      });
    }
  }
  if (grand) {
    if (rowTotals) lines.push({ name: 'the row totals', parts: rowTotals, total: grand });
    if (columnTotals) lines.push({ name: 'the column totals', parts: columnTotals, total: grand });
    if (!rowTotals && !columnTotals)
      lines.push({ name: 'the whole table', parts: cells.flat(), total: grand });
  }
  const items = [
    ...cells.flat(),
    ...(rowTotals ?? []),
    ...(columnTotals ?? []),
    ...(grand ? [grand] : []),
  ];
  return { cells, rowTotals, columnTotals, grand, lines, items };
}

function hide(item: Item, reason: SuppressionReason, explanation: string): void {
  item.hidden = reason;
  item.explanation = explanation;
}

// Which hidden items a reader could compute exactly from the shown values: x_k is determined when the unit vector
// e_k lies in the row space of the line equations restricted to the hidden items (reduced row echelon form).
function findDerivable(layout: Layout): Item[] {
  const hidden = layout.items.filter((item) => item.hidden !== undefined);
  if (hidden.length === 0) return [];
  const column = new Map(hidden.map((item, index) => [item, index]));
  const matrix: number[][] = [];
  for (const line of layout.lines) {
    const row = new Array<number>(hidden.length).fill(0);
    let any = false;
    for (const part of line.parts) {
      const index = column.get(part);
      if (index !== undefined) {
        row[index]! += 1;
        any = true;
      }
    }
    const totalIndex = column.get(line.total);
    if (totalIndex !== undefined) {
      row[totalIndex]! -= 1;
      any = true;
    }
    if (any) matrix.push(row);
  }
  const epsilon = 1e-9;
  const pivots: { row: number; column: number }[] = [];
  let rank = 0;
  for (let col = 0; col < hidden.length && rank < matrix.length; col += 1) {
    let best = rank;
    for (let r = rank + 1; r < matrix.length; r += 1) {
      if (Math.abs(matrix[r]![col]!) > Math.abs(matrix[best]![col]!)) best = r;
    }
    if (Math.abs(matrix[best]![col]!) < epsilon) continue;
    [matrix[rank], matrix[best]] = [matrix[best]!, matrix[rank]!];
    const pivotRow = matrix[rank]!;
    const pivot = pivotRow[col]!;
    for (let c = 0; c < hidden.length; c += 1) pivotRow[c]! /= pivot;
    for (let r = 0; r < matrix.length; r += 1) {
      if (r === rank) continue;
      const factor = matrix[r]![col]!;
      if (Math.abs(factor) < epsilon) continue;
      for (let c = 0; c < hidden.length; c += 1) matrix[r]![c]! -= factor * pivotRow[c]!;
    }
    pivots.push({ row: rank, column: col });
    rank += 1;
  }
  const derivable: Item[] = [];
  for (const { row, column: col } of pivots) {
    const alone = matrix[row]!.every((value, c) => c === col || Math.abs(value) < epsilon);
    if (alone) derivable.push(hidden[col]!);
  }
  return derivable;
}

function chooseComplement(layout: Layout, line: Layout['lines'][number]): Item | undefined {
  const totals = new Set<Item>([
    ...(layout.rowTotals ?? []),
    ...(layout.columnTotals ?? []),
    ...(layout.grand ? [layout.grand] : []),
  ]);
  const linesWithHidden = layout.lines.filter((other) =>
    [...other.parts, other.total].some((item) => item.hidden),
  );
  const reuses = (item: Item) =>
    linesWithHidden.some(
      (other) => other !== line && (other.parts.includes(item) || other.total === item),
    );
  const candidates = [...line.parts, line.total].filter((item) => item.hidden === undefined);
  // Prefer cells over totals, non-zero values, cells whose other line already hides something (fewer cascades),
  // then the smallest value; ties keep table order.
  const score = (item: Item): number[] => [
    totals.has(item) ? 1 : 0,
    item.value === 0 ? 1 : 0,
    reuses(item) ? 0 : 1,
    item.value,
  ];
  let best: Item | undefined;
  let bestScore: number[] | undefined;
  for (const item of candidates) {
    const current = score(item);
    if (bestScore === undefined || compareScores(current, bestScore) < 0) {
      best = item;
      bestScore = current;
    }
  }
  return best;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const difference = a[index]! - b[index]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

// The line nearest to a derivable value that still has a value to hide: first the lines through the value, then lines
// sharing a hidden value with those, and so on (breadth first), preferring lines that hide the fewest values.
function findComplementNear(
  layout: Layout,
  start: Item,
): { line: Layout['lines'][number]; complement: Item } | undefined {
  const visitedItems = new Set<Item>([start]);
  const visitedLines = new Set<Layout['lines'][number]>();
  let frontier: Item[] = [start];
  while (frontier.length > 0) {
    const lines = layout.lines.filter(
      (line) =>
        !visitedLines.has(line) &&
        frontier.some((item) => line.parts.includes(item) || line.total === item),
    );
    const ranked = lines
      .map((line) => ({
        line,
        complement: chooseComplement(layout, line),
        hidden: [...line.parts, line.total].filter((member) => member.hidden !== undefined).length,
      }))
      .sort((a, b) => a.hidden - b.hidden);
    const found = ranked.find((option) => option.complement !== undefined);
    if (found?.complement !== undefined) return { line: found.line, complement: found.complement };
    const next: Item[] = [];
    for (const line of lines) {
      visitedLines.add(line);
      for (const member of [...line.parts, line.total]) {
        if (member.hidden !== undefined && !visitedItems.has(member)) {
          visitedItems.add(member);
          next.push(member);
        }
      }
    }
    frontier = next;
  }
  return undefined;
}

function applySuppression(layout: Layout, policy: SuppressionPolicy): void {
  for (const item of layout.items) {
    if (item.value >= policy.minimum && item.value <= policy.maximum) {
      hide(
        item,
        'small-count',
        `${item.label} is between ${policy.minimum} and ${policy.maximum} (${policy.name} policy)`,
      );
      item.primary = true;
    }
  }
  // Every pass hides at least one more value, so the loop ends once nothing is left to hide.
  for (let guard = 0; guard <= layout.items.length; guard += 1) {
    let changed = false;
    for (const line of layout.lines) {
      const members = [...line.parts, line.total];
      const hidden = members.filter((item) => item.hidden !== undefined);
      if (hidden.length === 0) continue;
      let need: { reason: SuppressionReason; explanation: string } | undefined;
      if (hidden.length === 1) {
        need = {
          reason: 'only-suppressed-value-in-line',
          explanation: `hidden so that ${line.name} does not have exactly one suppressed value`,
        };
      } else if (hidden.some((item) => item.primary)) {
        const hiddenTotal = hidden.reduce((total, item) => total + item.value, 0);
        if (hiddenTotal < policy.minimumHiddenTotal) {
          need = {
            reason: 'hidden-total-too-small',
            explanation: `hidden so that the suppressed values of ${line.name} cannot be narrowed down`,
          };
        } else if (
          policy.extraSuppressionAtMost !== undefined &&
          hidden.every((item) => item.value <= policy.extraSuppressionAtMost!)
        ) {
          need = {
            reason: 'all-hidden-values-small',
            explanation: `hidden because every suppressed value of ${line.name} is very small`,
          };
        }
      }
      if (need === undefined) continue;
      const complement = chooseComplement(layout, line);
      if (complement === undefined) continue;
      hide(complement, need.reason, need.explanation);
      changed = true;
    }
    if (changed) continue;
    const derivable = findDerivable(layout)[0];
    if (derivable !== undefined) {
      const option = findComplementNear(layout, derivable);
      if (option !== undefined) {
        hide(
          option.complement,
          'derivable-from-totals',
          `hidden so that no suppressed value of ${option.line.name} can be computed from the totals`,
        );
        changed = true;
      }
    }
    if (!changed) return;
  }
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toProtected(item: Item): ProtectedCell {
  if (item.hidden === 'random-rounding')
    return { status: 'rounded', value: item.value, reason: 'random-rounding' };
  if (item.hidden !== undefined) {
    return {
      status: 'suppressed',
      reason: item.hidden,
      explanation: item.explanation ?? item.hidden,
    };
  }
  return { status: 'shown', value: item.value };
}

function resolveReference(layout: Layout, reference: CellReference, path: string): Item {
  let item: Item | undefined;
  if ('row' in reference) item = layout.cells[reference.row]?.[reference.column];
  else if ('rowTotal' in reference) item = layout.rowTotals?.[reference.rowTotal];
  else if ('columnTotal' in reference) item = layout.columnTotals?.[reference.columnTotal];
  else item = layout.grand;
  if (item === undefined) {
    throw new PrivacyError(
      'INVALID_ARGUMENT',
      `table.${path}: refers to a value the table does not show [invalid_reference]`,
    );
  }
  return item;
}

/**
 * Protects a table of counts for publication. In `suppress` mode (the default, under the CMS policy): primary
 * suppression of small counts, then complementary suppression until no row or column with a shown total has exactly
 * one suppressed value, no suppressed value can be computed from the shown totals, and the hidden values of a line
 * cannot be narrowed down; ratios whose numerator or denominator is suppressed are suppressed. In `round` mode: every
 * value, totals included, is randomly rounded to a multiple of 3 (seeded). Each suppressed value says why.
 *
 * Suppression protects one table; tables published from overlapping data must be protected together (differencing).
 *
 * @example
 * ```ts
 * const result = suppressSmallCells({
 *   rowLabels: ['Door', 'Rock'],
 *   columnLabels: ['Reunified', 'Other permanency', 'Still in care'],
 *   counts: [[12, 3, 25], [30, 14, 0]],
 * });
 * result.cells.map((row) => row.map((cell) => (cell.status === 'shown' ? cell.value : '*')));
 * //=> [[ '*', '*', 25 ], [ '*', '*', 0 ]]
 * ```
 */
export function suppressSmallCells(
  table: CountTable,
  options: SuppressSmallCellsOptions = {},
): ProtectedTable {
  validateTable(table);
  const layout = layOut(table);
  if (options.mode === 'round') {
    if (!Number.isFinite(options.seed)) {
      throw new PrivacyError(
        'INVALID_ARGUMENT',
        'options.seed: rounding needs a finite seed [invalid_seed]',
      );
    }
    const random = mulberry32(options.seed);
    const rounded = layout.items.map((item) => {
      const remainder = item.value % 3;
      if (remainder === 0) return item;
      const down = random() < (3 - remainder) / 3;
      return {
        ...item,
        value: down ? item.value - remainder : item.value + 3 - remainder,
        hidden: 'random-rounding' as const,
      };
    });
    const replace = new Map(layout.items.map((item, index) => [item, rounded[index]!]));
    const swap = (item: Item) => replace.get(item)!;
    return finish(
      {
        ...layout,
        cells: layout.cells.map((row) => row.map(swap)),
        rowTotals: layout.rowTotals?.map(swap),
        columnTotals: layout.columnTotals?.map(swap),
        grand: layout.grand === undefined ? undefined : swap(layout.grand),
        items: rounded,
      },
      table,
      'random-rounding-base-3',
    );
  }
  const policy =
    typeof options.policy === 'string'
      ? suppressionPolicies[options.policy]
      : (options.policy ?? suppressionPolicies.cms);
  if (policy === undefined)
    throw new PrivacyError('INVALID_ARGUMENT', 'options.policy: unknown preset [unknown_policy]');
  applySuppression(layout, policy);
  return finish(layout, table, policy.name);
}

function finish(layout: Layout, table: CountTable, policy: string): ProtectedTable {
  const ratios = (table.ratios ?? []).map((ratio, index): ProtectedRatio => {
    const numerator = resolveReference(layout, ratio.numerator, `ratios.${index}.numerator`);
    const denominator = resolveReference(layout, ratio.denominator, `ratios.${index}.denominator`);
    if (numerator.hidden !== undefined && numerator.hidden !== 'random-rounding') {
      return {
        id: ratio.id,
        status: 'suppressed',
        reason: 'numerator-suppressed',
        explanation: `its numerator (${numerator.label}) is suppressed`,
      };
    }
    if (denominator.hidden !== undefined && denominator.hidden !== 'random-rounding') {
      return {
        id: ratio.id,
        status: 'suppressed',
        reason: 'denominator-suppressed',
        explanation: `its denominator (${denominator.label}) is suppressed`,
      };
    }
    if (denominator.value === 0) {
      return {
        id: ratio.id,
        status: 'suppressed',
        reason: 'zero-denominator',
        explanation: 'its denominator is zero',
      };
    }
    return { id: ratio.id, status: 'shown', value: numerator.value / denominator.value };
  });
  const suppressedCount = layout.items.filter(
    (item) => item.hidden !== undefined && item.hidden !== 'random-rounding',
  ).length;
  return {
    rowLabels: [...table.rowLabels],
    columnLabels: [...table.columnLabels],
    cells: layout.cells.map((row) => row.map(toProtected)),
    ...(layout.rowTotals ? { rowTotals: layout.rowTotals.map(toProtected) } : {}),
    ...(layout.columnTotals ? { columnTotals: layout.columnTotals.map(toProtected) } : {}),
    ...(layout.grand ? { grandTotal: toProtected(layout.grand) } : {}),
    ratios,
    policy,
    suppressedCount,
  };
}
