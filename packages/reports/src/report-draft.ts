import type { ReportCell, ReportColumn, ReportTable } from './report';

// A table as the builder drafts it, with what small-cell suppression needs to
// know beyond the document: which cells count people, which rows and columns
// add up to totals, and which cells are computed from others.

/** A cell computed from other cells of its row (a percentage, a median). */
export interface DerivedCell {
  /** Column of the computed cell. */
  readonly column: string;
  /** Columns of the same row it is computed from. */
  readonly from: readonly string[];
}

/** A table before suppression. */
export interface DraftTable {
  /** The table as it will appear. */
  readonly table: ReportTable;
  /** Columns whose total row is the sum of the other rows (complementary suppression runs down them). */
  readonly additiveColumns: readonly string[];
  /** Row-wise sums: `total` equals the sum of `parts` in every row. */
  readonly rowSums: readonly { readonly total: string; readonly parts: readonly string[] }[];
  /** Cells computed from others; hidden when any source is hidden. */
  readonly derived: readonly DerivedCell[];
  /** Rows (by index) whose count cells do not count people, overriding the column flag. */
  readonly rowsNotCountingPeople?: readonly number[];
}

/** Builds a row with cells in column order from a record keyed by column. */
export function createRow(
  columns: readonly ReportColumn[],
  values: Readonly<Record<string, ReportCell>>,
  total = false,
): ReportTable['rows'][number] {
  const cells = columns.map((column) => values[column.key] ?? null);
  return total ? { cells, total: true } : { cells };
}

/** A draft with no sums and no derived cells: suppression works cell by cell. */
export function createPlainDraft(table: ReportTable): DraftTable {
  return { table, additiveColumns: [], rowSums: [], derived: [] };
}
