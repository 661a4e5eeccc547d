import type { AvailabilityWindow, Weekday } from '@parent-partner/core';
import type { Random } from './random';

const days: readonly Weekday[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** Draws up to `most` weekly availability windows on distinct days, in weekday order. */
export function drawAvailability(random: Random, most: number): AvailabilityWindow[] {
  const chosen = random.sample(days, random.integer(0, most));
  chosen.sort((left, right) => days.indexOf(left) - days.indexOf(right));
  return chosen.map((day) => {
    const startHour = random.integer(8, 17);
    const endHour = Math.min(21, startHour + random.integer(1, 4));
    return {
      day,
      start: `${String(startHour).padStart(2, '0')}:00`,
      end: `${String(endHour).padStart(2, '0')}:${random.chance(0.5) ? '00' : '30'}`,
    };
  });
}
