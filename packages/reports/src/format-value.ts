import type { ReportCell, ReportColumnType, ReportLanguage } from './report';

/** Options for formatting report values for people. */
export interface FormatValueOptions {
  /** Language of the report. */
  readonly language: ReportLanguage;
  /** BCP 47 locale for numbers and dates; `en-US` for English and `es-US` for Spanish when omitted. */
  readonly locale?: string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, style: 'integer' | 'decimal' | 'percent'): Intl.NumberFormat {
  const key = `${locale}|${style}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, {
      ...(style === 'percent' ? { style: 'percent' } : {}),
      maximumFractionDigits: style === 'integer' ? 0 : 1,
    });
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    // UTC on both sides: a calendar date is shown as written, whatever the machine's time zone.
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

/** The locale used for a report's numbers and dates. */
export function resolveLocale(options: FormatValueOptions): string {
  return options.locale ?? (options.language === 'es' ? 'es-US' : 'en-US');
}

/**
 * Formats a cell value for people in the report's language: grouped numbers, percentages and long dates.
 *
 * @example
 * ```ts
 * [formatReportValue(0.405, 'proportion', { language: 'es' }), formatReportValue('2025-12-31', 'date', { language: 'es' })];
 * //=> ['40.5%', '31 de diciembre de 2025']
 * ```
 */
export function formatReportValue(
  value: ReportCell,
  type: ReportColumnType,
  options: FormatValueOptions,
): string {
  if (value === null) return '—';
  if (typeof value === 'string') {
    if (type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const [year, month, day] = value.split('-').map(Number) as [number, number, number];
      return dateFormat(resolveLocale(options)).format(Date.UTC(year, month - 1, day));
    }
    return value;
  }
  if (!Number.isFinite(value)) return '—';
  const locale = resolveLocale(options);
  if (type === 'proportion') return numberFormat(locale, 'percent').format(value);
  if (type === 'integer') return numberFormat(locale, 'integer').format(value);
  return numberFormat(locale, 'decimal').format(value);
}
