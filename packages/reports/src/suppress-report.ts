import {
  type CountTable,
  type ProtectedCell,
  type SuppressionPolicy,
  type SuppressionPresetName,
  suppressSmallCells,
} from '@parent-partner/privacy';
import { ReportError } from './errors';
import { message } from './messages';
import type { KeyFigure, ReportLanguage, ReportTable, SuppressionNote } from './report';
import type { DraftTable } from './report-draft';

/** The only value that turns small-cell suppression off; the name says what the caller accepts. */
export const SUPPRESSION_OFF = 'off-i-understand-the-risk';

/** Privacy settings of a report. */
export interface ReportPrivacyOptions {
  /**
   * Small-cell rule: a preset of the privacy package (`cms`, the default; `california`; `washington`), a policy
   * made with its `createSuppressionPolicy`, or `'off-i-understand-the-risk'` to publish every count as it is.
   */
  readonly suppression?: SuppressionPresetName | SuppressionPolicy | typeof SUPPRESSION_OFF;
}

/** The resolved suppression setting. */
export type ResolvedSuppression =
  | {
      readonly kind: 'suppress';
      readonly policy: SuppressionPresetName | SuppressionPolicy;
      readonly rule: string;
    }
  | { readonly kind: 'off' };

/** A table after suppression, with the note that says what was hidden. */
export interface SuppressedDraft {
  /** The table as published. */
  readonly table: ReportTable;
  /** What was hidden, when anything was. */
  readonly note?: SuppressionNote;
}

/** Reads the privacy option: CMS suppression unless the caller names the risk they take. */
export function resolveSuppressionPolicy(
  options: ReportPrivacyOptions | undefined,
): ResolvedSuppression {
  const setting = options?.suppression ?? 'cms';
  if (setting === SUPPRESSION_OFF) return { kind: 'off' };
  if (typeof setting === 'string') {
    if (setting !== 'cms' && setting !== 'california' && setting !== 'washington') {
      throw new ReportError(
        'REPORT_INVALID_OPTIONS',
        `privacy.suppression: expected cms, california, washington, a policy object or ${SUPPRESSION_OFF}`,
      );
    }
    return { kind: 'suppress', policy: setting, rule: setting };
  }
  if (setting === null || typeof setting !== 'object' || typeof setting.name !== 'string') {
    throw new ReportError(
      'REPORT_INVALID_OPTIONS',
      'privacy.suppression: expected a suppression policy',
    );
  }
  return { kind: 'suppress', policy: setting, rule: setting.name };
}

type Hidden = 'primary' | 'complementary' | 'derived';

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function hiddenKind(cell: ProtectedCell | undefined): Hidden | undefined {
  if (cell === undefined || cell.status !== 'suppressed') return undefined;
  return cell.reason === 'small-count' ? 'primary' : 'complementary';
}

/**
 * Passes a drafted table through the privacy package's `suppressSmallCells`: additive columns with their total
 * row, row sums with their total column, every other people count on its own; then hides each cell computed from
 * a hidden one.
 */
