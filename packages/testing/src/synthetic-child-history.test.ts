import {
  addMonthsToDate,
  daysBetweenDates,
  type RemovalEpisode,
  validateChildHistory,
} from '@parent-partner/core';
import { describe, expect, it } from 'vitest';
import { createSyntheticProgram } from './synthetic-program';

// The rates are measured the simple way (no attribution, no age exclusions), on an entry cohort whose
// follow-up has ended, to check the generator looks like a state's data; the reports package computes the
// federal indicators themselves.
const program = createSyntheticProgram({
  seed: 'child-history-rates',
  asOf: '2026-06-30',
  months: 48,
  parents: 6000,
  partners: 240,
  counties: 20,
  contacts: 0,
});
const cohortStart = '2023-07-01';
const cohortEnd = '2024-06-30';
const permanentExits = new Set([
  'reunification',
  'living_with_other_relatives',
  'guardianship',
  'adoption',
]);
const reEntryExits = new Set(['reunification', 'living_with_other_relatives', 'guardianship']);

function episodesByChild(episodes: readonly RemovalEpisode[]): Map<string, RemovalEpisode[]> {
  const byChild = new Map<string, RemovalEpisode[]>();
  for (const episode of episodes) {
    const list = byChild.get(episode.childId);
    if (list) list.push(episode);
    else byChild.set(episode.childId, [episode]);
  }
  for (const list of byChild.values())
    list.sort((left, right) => (left.entryDate < right.entryDate ? -1 : 1));
  return byChild;
}

describe('synthetic child history', () => {
  const byChild = episodesByChild(program.removalEpisodes);
  const cohort: RemovalEpisode[] = [];
  for (const list of byChild.values()) {
    const first = list.find(
      (episode) => episode.entryDate >= cohortStart && episode.entryDate <= cohortEnd,
    );
    if (first === undefined) continue;
    if (first.exitDate !== undefined && daysBetweenDates(first.entryDate, first.exitDate) < 8)
      continue;
    cohort.push(first);
  }

  it('is consistent with itself and with the parents', () => {
    expect(validateChildHistory(program, { parents: program.parents })).toEqual([]);
  });

  it('brings about 35–45% of an entry cohort to permanency within 12 months', () => {
    const permanent = cohort.filter(
      (episode) =>
        episode.exitDate !== undefined &&
        episode.exitDate < addMonthsToDate(episode.entryDate, 12) &&
        permanentExits.has(episode.exitReason ?? ''),
    );
    expect(cohort.length).toBeGreaterThan(1000);
    const share = permanent.length / cohort.length;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.45);
  });

  it('has about 8% of discharges to reunification, relatives or guardianship re-enter within 12 months', () => {
    let discharged = 0;
    let reEntered = 0;
    for (const episode of cohort) {
      const exit = episode.exitDate;
      if (exit === undefined || !reEntryExits.has(episode.exitReason ?? '')) continue;
      if (exit >= addMonthsToDate(episode.entryDate, 12)) continue;
      discharged += 1;
      const next = byChild.get(episode.childId)?.find((other) => other.entryDate >= exit);
      if (next !== undefined && next.entryDate < addMonthsToDate(exit, 12)) reEntered += 1;
    }
    const share = reEntered / discharged;
    expect(share).toBeGreaterThan(0.06);
    expect(share).toBeLessThan(0.1);
  });

  it('moves children about 4 times per 1,000 days in care (trial home visits and runaways are not moves)', () => {
    const inCohort = new Set(cohort.map((episode) => episode.id));
    const byEpisode = new Map<string, typeof program.placements>();
    for (const placement of program.placements) {
      if (!inCohort.has(placement.episodeId)) continue;
      const list = byEpisode.get(placement.episodeId);
      if (list) list.push(placement);
      else byEpisode.set(placement.episodeId, [placement]);
    }
    let days = 0;
    let moves = 0;
    for (const episode of cohort) {
      const last =
        episode.exitDate !== undefined && episode.exitDate < '2026-07-01'
          ? episode.exitDate
          : '2026-07-01';
      days += daysBetweenDates(episode.entryDate, last);
      let provider: string | undefined;
      let first = true;
      for (const placement of byEpisode.get(episode.id) ?? []) {
        if (placement.setting === 'trial_home_visit' || placement.setting === 'runaway') continue;
        if (!first && placement.providerId !== provider) moves += 1;
        first = false;
        provider = placement.providerId;
      }
    }
    const rate = (moves / days) * 1000;
    expect(rate).toBeGreaterThan(3);
    expect(rate).toBeLessThan(5);
  });

  it('has about 9% of victims victimized again within 12 months (a report within 14 days is the same incident)', () => {
    const dates = new Map<string, string[]>();
    for (const report of program.maltreatmentReports) {
      if (report.disposition !== 'substantiated' && report.disposition !== 'indicated') continue;
      const list = dates.get(report.childId);
      if (list) list.push(report.reportDate);
      else dates.set(report.childId, [report.reportDate]);
    }
    let victims = 0;
    let again = 0;
    for (const list of dates.values()) {
      const first = list.find((date) => date >= cohortStart && date <= cohortEnd);
      if (first === undefined) continue;
      victims += 1;
      const limit = addMonthsToDate(first, 12);
      if (list.some((date) => daysBetweenDates(first, date) > 14 && date < limit)) again += 1;
    }
    const share = again / victims;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.11);
  });

  it('has children in care for years on any day (the cohorts of the 12–23 and 24+ months measures)', () => {
    const firstDay = '2025-07-01';
    const inCare = program.removalEpisodes.filter(
      (episode) =>
        episode.entryDate < firstDay &&
        (episode.exitDate === undefined || episode.exitDate > firstDay),
    );
    const longStays = inCare.filter((episode) => episode.entryDate <= '2023-07-01');
    const middle = inCare.filter(
      (episode) => episode.entryDate <= '2024-07-01' && episode.entryDate > '2023-07-01',
    );
    expect(longStays.length).toBeGreaterThan(100);
    expect(middle.length).toBeGreaterThan(100);
  });

  it('is the same, byte for byte, for the same seed', () => {
    const options = { seed: 'same', asOf: '2026-06-30', parents: 80, partners: 8, contacts: 0 };
    const first = createSyntheticProgram(options);
    const second = createSyntheticProgram(options);
    expect(
      JSON.stringify([first.removalEpisodes, first.placements, first.maltreatmentReports]),
    ).toBe(JSON.stringify([second.removalEpisodes, second.placements, second.maltreatmentReports]));
    const other = createSyntheticProgram({ ...options, seed: 'other' });
    expect(JSON.stringify(other.removalEpisodes)).not.toBe(JSON.stringify(first.removalEpisodes));
  });
});
