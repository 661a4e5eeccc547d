import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { safeParsePeriod } from '@parent-partner/core';
import {
  buildProgramReport,
  type Report,
  type ReportLanguage,
  type ReportScope,
  renderReportCsv,
  renderReportHtml,
  renderReportJson,
  renderReportMarkdown,
} from '@parent-partner/reports';
import { renderReportXlsx } from '@parent-partner/reports/xlsx';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command-context';
import type { DataFolderRecords } from '../data-folder';
import { loadValidDataFolder } from '../data-folder';
import { ExitCode, type ExitCodeValue } from '../exit-codes';
import {
  inferReportFormat,
  type ReportFormat,
  reportFormats,
  type SuppressionRule,
} from '../report-formats';

/** Options of the `report` command. */
export interface ReportCommandOptions {
  /** The period label, for example `SFY2026-Q2`, `FFY2026`, `2026-03` or `2026-01-01..2026-03-31`. */
  readonly period: string;
  /** The data folder. */
  readonly data: string;
  /** The format; inferred from the extension of `out` when absent. */
  readonly format?: ReportFormat | undefined;
  /** Where to write the report; text formats go to stdout when absent. */
  readonly out?: string | undefined;
  /** Language of labels and texts. */
  readonly language?: ReportLanguage | undefined;
  /** Report on one county (five-digit FIPS) instead of the whole program. */
  readonly county?: string | undefined;
  /** Report on one parent partner's caseload. */
  readonly partner?: string | undefined;
  /** The small-cell suppression rule (default `cms`). */
  readonly suppression?: SuppressionRule | undefined;
}

/** Renders a report in a format: text for every format but XLSX, which is bytes. */
export async function renderReport(
  report: Report,
  format: ReportFormat,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return renderReportHtml(report);
    case 'csv':
      return renderReportCsv(report);
    case 'md':
      return renderReportMarkdown(report);
    case 'json':
      return renderReportJson(report);
    case 'xlsx':
      return renderReportXlsx(report);
  }
}

/** Options of {@link buildDataFolderReport}. */
export interface BuildDataFolderReportOptions {
  /** The period label. */
  readonly period: string;
  /** When the report is generated (ISO date-time with offset). */
  readonly generatedAt: string;
  /** Language of labels and texts. */
  readonly language?: ReportLanguage | undefined;
  /** The scope; the whole program when absent. */
  readonly scope?: ReportScope | undefined;
  /** The small-cell suppression rule. */
  readonly suppression?: SuppressionRule | undefined;
}

/**
 * Builds the program report of a data folder's records for a period.
 *
 * @throws {CliError} when the folder has no program or the period label is not one the SDK reads.
 */
export function buildDataFolderReport(
  records: DataFolderRecords,
  options: BuildDataFolderReportOptions,
): Report {
  const program = records.program[0];
  if (program === undefined) {
    throw new CliError(
      'The data folder has no program.json; a report needs the program (its counties and fiscal year).',
    );
  }
  const period = safeParsePeriod(options.period, {
    fiscalYearStartMonth: program.fiscalYearStartMonth,
  });
  if (!period.success) {
    throw new CliError(
      `--period is not a period the SDK reads (${period.error.message}); use for example SFY2026-Q2, SFY2026, FFY2026-Q1, 2026-Q1, 2026-03 or 2026-01-01..2026-03-31.`,
    );
  }
  return buildProgramReport(
    {
      program,
      parents: records.parent,
      partners: records.parentPartner,
      referrals: records.referral,
      matches: records.match,
      contacts: records.contact,
      removalEpisodes: records.removalEpisode,
      placements: records.placement,
      maltreatmentReports: records.maltreatmentReport,
      supportSessions: records.supportSession,
      engagements: records.engagement,
      groupEvents: records.groupEvent,
    },
    {
      period: period.data,
      generatedAt: options.generatedAt,
      ...(options.language === undefined ? {} : { language: options.language }),
      ...(options.scope === undefined ? {} : { scope: options.scope }),
      ...(options.suppression === undefined
        ? {}
        : { privacy: { suppression: options.suppression } }),
    },
  );
}

/** Writes rendered report output to a file, creating its folder. */
export async function writeReportFile(target: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, content);
}

function resolveScope(options: ReportCommandOptions): ReportScope | undefined {
  if (options.county !== undefined && options.partner !== undefined) {
    throw new CliError('Give --county or --partner, not both.');
  }
  if (options.county !== undefined) return { kind: 'county', countyFips: options.county };
  if (options.partner !== undefined) return { kind: 'partner', partnerId: options.partner };
  return undefined;
}

/** Builds the program report of a data folder for a period and writes it in the asked format. */
export async function runReportCommand(
  context: CommandContext,
  options: ReportCommandOptions,
): Promise<ExitCodeValue> {
  const format =
    options.format ?? (options.out === undefined ? undefined : inferReportFormat(options.out));
  if (format === undefined) {
    throw new CliError(
      `Give --format (${reportFormats.join(', ')}) or an --out file with one of those extensions.`,
    );
  }
  if (format === 'xlsx' && options.out === undefined) {
    throw new CliError('An XLSX report needs --out <file.xlsx>; it cannot be printed.');
  }
  const scope = resolveScope(options);
  const records = await loadValidDataFolder(context, options.data);
  const report = buildDataFolderReport(records, {
    period: options.period,
    generatedAt: context.io.now().toISOString(),
    language: options.language,
    scope,
    suppression: options.suppression,
  });
  const content = await renderReport(report, format);
  if (options.out === undefined) {
    context.io.stdout.write(typeof content === 'string' ? content : '');
    return ExitCode.ok;
  }
  await writeReportFile(context.resolvePath(options.out), content);
  context.output.writeLine(
    `Wrote the ${report.period.label} report (${format}, small cells ${report.privacy.suppression === 'applied' ? 'suppressed' : 'not suppressed'}) to ${options.out}`,
  );
  return ExitCode.ok;
}
