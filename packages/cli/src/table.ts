/** How a column of a text table is aligned. */
export type ColumnAlignment = 'left' | 'right';

/** One column of a text table. */
export interface TableColumn {
  /** Heading shown above the column. */
  readonly heading: string;
  /** Alignment of the cells (numbers read best right-aligned). Default `left`. */
  readonly align?: ColumnAlignment;
}

/** Options of {@link formatTable}. */
export interface FormatTableOptions {
  /** Styles the heading line (for example bold) after the widths are measured. */
  readonly styleHeading?: (text: string) => string;
}

/**
 * Lays out rows of plain-text cells as an aligned table with a heading and a rule, one string per line.
 * A right-aligned `Rank` column with the cell `1` lays out as `Rank`, `----`, `   1`.
 */
export function formatTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  options: FormatTableOptions = {},
): string[] {
  const widths = columns.map((column, index) =>
    Math.max(column.heading.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const layOut = (cells: readonly string[]) =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? '';
        const width = widths[index] ?? 0;
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const heading = layOut(columns.map((column) => column.heading));
  return [
    options.styleHeading ? options.styleHeading(heading) : heading,
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(layOut),
  ];
}
