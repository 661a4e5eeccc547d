import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseProgram, type RecordKind, type RecordOf } from '@parent-partner/core';
import { importCsvRecords, listImportProblems } from '@parent-partner/import';
import { buildProgramReport, renderReportHtml } from '@parent-partner/reports';
import { renderReportXlsx } from '@parent-partner/reports/xlsx';
import { type ExportFile, exportFiles } from './columns';

/** A row of an export that did not validate, or a problem of the export's header: its line and each problem, by field path and code (never by value). */
export interface RejectedRow {
  readonly file: string;
  readonly line: number;
  readonly problems: readonly string[];
}

/** Where the example prints: one line at a time (the test passes its own). */
export type WriteLine = (line: string) => void;

/** Options of {@link main}. */
export interface MonthlyReportOptions {
  /** Folder holding `program.json` and the CSV exports; the example's fixtures by default. */
  readonly dataDirectory?: string;
  /** Folder the HTML and XLSX files are written to. */
  readonly outDirectory: string;
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** When the report is generated (the clock is never read). */
  readonly generatedAt: string;
}

/** What the example produced. */
export interface MonthlyReportResult {
  readonly recordCounts: Readonly<Record<string, number>>;
  readonly rejected: readonly RejectedRow[];
  readonly htmlPath: string;
  readonly xlsxPath: string;
  readonly html: string;
  readonly xlsx: Uint8Array;
}

function exportOf<Kind extends RecordKind>(kind: Kind): ExportFile & { readonly kind: Kind } {
  const file = exportFiles.find((candidate) => candidate.kind === kind);
  if (!file) throw new Error(`no export file holds ${kind} records`);
  return file as ExportFile & { readonly kind: Kind };
}

/** Reads the county's exports, validates them, and writes the month's activity report as HTML and XLSX. */
export async function main(
  options: MonthlyReportOptions,
  write: WriteLine,
): Promise<MonthlyReportResult> {
  const data = options.dataDirectory ?? join(import.meta.dirname, '..', 'fixtures');
  // @parent-partner/import reads each export with its header mapping: the headings are renamed to field
  // paths, the cells read by the kind's schema (lists, numbers, yes/no), any cell a spreadsheet would run as
  // a formula withheld, and every row validated; a bad row is reported by line and field path, never by value.
  const read = <Kind extends RecordKind>(
    kind: Kind,
  ): { records: RecordOf<Kind>[]; rejected: RejectedRow[] } => {
    const file = exportOf(kind);
    const result = importCsvRecords(kind, readFileSync(join(data, file.file)), {
      columns: file.columns,
    });
    const problemsByLine = new Map<number, string[]>();
    for (const problem of listImportProblems(result)) {
      const path =
        problem.path.join('.') ||
        (problem.column === undefined ? '(row)' : `column ${problem.column}`);
      const list = problemsByLine.get(problem.line) ?? [];
      list.push(`${path}: ${problem.code}`);
      problemsByLine.set(problem.line, list);
    }
    return {
      records: result.records.map((entry) => entry.record),
      rejected: [...problemsByLine].map(([line, problems]) => ({
        file: file.file,
        line,
        problems,
      })),
    };
  };
  const program = parseProgram(JSON.parse(readFileSync(join(data, 'program.json'), 'utf8')));
  const parents = read('parent');
  const partners = read('parentPartner');
  const referrals = read('referral');
  const matches = read('match');
  const contacts = read('contact');
  const rejected = [parents, partners, referrals, matches, contacts].flatMap(
    (file) => file.rejected,
  );

  write(`Read the exports of ${program.name}:`);
  const recordCounts = {
    parents: parents.records.length,
    partners: partners.records.length,
    referrals: referrals.records.length,
    matches: matches.records.length,
    contacts: contacts.records.length,
  };
  for (const [name, count] of Object.entries(recordCounts)) write(`  ${count} ${name}`);
  for (const row of rejected) {
    write(`  refused ${row.file} line ${row.line}: ${row.problems.join('; ')}`);
  }

  // Small cells are suppressed with the CMS rule unless a program explicitly says otherwise.
  const report = buildProgramReport(
    {
      program,
      parents: parents.records,
      partners: partners.records,
      referrals: referrals.records,
      matches: matches.records,
      contacts: contacts.records,
    },
    {
      period: options.month,
      generatedAt: options.generatedAt,
      title: `Monthly activity report, ${options.month}`,
    },
  );
  const html = renderReportHtml(report);
  const xlsx = await renderReportXlsx(report);
  mkdirSync(options.outDirectory, { recursive: true });
  const htmlPath = join(options.outDirectory, `monthly-activity-${options.month}.html`);
  const xlsxPath = join(options.outDirectory, `monthly-activity-${options.month}.xlsx`);
  writeFileSync(htmlPath, html);
  writeFileSync(xlsxPath, xlsx);
  write(`Wrote ${htmlPath}`);
  write(`Wrote ${xlsxPath}`);
  write(
    `${report.sections.length} sections; ${report.suppressionNotes.length} tables with small counts hidden.`,
  );
  return { recordCounts, rejected, htmlPath, xlsxPath, html, xlsx };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(
    {
      outDirectory: resolve('out', 'monthly-report'),
      month: '2026-05',
      generatedAt: '2026-06-01T08:00:00-05:00',
    },
    (line) => process.stdout.write(`${line}\n`),
  );
}
