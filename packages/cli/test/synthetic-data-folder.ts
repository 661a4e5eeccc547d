import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSyntheticProgram, DEFAULT_SYNTHETIC_AS_OF } from '@parent-partner/testing';
import { writeDataFolder } from '../src/data-folder';
import { createDemoCohort } from '../src/demo-cohort';

/** The decision date of the test data folder (the synthetic program's last day). */
export const testAsOf: string = DEFAULT_SYNTHETIC_AS_OF;

/** Writes a small seeded synthetic program (with a trained cohort that has room) into a new temporary folder. */
export async function createSyntheticDataFolder(): Promise<{
  directory: string;
  dataFolder: string;
}> {
  const directory = await mkdtemp(join(tmpdir(), 'parent-partner-data-'));
  const synthetic = createSyntheticProgram({
    seed: 'cli-test',
    asOf: testAsOf,
    counties: 2,
    parents: 60,
    partners: 8,
  });
  const dataFolder = join(directory, 'data');
  await writeDataFolder(dataFolder, {
    program: [synthetic.program],
    parent: synthetic.parents,
    parentPartner: [
      ...synthetic.partners,
      ...createDemoCohort(synthetic.program, 3, 'cli-test', testAsOf),
    ],
    staff: synthetic.staff,
    referral: synthetic.referrals,
    match: synthetic.matches,
    contact: synthetic.contacts,
    removalEpisode: synthetic.removalEpisodes,
    placement: synthetic.placements,
    maltreatmentReport: synthetic.maltreatmentReports,
    supportSession: synthetic.supportSessions,
    engagement: synthetic.engagements,
    groupEvent: synthetic.groupEvents,
    consent: [],
  });
  return { directory, dataFolder };
}
