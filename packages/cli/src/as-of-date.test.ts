import { describe, expect, it } from 'vitest';
import { formatLocalDate, resolveAsOfDate } from './as-of-date';
import { CliError } from './cli-error';

describe('resolveAsOfDate', () => {
  const now = () => new Date(2026, 2, 9, 23, 30);

  it('takes a given calendar date, or today in local time', () => {
    expect(resolveAsOfDate('2026-02-28', now)).toBe('2026-02-28');
    expect(resolveAsOfDate(undefined, now)).toBe('2026-03-09');
    expect(formatLocalDate(new Date(2025, 11, 31))).toBe('2025-12-31');
  });

  it.each(['2026-02-30', '2026-3-1', 'today'])('refuses %j as a usage error', (value) => {
    expect(() => resolveAsOfDate(value, now)).toThrow(CliError);
  });
});
