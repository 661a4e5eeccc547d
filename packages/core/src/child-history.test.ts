import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDate } from './calendar-date';
import {
  type ChildHistory,
  findChildrenInCare,
  parseChildHistory,
  safeParseChildHistory,
  validateChildHistory,
} from './child-history';
import { ValidationError } from './errors';
import type { MaltreatmentReport } from './maltreatment-report';
import { type Parent, ParentSchema } from './parent';
import type { Placement } from './placement';
import type { RemovalEpisode } from './removal-episode';

const episode = (
  id: string,
  entryDate: string,
  exit?: { date: string; reason?: RemovalEpisode['exitReason'] },
  childId = 'child-1',
): RemovalEpisode =>
  ({
    id,
    parentId: 'parent-1',
    childId,
    entryDate,
    ...(exit ? { exitDate: exit.date, exitReason: exit.reason ?? 'reunification' } : {}),
  }) as RemovalEpisode;

const placement = (
  id: string,
  episodeId: string,
  setting: Placement['setting'],
  startDate: string,
  endDate?: string,
): Placement =>
  ({ id, episodeId, setting, startDate, ...(endDate ? { endDate } : {}) }) as Placement;

const report = (id: string, childId: string, reportDate: string): MaltreatmentReport =>
  ({
    id,
    parentId: 'parent-1',
    childId,
    reportDate,
    disposition: 'substantiated',
  }) as MaltreatmentReport;

const history = (parts: Partial<ChildHistory>): ChildHistory => ({
  removalEpisodes: parts.removalEpisodes ?? [],
  placements: parts.placements ?? [],
  maltreatmentReports: parts.maltreatmentReports ?? [],
});

const codesAndPaths = (value: ChildHistory, parents?: readonly Parent[]) =>
  validateChildHistory(value, parents ? { parents } : {}).map((found) => [found.code, found.path]);

