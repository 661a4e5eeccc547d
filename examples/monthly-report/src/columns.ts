import type { RecordKind } from '@parent-partner/core';

/** How a cell is read: as text, a number, yes/no, or a list of items separated by `;`. */
export type CellType = 'text' | 'number' | 'boolean' | 'list';

/** One column of a county's export: the record field it fills (a dotted path) and how to read it. */
export interface Column {
  readonly path: string;
  readonly type: CellType;
}

/** A county's export file: the record kind it holds and the mapping of its headings to record fields. */
export interface ExportFile {
  readonly file: string;
  readonly kind: RecordKind;
  readonly columns: Readonly<Record<string, Column>>;
}

const text = (path: string): Column => ({ path, type: 'text' });
const number = (path: string): Column => ({ path, type: 'number' });
const yesNo = (path: string): Column => ({ path, type: 'boolean' });
const list = (path: string): Column => ({ path, type: 'list' });

// The headings are the county's own, as its spreadsheet exports them; the mapping ties each to a field.
/** The files of the example county's monthly export, with their header mappings. */
export const exportFiles: readonly ExportFile[] = [
  {
    file: 'parents.csv',
    kind: 'parent',
    columns: {
      'Parent ID': text('id'),
      'Given name': text('name.given'),
      'Family name': text('name.family'),
      Languages: list('languages'),
      County: text('countyFips'),
      'Counted in reports': yesNo('reportingConsent'),
    },
  },
  {
    file: 'partners.csv',
    kind: 'parentPartner',
    columns: {
      'Partner ID': text('id'),
      'Given name': text('name.given'),
      'Family name': text('name.family'),
      Languages: list('languages'),
      County: text('countyFips'),
      Status: text('status'),
      'Counties served': list('countiesServed'),
      'Maximum caseload': number('maxCaseload'),
      'Own case resolution': text('ownCase.resolution'),
      'Own case resolved on': text('ownCase.resolvedOn'),
      'Own case closed on': text('ownCase.closedOn'),
    },
  },
  {
    file: 'referrals.csv',
    kind: 'referral',
    columns: {
      'Referral ID': text('id'),
      'Parent ID': text('parentId'),
      Source: text('source'),
      County: text('countyFips'),
      'Removal occurred': yesNo('removalOccurred'),
      'Received at': text('receivedAt'),
      'First contact at': text('firstContactAt'),
      Status: text('status'),
    },
  },
  {
    file: 'matches.csv',
    kind: 'match',
    columns: {
      'Match ID': text('id'),
      'Parent ID': text('parentId'),
      'Partner ID': text('partnerId'),
      'Referral ID': text('referralId'),
      County: text('countyFips'),
      Status: text('status'),
      'Proposed at': text('proposedAt'),
      'Start date': text('startDate'),
      'End date': text('endDate'),
      'Closure reason': text('closureReason'),
    },
  },
  {
    file: 'contacts.csv',
    kind: 'contact',
    columns: {
      'Contact ID': text('id'),
      'Match ID': text('matchId'),
      'Parent ID': text('parentId'),
      'Partner ID': text('partnerId'),
      Date: text('date'),
      Minutes: number('minutes'),
      Mode: text('mode'),
      Activity: text('activity'),
      Participants: list('participants'),
    },
  },
];