export function suppressDraftTable(
  draft: DraftTable,
  suppression: ResolvedSuppression,
  language: ReportLanguage,
): SuppressedDraft {
  if (suppression.kind === 'off') return { table: draft.table };
  const { table } = draft;
  const columnIndex = new Map(table.columns.map((column, position) => [column.key, position]));
  const peopleFree = new Set(draft.rowsNotCountingPeople ?? []);
  const hidden = new Map<string, Hidden>();
  const key = (row: number, column: string) => `${row}\u0000${column}`;
  const covered = new Set<string>();
  const options = { policy: suppression.policy } as const;
  const countsPeople = (row: number, column: string): boolean =>
    !peopleFree.has(row) && table.columns[columnIndex.get(column) ?? -1]?.countsPeople === true;

  // Columns that add up to a total row: one two-way table, margins along the columns only.
  const totalRow = table.rows.findIndex((row) => row.total);
  const additive = draft.additiveColumns.filter(
    (column) => table.columns[columnIndex.get(column) ?? -1]?.countsPeople,
  );
  if (additive.length > 0) {
    const bodyRows = table.rows
      .map((_, position) => position)
      .filter((position) => position !== totalRow);
    const usable = bodyRows.filter((row) =>
      additive.every((column) => isCount(table.rows[row]?.cells[columnIndex.get(column) ?? -1])),
    );
    const countTable: CountTable = {
      rowLabels: usable.map((row) => String(row)),
      columnLabels: additive,
      counts: usable.map((row) =>
        additive.map((column) => table.rows[row]?.cells[columnIndex.get(column) ?? -1] as number),
      ),
      rowTotals: false,
      columnTotals: totalRow >= 0 && usable.length === bodyRows.length,
      grandTotal: false,
    };
    const result = suppressSmallCells(countTable, options);
    usable.forEach((row, position) => {
      additive.forEach((column, columnPosition) => {
        covered.add(key(row, column));
        const kind = hiddenKind(result.cells[position]?.[columnPosition]);
        if (kind) hidden.set(key(row, column), kind);
      });
    });
    if (totalRow >= 0 && result.columnTotals) {
      additive.forEach((column, columnPosition) => {
        covered.add(key(totalRow, column));
        const kind = hiddenKind(result.columnTotals?.[columnPosition]);
        if (kind) hidden.set(key(totalRow, column), kind);
      });
    }
  }

  // Row sums (for example numerator + the rest = denominator): margins along the rows only.
  for (const sum of draft.rowSums) {
    const parts = sum.parts;
    const rows = table.rows
      .map((row, position) => ({ row, position }))
      .filter(
        ({ row, position }) =>
          !peopleFree.has(position) &&
          [...parts, sum.total].every((column) =>
            isCount(row.cells[columnIndex.get(column) ?? -1]),
          ),
      );
    if (rows.length === 0) continue;
    const result = suppressSmallCells(
      {
        rowLabels: rows.map(({ position }) => String(position)),
        columnLabels: [...parts],
        counts: rows.map(({ row }) =>
          parts.map((column) => row.cells[columnIndex.get(column) ?? -1] as number),
        ),
        rowTotals: true,
        columnTotals: false,
        grandTotal: false,
      },
      options,
    );
    rows.forEach(({ position }, rowPosition) => {
      parts.forEach((column, columnPosition) => {
        covered.add(key(position, column));
        const kind = hiddenKind(result.cells[rowPosition]?.[columnPosition]);
        if (kind) hidden.set(key(position, column), kind);
      });
      covered.add(key(position, sum.total));
      const kind = hiddenKind(result.rowTotals?.[rowPosition]);
      if (kind) hidden.set(key(position, sum.total), kind);
    });
  }

  // Every other count of people stands alone: small ones are hidden, nothing is derivable from them.
  const singles: { row: number; column: string; value: number }[] = [];
  table.rows.forEach((row, position) => {
    table.columns.forEach((column, columnPosition) => {
      const value = row.cells[columnPosition];
      if (
        !covered.has(key(position, column.key)) &&
        countsPeople(position, column.key) &&
        isCount(value)
      ) {
        singles.push({ row: position, column: column.key, value });
      }
    });
  });
  if (singles.length > 0) {
    const result = suppressSmallCells(
      {
        rowLabels: singles.map((_, position) => String(position)),
        columnLabels: ['count'],
        counts: singles.map((single) => [single.value]),
        rowTotals: false,
        columnTotals: false,
        grandTotal: false,
      },
      options,
    );
    singles.forEach((single, position) => {
      const kind = hiddenKind(result.cells[position]?.[0]);
      if (kind) hidden.set(key(single.row, single.column), kind);
    });
  }

  // Cells computed from hidden ones are hidden too (a percentage, a median of few values).
  table.rows.forEach((_, position) => {
    for (const derived of draft.derived) {
      if (
        derived.from.some((column) => hidden.has(key(position, column))) &&
        !hidden.has(key(position, derived.column))
      ) {
        hidden.set(key(position, derived.column), 'derived');
      }
    }
  });
  if (hidden.size === 0) return { table };

  const rows = table.rows.map((row, position) => {
    const suppressed = table.columns
      .filter((column) => hidden.has(key(position, column.key)))
      .map((column) => column.key);
    if (suppressed.length === 0) return row;
    return {
      ...row,
      cells: row.cells.map((cell, columnPosition) =>
        suppressed.includes(table.columns[columnPosition]?.key ?? '') ? null : cell,
      ),
      suppressed,
    };
  });
  return {
    table: { ...table, rows },
    note: createNote(table.id, [...hidden.values()], suppression.rule, language),
  };
}

function createNote(
  tableId: string,
  kinds: readonly Hidden[],
  rule: string,
  language: ReportLanguage,
): SuppressionNote {
  const primary = kinds.filter((kind) => kind === 'primary').length;
  const complementary = kinds.filter((kind) => kind === 'complementary').length;
  const derived = kinds.filter((kind) => kind === 'derived').length;
  return {
    tableId,
    primary,
    complementary,
    derived,
    message: `${tableId}: ${message(language, 'suppressionMessage', { primary, complementary, derived, rule })}`,
  };
}

/**
 * Hides key figures that count few people (or are computed from few people): each stands alone, so only
 * primary suppression applies.
 */
export function suppressKeyFigures(
  figures: readonly KeyFigure[],
  basis: readonly (number | undefined)[],
  suppression: ResolvedSuppression,
  id: string,
  language: ReportLanguage,
): { figures: KeyFigure[]; note?: SuppressionNote } {
  if (suppression.kind === 'off') return { figures: [...figures] };
  const counted = basis
    .map((value, position) => ({ value, position }))
    .filter((entry): entry is { value: number; position: number } => isCount(entry.value));
  if (counted.length === 0) return { figures: [...figures] };
  const result = suppressSmallCells(
    {
      rowLabels: counted.map((entry) => String(entry.position)),
      columnLabels: ['count'],
      counts: counted.map((entry) => [entry.value]),
      rowTotals: false,
      columnTotals: false,
      grandTotal: false,
    },
    { policy: suppression.policy },
  );
  const hiddenPositions = new Set(
    counted
      .filter((_, position) => result.cells[position]?.[0]?.status === 'suppressed')
      .map((entry) => entry.position),
  );
  if (hiddenPositions.size === 0) return { figures: [...figures] };
  return {
    figures: figures.map((figure, position) =>
      hiddenPositions.has(position) ? { ...figure, value: null, suppressed: true } : figure,
    ),
    note: createNote(
      id,
      [...hiddenPositions].map(() => 'primary' as const),
      suppression.rule,
      language,
    ),
  };
}
