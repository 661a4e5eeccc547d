import type { DataKind } from './data-kind';

// Names a file may end with, tried longest first so that `parent-partners` wins over `partners` and `parents`.
const fileNameKinds: readonly (readonly [string, DataKind])[] = [
  ['parentpartners', 'parentPartner'],
  ['parentpartner', 'parentPartner'],
  ['supportsessions', 'supportSession'],
  ['supportsession', 'supportSession'],
  ['groupevents', 'groupEvent'],
  ['groupevent', 'groupEvent'],
  ['engagements', 'engagement'],
  ['engagement', 'engagement'],
  ['referrals', 'referral'],
  ['referral', 'referral'],
  ['partners', 'parentPartner'],
  ['partner', 'parentPartner'],
  ['contacts', 'contact'],
  ['contact', 'contact'],
  ['removalepisodes', 'removalEpisode'],
  ['removalepisode', 'removalEpisode'],
  ['maltreatmentreports', 'maltreatmentReport'],
  ['maltreatmentreport', 'maltreatmentReport'],
  ['placements', 'placement'],
  ['placement', 'placement'],
  ['programs', 'program'],
  ['program', 'program'],
  ['parents', 'parent'],
  ['parent', 'parent'],
  ['matches', 'match'],
  ['match', 'match'],
  ['staff', 'staff'],
  ['consents', 'consent'],
  ['consent', 'consent'],
];
const kindByFileName = [...fileNameKinds].sort(([left], [right]) => right.length - left.length);

/**
 * Infers the record kind of a file from its name, ignoring case, separators and any prefix
 * (`door-county_Parent-Partners.csv` holds parent partners); `undefined` when the name says nothing.
 * For example `exports/parents.csv` holds parents, `parent_partners.ndjson` parent partners, and
 * `notes.csv` gives no kind.
 */
export function inferRecordKind(fileName: string): DataKind | undefined {
  const baseName = fileName.split(/[\\/]/).at(-1) ?? '';
  const stem = baseName
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return kindByFileName.find(([name]) => stem.endsWith(name))?.[1];
}
