import type { RecordKind } from '@parent-partner/core';

/**
 * A county's export file: the record kind it holds and the record field (a dotted path) each of its headings
 * fills; how a cell is read (number, yes/no, a list split on `;`) follows from the kind's schema.
 */
export interface ExportFile {
  readonly file: string;
  readonly kind: RecordKind;
  readonly columns: Readonly<Record<string, string>>;
}

// The headings are the county's own, as its spreadsheet exports them; the mapping ties each to a field.
/** The files of the example county's monthly export, with their header mappings. */
export const exportFiles: readonly ExportFile[] = [
  {
    file: 'parents.csv',
    kind: 'parent',
    columns: {
      'Parent ID': 'id',
      'Given name': 'name.given',
      'Family name': 'name.family',
      Languages: 'languages',
      County: 'countyFips',
      'Counted in reports': 'reportingConsent',
    },
  },
  {
    file: 'partners.csv',
    kind: 'parentPartner',
    columns: {
      'Partner ID': 'id',
      'Given name': 'name.given',
      'Family name': 'name.family',
      Languages: 'languages',
      County: 'countyFips',
      Status: 'status',
      'Counties served': 'countiesServed',
      'Maximum caseload': 'maxCaseload',
      'Own case resolution': 'ownCase.resolution',
      'Own case resolved on': 'ownCase.resolvedOn',
      'Own case closed on': 'ownCase.closedOn',
    },
  },
  {
    file: 'referrals.csv',
    kind: 'referral',
    columns: {
      'Referral ID': 'id',
      'Parent ID': 'parentId',
      Source: 'source',
      County: 'countyFips',
      'Removal occurred': 'removalOccurred',
      'Received at': 'receivedAt',
      'First contact at': 'firstContactAt',
      Status: 'status',
    },
  },
  {
    file: 'matches.csv',
    kind: 'match',
    columns: {
      'Match ID': 'id',
      'Parent ID': 'parentId',
      'Partner ID': 'partnerId',
      'Referral ID': 'referralId',
      County: 'countyFips',
      Status: 'status',
      'Proposed at': 'proposedAt',
      'Start date': 'startDate',
      'End date': 'endDate',
      'Closure reason': 'closureReason',
    },
  },
  {
    file: 'contacts.csv',
    kind: 'contact',
    columns: {
      'Contact ID': 'id',
      'Match ID': 'matchId',
      'Parent ID': 'parentId',
      'Partner ID': 'partnerId',
      Date: 'date',
      Minutes: 'minutes',
      Mode: 'mode',
      Activity: 'activity',
      Participants: 'participants',
    },
  },
];
