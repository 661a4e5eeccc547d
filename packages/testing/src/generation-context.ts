import type { CalendarDate } from '@parent-partner/core';
import type { SyntheticState } from './demographics';

/** What every record builder needs to know: the state and the window of history. */
export interface GenerationContext {
  /** State whose counties, phone area codes and ZIP prefixes are used. */
  readonly state: SyntheticState;
  /** Day number of the reference date; nothing happens after it. */
  readonly asOfDay: number;
  /** Day number of the first day of the history window. */
  readonly startDay: number;
}

/** The reference date used by the single-record factories when none is given. */
export const DEFAULT_SYNTHETIC_AS_OF: CalendarDate = '2026-07-01';

/** Formats a sequence number as an id with a kind prefix, zero-padded to `width` digits. */
export function formatId(prefix: string, number: number, width: number): string {
  return `${prefix}-${String(number).padStart(width, '0')}`;
}

/** The zero-padding width that keeps `count` ids the same length (at least 4). */
export function idWidth(count: number): number {
  return Math.max(4, String(Math.max(1, count)).length);
}