describe('validateChildHistory', () => {
  it('accepts a consistent history: consecutive episodes, placements end to end, a final trial home visit', () => {
    const value = history({
      removalEpisodes: [
        episode('e-1', '2024-01-10', { date: '2024-06-01' }),
        // A new entry on the day of the previous exit is not an overlap.
        episode('e-2', '2024-06-01', { date: '2025-02-01' }),
        episode('e-3', '2025-05-01'),
      ],
      placements: [
        placement('p-1', 'e-1', 'non_relative_foster_home', '2024-01-10', '2024-03-01'),
        placement('p-2', 'e-1', 'trial_home_visit', '2024-03-01', '2024-06-01'),
        placement('p-3', 'e-2', 'relative_home', '2024-06-01', '2025-02-01'),
        placement('p-4', 'e-3', 'congregate_care', '2025-05-01'),
      ],
    });
    expect(validateChildHistory(value)).toEqual([]);
  });

  it('refuses overlapping episodes of one child, with the path of the later entry', () => {
    const value = history({
      removalEpisodes: [
        episode('e-2', '2024-03-01', { date: '2024-09-01' }),
        episode('e-1', '2024-01-10', { date: '2024-03-02' }),
        episode('e-other', '2024-01-15', undefined, 'child-2'),
      ],
    });
    expect(codesAndPaths(value)).toEqual([
      ['overlapping_episodes', ['removalEpisodes', 0, 'entryDate']],
    ]);
  });

  it('refuses an episode that starts while an earlier one of the same child is still open', () => {
    const value = history({
      removalEpisodes: [episode('e-1', '2024-01-10'), episode('e-2', '2025-01-10')],
    });
    expect(codesAndPaths(value)).toEqual([
      ['overlapping_episodes', ['removalEpisodes', 1, 'entryDate']],
    ]);
  });

  it('refuses a placement outside its episode and a trial home visit ending after the exit', () => {
    const value = history({
      removalEpisodes: [episode('e-1', '2024-01-10', { date: '2024-06-01' })],
      placements: [
        placement('p-0', 'e-1', 'relative_home', '2024-01-09', '2024-02-01'),
        placement('p-1', 'e-1', 'non_relative_foster_home', '2024-02-01', '2024-04-01'),
        placement('p-2', 'e-1', 'trial_home_visit', '2024-04-01', '2024-06-02'),
        placement('p-3', 'e-1', 'congregate_care', '2024-06-05', '2024-07-01'),
        placement('p-4', 'e-missing', 'congregate_care', '2024-06-05'),
      ],
    });
    expect(codesAndPaths(value)).toEqual([
      ['placement_outside_episode', ['placements', 0, 'startDate']],
      ['trial_home_visit_after_exit', ['placements', 2, 'endDate']],
      ['placement_outside_episode', ['placements', 3, 'startDate']],
      ['unknown_episode', ['placements', 4, 'episodeId']],
    ]);
  });

  it('refuses a placement (not a trial home visit) that ends after the exit, and overlapping placements', () => {
    const value = history({
      removalEpisodes: [episode('e-1', '2024-01-10', { date: '2024-06-01' })],
      placements: [
        placement('p-1', 'e-1', 'non_relative_foster_home', '2024-01-10', '2024-04-01'),
        placement('p-2', 'e-1', 'relative_home', '2024-03-15', '2024-06-03'),
      ],
    });
    expect(codesAndPaths(value)).toEqual([
      ['placement_outside_episode', ['placements', 1, 'endDate']],
      ['overlapping_placements', ['placements', 1, 'startDate']],
    ]);
  });

  it('refuses duplicate ids in each list', () => {
    const value = history({
      removalEpisodes: [
        episode('e-1', '2024-01-10', { date: '2024-02-01' }),
        episode('e-1', '2024-03-01', { date: '2024-04-01' }),
      ],
      maltreatmentReports: [
        report('r-1', 'child-1', '2024-01-01'),
        report('r-1', 'child-1', '2024-05-01'),
      ],
    });
    expect(codesAndPaths(value)).toEqual([
      ['duplicate_id', ['removalEpisodes', 1, 'id']],
      ['duplicate_id', ['maltreatmentReports', 1, 'id']],
    ]);
  });

  it('checks children and birth dates against the parents when they are given', () => {
    const parents = [
      ParentSchema.parse({
        id: 'parent-1',
        name: { given: 'Testa', family: 'Fixture' },
        languages: ['en'],
        countyFips: '55029',
        children: [{ id: 'child-1', birthDate: '2020-05-05' }],
      }),
    ];
    const value = history({
      removalEpisodes: [
        episode('e-1', '2020-05-04', { date: '2020-06-01' }),
        episode('e-2', '2021-01-01', undefined, 'child-9'),
        { ...episode('e-3', '2022-01-01'), parentId: 'parent-9' } as RemovalEpisode,
      ],
      maltreatmentReports: [
        report('r-1', 'child-1', '2020-05-01'),
        report('r-2', 'child-1', '2021-01-01'),
      ],
    });
    expect(codesAndPaths(value, parents)).toEqual([
      ['entry_before_birth', ['removalEpisodes', 0, 'entryDate']],
      ['unknown_child', ['removalEpisodes', 1, 'childId']],
      ['unknown_parent', ['removalEpisodes', 2, 'parentId']],
      ['report_before_birth', ['maltreatmentReports', 0, 'reportDate']],
    ]);
  });

  it('never puts a value in a message', () => {
    const value = history({
      removalEpisodes: [
        episode('Secret-e-1', '2024-01-10', { date: '2024-06-01' }, 'Secret-child'),
        episode('Secret-e-1', '2024-02-10', undefined, 'Secret-child'),
      ],
      placements: [placement('Secret-p', 'Secret-e-9', 'runaway', '2024-01-10')],
    });
    const text = JSON.stringify(validateChildHistory(value));
    expect(text).not.toContain('Secret');
    expect(text).not.toContain('2024');
  });

  it('finds the same problems whatever the order of the records', () => {
    const base = history({
      removalEpisodes: [
        episode('e-1', '2024-01-10', { date: '2024-06-01' }),
        episode('e-2', '2024-05-01', { date: '2024-09-01' }),
        episode('e-3', '2024-01-10', undefined, 'child-2'),
      ],
      placements: [
        placement('p-1', 'e-1', 'relative_home', '2024-01-10', '2024-03-01'),
        placement('p-2', 'e-1', 'trial_home_visit', '2024-02-01', '2024-06-02'),
        placement('p-3', 'e-3', 'runaway', '2024-01-10'),
      ],
    });
    const summarize = (value: ChildHistory) =>
      validateChildHistory(value)
        .map((found) => {
          const list = found.path[0] as keyof ChildHistory;
          const record = value[list][found.path[1] as number] as { id: string };
          return `${found.code}:${record.id}:${String(found.path[2])}`;
        })
        .sort();
    const expected = summarize(base);
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...base.removalEpisodes], { minLength: 3, maxLength: 3 }),
        fc.shuffledSubarray([...base.placements], { minLength: 3, maxLength: 3 }),
        (removalEpisodes, placements) => {
          expect(summarize(history({ removalEpisodes, placements }))).toEqual(expected);
        },
      ),
    );
  });
});

