/** The formats a report is written in. */
export const reportFormats = ['html', 'csv', 'md', 'json', 'xlsx'] as const;

/** One of the formats a report is written in. */
export type ReportFormat = (typeof reportFormats)[number];

/** The small-cell suppression rules the command offers (suppression cannot be switched off from the command line). */
export const suppressionRules = ['cms', 'california', 'washington'] as const;

/** One of the small-cell suppression rules the command offers. */
export type SuppressionRule = (typeof suppressionRules)[number];

/**
 * Tells the report format from a file name's extension (`.markdown` is Markdown too, `.pdf` is no format).
 */
export function inferReportFormat(file: string): ReportFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (extension === 'markdown') return 'md';
  return reportFormats.find((format) => format === extension);
}
