import type {
  Contact,
  Engagement,
  GroupEvent,
  MaltreatmentReport,
  Match,
  Parent,
  ParentPartner,
  Placement,
  Program,
  Referral,
  RemovalEpisode,
  SupportSession,
} from '@parent-partner/core';

/**
 * The records of one program that metrics and reports are computed from, already parsed by core's schemas.
 *
 * Only `program` and `parents` are required; a missing list counts as empty.
 */
export interface ProgramRecords {
  /** The program: its counties, fiscal year, required trainings, contact targets and consent policy. */
  readonly program: Program;
  /** Parents served (mentees); their county and reporting consent are read. */
  readonly parents: readonly Parent[];
  /** Parent partners (peer mentors); status, caseload, trainings and counties are read. */
  readonly partners?: readonly ParentPartner[];
  /** Referrals to the program. */
  readonly referrals?: readonly Referral[];
  /** Matches between parents and parent partners. */
  readonly matches?: readonly Match[];
  /** Rows of the monthly activity form. */
  readonly contacts?: readonly Contact[];
  /** Removal episodes of the children of the parents served. */
  readonly removalEpisodes?: readonly RemovalEpisode[];
  /** Placements within those episodes (trial home visits and runaways included). */
  readonly placements?: readonly Placement[];
  /** Maltreatment reports about those children. */
  readonly maltreatmentReports?: readonly MaltreatmentReport[];
  /** Trainings, supervision and clinical support sessions for the partners. */
  readonly supportSessions?: readonly SupportSession[];
  /** Advisory council meetings, committee and board seats and other systems work. */
  readonly engagements?: readonly Engagement[];
  /** Orientation classes, Parent Cafés and support groups. */
  readonly groupEvents?: readonly GroupEvent[];
}