describe('parseChildHistory', () => {
  it('refuses an inconsistent history with the issue code and path', () => {
    const result = safeParseChildHistory({
      removalEpisodes: [
        episode('e-1', '2024-01-10', { date: '2024-06-01' }),
        episode('e-2', '2024-02-01'),
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      {
        path: 'removalEpisodes.1.entryDate',
        code: 'overlapping_episodes',
        message: 'the entry falls inside another removal episode of the same child',
      },
    ]);
    expect(() => parseChildHistory({ removalEpisodes: [{ id: 'e-1' }] })).toThrow(ValidationError);
  });

  it('refuses an exit before its entry through the episode schema', () => {
    const result = safeParseChildHistory({
      removalEpisodes: [episode('e-1', '2024-01-10', { date: '2024-01-09' })],
    });
    expect(result.error?.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['removalEpisodes.0.exitDate', 'invalid_value'],
    ]);
  });

  it('fills missing lists with empty ones', () => {
    expect(parseChildHistory({})).toEqual({
      removalEpisodes: [],
      placements: [],
      maltreatmentReports: [],
    });
  });
});

describe('findChildrenInCare', () => {
  const value = history({
    removalEpisodes: [
      episode('e-1', '2024-01-10', { date: '2024-06-01' }),
      episode('e-2', '2024-03-01', undefined, 'child-2'),
    ],
    placements: [
      placement('p-1', 'e-1', 'non_relative_foster_home', '2024-01-10', '2024-04-01'),
      placement('p-2', 'e-1', 'trial_home_visit', '2024-04-01', '2024-06-01'),
    ],
  });

  it('is in care from the entry day to the day before the exit, in the placement covering the day', () => {
    expect(findChildrenInCare(value, { on: '2024-01-09' }).has('child-1')).toBe(false);
    expect(findChildrenInCare(value, { on: '2024-01-10' }).get('child-1')?.placement?.id).toBe(
      'p-1',
    );
    expect(findChildrenInCare(value, { on: '2024-04-01' }).get('child-1')?.placement?.id).toBe(
      'p-2',
    );
    expect(findChildrenInCare(value, { on: '2024-05-31' }).get('child-1')?.episode.id).toBe('e-1');
    expect(findChildrenInCare(value, { on: '2024-06-01' }).has('child-1')).toBe(false);
  });

  it('gives an episode without a recorded placement, and open episodes stay in care', () => {
    const found = findChildrenInCare(value, { on: addDaysToDate('2024-03-01', 400) });
    expect([...found.keys()]).toEqual(['child-2']);
    expect(found.get('child-2')?.placement).toBeUndefined();
  });
});
