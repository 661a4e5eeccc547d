import type { AvailabilityWindow } from '@parent-partner/core';

// Small, allocation-free helpers over records for the built-in rules.

/** Primary language subtag in lower case: `es-MX` and `es` are the same language for matching. */
export function toPrimaryLanguage(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}

/** Whether one of the tags has the given primary language subtag (lower case), without allocating. */
export function speaksLanguage(tags: readonly string[], language: string): boolean {
  const length = language.length;
  for (const tag of tags) {
    if (tag.length !== length && tag.charCodeAt(length) !== 45) continue;
    if (
      tag.length === length
        ? tag === language || tag.toLowerCase() === language
        : tag.slice(0, length).toLowerCase() === language
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Remembers the last value computed from a key object: rules derive data from the parent once per ranking
 * instead of once per partner (a one-entry cache by identity; records are not mutated once handed to matching).
 */
export function rememberLast<Key extends object, Value>(
  compute: (key: Key) => Value,
): (key: Key) => Value {
  let lastKey: Key | undefined;
  let lastValue: Value | undefined;
  return (key) => {
    if (key !== lastKey) {
      lastValue = compute(key);
      lastKey = key;
    }
    return lastValue as Value;
  };
}

/** A weekly interval in minutes from Monday 00:00. */
export interface WeeklyInterval {
  readonly start: number;
  readonly end: number;
}

const dayOffsets: Readonly<Record<string, number>> = {
  monday: 0,
  tuesday: 1,
  wednesday: 2,
  thursday: 3,
  friday: 4,
  saturday: 5,
  sunday: 6,
};

function toMinutes(time: string): number {
  // HH:MM, checked by the schema.
  return (
    ((time.charCodeAt(0) - 48) * 10 + time.charCodeAt(1) - 48) * 60 +
    (time.charCodeAt(3) - 48) * 10 +
    time.charCodeAt(4) -
    48
  );
}

/** Availability windows as sorted, merged weekly intervals in minutes. */
export function indexAvailability(
  windows: readonly AvailabilityWindow[],
): readonly WeeklyInterval[] {
  const raw = windows
    .map((window) => {
      const offset = (dayOffsets[window.day] ?? 0) * 1440;
      return { start: offset + toMinutes(window.start), end: offset + toMinutes(window.end) };
    })
    .sort((left, right) => left.start - right.start || left.end - right.end);
  const merged: WeeklyInterval[] = [];
  for (const interval of raw) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, interval.end) };
    } else merged.push(interval);
  }
  return merged;
}

/** Total minutes of a list of merged intervals. */
export function countMinutes(intervals: readonly WeeklyInterval[]): number {
  let total = 0;
  for (const interval of intervals) total += interval.end - interval.start;
  return total;
}

// Scratch space for a partner's windows, reused between calls (single-threaded, no allocation per pair).
let scratchStarts = new Int32Array(64);
let scratchEnds = new Int32Array(64);

/** Minutes of the merged intervals `left` that the (unmerged, unsorted) windows also cover, without allocating. */
export function countCoveredMinutes(
  left: readonly WeeklyInterval[],
  windows: readonly AvailabilityWindow[],
): number {
  const count = windows.length;
  if (count > scratchStarts.length) {
    scratchStarts = new Int32Array(count * 2);
    scratchEnds = new Int32Array(count * 2);
  }
  const starts = scratchStarts;
  const ends = scratchEnds;
  for (let index = 0; index < count; index += 1) {
    const window = windows[index] as AvailabilityWindow;
    const offset = (dayOffsets[window.day] ?? 0) * 1440;
    const start = offset + toMinutes(window.start);
    const end = offset + toMinutes(window.end);
    // Insertion sort by start: lists are short.
    let position = index;
    while (position > 0 && (starts[position - 1] as number) > start) {
      starts[position] = starts[position - 1] as number;
      ends[position] = ends[position - 1] as number;
      position -= 1;
    }
    starts[position] = start;
    ends[position] = end;
  }
  // Merge in place.
  let merged = 0;
  for (let index = 0; index < count; index += 1) {
    if (merged > 0 && (starts[index] as number) <= (ends[merged - 1] as number)) {
      ends[merged - 1] = Math.max(ends[merged - 1] as number, ends[index] as number);
    } else {
      starts[merged] = starts[index] as number;
      ends[merged] = ends[index] as number;
      merged += 1;
    }
  }
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < merged) {
    const a = left[i] as WeeklyInterval;
    const start = Math.max(a.start, starts[j] as number);
    const end = Math.min(a.end, ends[j] as number);
    if (end > start) total += end - start;
    if (a.end < (ends[j] as number)) i += 1;
    else j += 1;
  }
  return total;
}

/** Minutes two lists of merged, sorted intervals have in common. */
export function countOverlapMinutes(
  left: readonly WeeklyInterval[],
  right: readonly WeeklyInterval[],
): number {
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const a = left[i]!;
    const b = right[j]!;
    const start = Math.max(a.start, b.start);
    const end = Math.min(a.end, b.end);
    if (end > start) total += end - start;
    if (a.end < b.end) i += 1;
    else j += 1;
  }
  return total;
}

const earthRadiusKm = 6371.0088;

/** Great-circle distance in kilometres between two points (haversine). */
export function measureDistanceKm(
  latitudeA: number,
  longitudeA: number,
  latitudeB: number,
  longitudeB: number,
): number {
  const toRadians = Math.PI / 180;
  const dLat = (latitudeB - latitudeA) * toRadians;
  const dLon = (longitudeB - longitudeA) * toRadians;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(latitudeA * toRadians) * Math.cos(latitudeB * toRadians) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Appends an item to a list created on first use (lists of findings are usually empty). */
export function appendItem<Item>(list: Item[] | undefined, item: Item): Item[] {
  if (!list) return [item];
  list.push(item);
  return list;
}
