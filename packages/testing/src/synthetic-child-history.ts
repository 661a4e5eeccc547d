import type {
  EpisodeExitReason,
  MaltreatmentDisposition,
  MaltreatmentReport,
  MaltreatmentReportId,
  Parent,
  PermanencyGoal,
  Placement,
  PlacementId,
  PlacementSetting,
  ProviderId,
  RemovalEpisode,
  RemovalEpisodeId,
} from '@parent-partner/core';
import { addMonthsToDay, formatDay } from './day-numbers';
import { formatId, idWidth } from './generation-context';
import { createWeightedList, type Random } from './random';
import type { MatchPlan } from './synthetic-casework';
import type { ParentDraft, RemovedChild } from './synthetic-parent';

// Synthetic time in care, drawn to look like a state's foster care data (AFCARS) at national rates:
// about 40% of an entry cohort reaches permanency within 12 months, about 8% of those discharged to
// reunification, relatives or guardianship re-enter within 12 months, children move about 4 times per
// 1,000 days in care, and about 9% of victims are victims again within 12 months. Siblings are removed on
// the same day and mostly go home together. Nothing is dated after the reference day.

/** The child history of a synthetic program, in the parsed shape of the core schemas. */
export interface SyntheticChildHistory {
  /** Removal episodes, in parent and child order (a re-entry follows the episode it re-enters from). */
  readonly removalEpisodes: RemovalEpisode[];
  /** Placements, grouped by episode and in date order within each. */
  readonly placements: Placement[];
  /** Maltreatment reports, grouped by child and in date order within each. */
  readonly maltreatmentReports: MaltreatmentReport[];
}

/** What the history is drawn from: the parents as drafted, their referrals and matches. */
export interface ChildHistoryInput {
  /** Parents, with the removal behind each referral. */
  readonly drafts: readonly ParentDraft[];
  /** Day of each parent's referral, by parent index. */
  readonly referralDays: readonly number[];
  /** The matches as scheduled. */
  readonly plans: readonly MatchPlan[];
  /** The reference day: nothing happens after it. */
  readonly asOfDay: number;
}

type ExitPlan = { readonly reason: EpisodeExitReason; readonly day: number };

/** Exits of a removal episode (short stays and emancipation are decided per child). */
const familyExits = createWeightedList<EpisodeExitReason>([
  ['reunification', 56],
  ['living_with_other_relatives', 7],
  ['guardianship', 11],
  ['adoption', 22],
  ['transfer_to_another_agency', 2],
  ['runaway', 1],
  ['death_of_child', 0.2],
]);
const movedToSettings = createWeightedList<PlacementSetting>([
  ['non_relative_foster_home', 50],
  ['relative_home', 30],
  ['congregate_care', 20],
]);
const otherReportDispositions = createWeightedList<MaltreatmentDisposition>([
  ['substantiated', 42],
  ['indicated', 10],
  ['unsubstantiated', 32],
  ['alternative_response', 16],
]);
const rereportDispositions = createWeightedList<MaltreatmentDisposition>([
  ['unsubstantiated', 70],
  ['alternative_response', 30],
]);

/** Placement moves per day of counted care (national observed performance is about 4 per 1,000 days). */
const MOVES_PER_DAY = 0.004;
/** Victimizations per day in care (about 9 per 100,000 days). */
const VICTIMIZATIONS_PER_DAY = 0.00009;

/** Days from an entry to an exit of the given kind, drawn from a mix of quick and slow cases. */
function drawStayDays(random: Random, reason: EpisodeExitReason): number {
  switch (reason) {
    case 'reunification': {
      const roll = random.next();
      if (roll < 0.28) return random.integer(20, 182);
      if (roll < 0.6) return random.integer(183, 364);
      return random.integer(365, 900);
    }
    case 'living_with_other_relatives':
      return random.integer(60, 640);
    case 'guardianship':
      return random.integer(120, 820);
    case 'adoption':
      return random.integer(420, 1460);
    default:
      return random.integer(30, 700);
  }
}

/** Day of the 18th birthday (29 February births turn 18 on 28 February, as core counts ages). */
function eighteenthBirthdayOf(birthDay: number): number {
  return addMonthsToDay(birthDay, 18 * 12);
}

function exponentialDays(random: Random, perDay: number): number {
  return Math.max(1, Math.round(-Math.log(1 - random.next()) / perDay));
}

interface Interruption {
  readonly setting: 'trial_home_visit' | 'runaway';
  readonly from: number;
  readonly to: number;
  /** Whether the child goes back to the provider they left (false: a new home). */
  readonly returnsToSameProvider: boolean;
}

class HistoryWriter {
  readonly removalEpisodes: RemovalEpisode[] = [];
  readonly placements: Placement[] = [];
  readonly maltreatmentReports: MaltreatmentReport[] = [];
  private providerCount = 0;
  private readonly episodeWidth: number;
  private readonly placementWidth: number;
  private readonly reportWidth: number;
  private readonly providerWidth: number;

  constructor(parentCount: number) {
    this.episodeWidth = idWidth(parentCount * 6);
    this.placementWidth = idWidth(parentCount * 24);
    this.reportWidth = idWidth(parentCount * 10);
    this.providerWidth = idWidth(parentCount * 24);
  }

  newProvider(): ProviderId {
    this.providerCount += 1;
    return formatId('provider', this.providerCount, this.providerWidth) as ProviderId;
  }

  addEpisode(parent: Parent, childIndex: number, entryDay: number, exit: ExitPlan | undefined) {
    const child = parent.children[childIndex] as Parent['children'][number];
    const episode: RemovalEpisode = {
      id: formatId(
        'episode',
        this.removalEpisodes.length + 1,
        this.episodeWidth,
      ) as RemovalEpisodeId,
      parentId: parent.id,
      childId: child.id,
      entryDate: formatDay(entryDay),
      ...(exit ? { exitDate: formatDay(exit.day), exitReason: exit.reason } : {}),
    };
    this.removalEpisodes.push(episode);
    return episode;
  }

  addPlacement(
    episode: RemovalEpisode,
    setting: PlacementSetting,
    from: number,
    to: number | undefined,
    providerId: ProviderId | undefined,
  ): void {
    this.placements.push({
      id: formatId('placement', this.placements.length + 1, this.placementWidth) as PlacementId,
      episodeId: episode.id,
      setting,
      startDate: formatDay(from),
      ...(to === undefined ? {} : { endDate: formatDay(to) }),
      ...(providerId === undefined ? {} : { providerId }),
    });
  }

  addReport(parent: Parent, childIndex: number, day: number, disposition: MaltreatmentDisposition) {
    const child = parent.children[childIndex] as Parent['children'][number];
    // Ids are given once the reports are in order (see finishReports).
    this.maltreatmentReports.push({
      id: '' as MaltreatmentReportId,
      parentId: parent.id,
      childId: child.id,
      reportDate: formatDay(day),
      disposition,
    });
  }

  /** Puts the reports in child order, date order within a child, and numbers them in that order. */
  finishReports(): void {
    // Parents and their children are numbered with zero-padded ids, so child ids sort in parent order.
    this.maltreatmentReports.sort((left, right) =>
      left.childId < right.childId
        ? -1
        : left.childId > right.childId
          ? 1
          : left.reportDate < right.reportDate
            ? -1
            : left.reportDate > right.reportDate
              ? 1
              : 0,
    );
    this.maltreatmentReports.forEach((report, index) => {
      report.id = formatId('report', index + 1, this.reportWidth) as MaltreatmentReportId;
    });
  }
}

/**
 * Writes the placements of one episode: counted placements with moves at the national rate, split by the
 * trial home visits and runaways given (which are not moves), ending on the exit or left open.
 */
function writePlacements(
  random: Random,
  writer: HistoryWriter,
  episode: RemovalEpisode,
  span: { readonly entry: number; readonly end: number | undefined; readonly asOf: number },
  firstSetting: PlacementSetting,
  interruptions: readonly Interruption[],
  finalSetting: PlacementSetting | undefined,
): void {
  const last = span.end ?? span.asOf + 1;
  // Counted placements: a move every so often, never inside a trial home visit or a runaway.
  let setting = firstSetting;
  let provider = writer.newProvider();
  let from = span.entry;
  let nextMove = span.entry + exponentialDays(random, MOVES_PER_DAY);
  let interruption = 0;
  const finalFrom = finalSetting === undefined ? undefined : last - random.integer(60, 240);
  while (from < last) {
    const pause = interruptions[interruption];
    const stopAt = Math.min(last, pause?.from ?? last, nextMove);
    if (
      finalFrom !== undefined &&
      finalSetting !== undefined &&
      from < finalFrom &&
      finalFrom < stopAt
    ) {
      // A foster home becoming the pre-adoptive home keeps the provider (not a move), and the child stays.
      writer.addPlacement(episode, setting, from, finalFrom, provider);
      setting = finalSetting;
      from = finalFrom;
      nextMove = Number.POSITIVE_INFINITY;
      continue;
    }
    if (stopAt > from) {
      writer.addPlacement(
        episode,
        setting,
        from,
        stopAt === last && span.end === undefined ? undefined : stopAt,
        provider,
      );
    }
    if (stopAt >= last) break;
    if (pause !== undefined && stopAt === pause.from) {
      const to = Math.min(pause.to, last);
      writer.addPlacement(
        episode,
        pause.setting,
        pause.from,
        to === last && span.end === undefined ? undefined : to,
        undefined,
      );
      interruption += 1;
      if (!pause.returnsToSameProvider) {
        provider = writer.newProvider();
        setting = random.pickWeighted(movedToSettings);
      }
      from = to;
      if (nextMove <= from) nextMove = from + exponentialDays(random, MOVES_PER_DAY);
      continue;
    }
    // A move to another home.
    provider = writer.newProvider();
    setting = random.pickWeighted(movedToSettings);
    from = stopAt;
    nextMove = from + exponentialDays(random, MOVES_PER_DAY);
  }
}

/** Trial home visits and runaways of one stay, in date order and apart from each other. */
function drawInterruptions(
  random: Random,
  entry: number,
  end: number | undefined,
  asOf: number,
  exitReason: EpisodeExitReason | undefined,
  ageAtEntryYears: number,
): Interruption[] {
  const last = end ?? asOf + 1;
  const stay = last - entry;
  const found: Interruption[] = [];
  // A trial home visit that disrupted: the child came back into a foster placement.
  if (stay > 150 && random.chance(0.1)) {
    const from = entry + random.integer(40, stay - 100);
    found.push({
      setting: 'trial_home_visit',
      from,
      to: from + random.integer(10, 60),
      returnsToSameProvider: random.chance(0.5),
    });
  }
  if (ageAtEntryYears >= 12 && stay > 60 && random.chance(0.08)) {
    const from = entry + random.integer(15, stay - 30);
    const clash = found.some((other) => from < other.to + 5 && other.from < from + 30);
    if (!clash) {
      found.push({
        setting: 'runaway',
        from,
        to: from + random.integer(2, 21),
        returnsToSameProvider: random.chance(0.7),
      });
    }
  }
  // The final trial home visit before a reunification.
  if (exitReason === 'reunification' && end !== undefined && stay > 45 && random.chance(0.55)) {
    const from = end - random.integer(14, Math.min(150, stay - 20));
    if (found.every((other) => other.to + 5 < from)) {
      found.push({ setting: 'trial_home_visit', from, to: end, returnsToSameProvider: true });
    }
  }
  found.sort((left, right) => left.from - right.from);
  return found.filter(
    (item, index) => index === 0 || (found[index - 1] as Interruption).to < item.from,
  );
}

/** What happened to a parent's case that an exit can follow from: the last closed match that reached permanency. */
function readPermanencyClosures(
  parentCount: number,
  plans: readonly MatchPlan[],
): (ExitPlan | undefined)[] {
  const closures: (ExitPlan | undefined)[] = Array.from({ length: parentCount }, () => undefined);
  for (const plan of plans) {
    if (plan.closedDay === undefined) continue;
    const reason = plan.match.closureReason;
    if (reason === 'reunified')
      closures[plan.parentIndex] = { reason: 'reunification', day: plan.closedDay };
    else if (reason === 'other_permanency')
      closures[plan.parentIndex] = { reason: 'guardianship', day: plan.closedDay };
  }
  return closures;
}

const permanencyGoals: Partial<Record<EpisodeExitReason, PermanencyGoal>> = {
  reunification: 'reunification',
  living_with_other_relatives: 'live_with_relatives',
  guardianship: 'guardianship',
  adoption: 'adoption',
  emancipation: 'another_planned_permanent_living_arrangement',
};

/**
 * Draws the removal episodes, placements and maltreatment reports of a synthetic program's children, and
 * sets each child's permanency goal and the case closure to agree with them.
 */
export function drawChildHistory(random: Random, input: ChildHistoryInput): SyntheticChildHistory {
  const { drafts, referralDays, asOfDay } = input;
  const writer = new HistoryWriter(drafts.length);
  const closures = readPermanencyClosures(drafts.length, input.plans);

  const writeStay = (
    parent: Parent,
    removed: RemovedChild,
    entry: number,
    plannedExit: ExitPlan | undefined,
    firstSetting: PlacementSetting,
  ): ExitPlan | undefined => {
    const exit = plannedExit !== undefined && plannedExit.day <= asOfDay ? plannedExit : undefined;
    const episode = writer.addEpisode(parent, removed.index, entry, exit);
    const ageAtEntry = (entry - removed.birthDay) / 365.25;
    const interruptions = drawInterruptions(
      random,
      entry,
      exit?.day,
      asOfDay,
      exit?.reason,
      ageAtEntry,
    );
    const adoptive = plannedExit?.reason === 'adoption' && (exit?.day ?? asOfDay) - entry > 300;
    writePlacements(
      random,
      writer,
      episode,
      { entry, end: exit?.day, asOf: asOfDay },
      firstSetting,
      interruptions,
      adoptive ? 'pre_adoptive_home' : undefined,
    );
    // Victimization while in care.
    const days = (exit?.day ?? asOfDay + 1) - entry;
    const victimizations = random.count(days * VICTIMIZATIONS_PER_DAY);
    for (let count = 0; count < victimizations; count += 1) {
      const day = entry + random.integer(0, Math.max(0, days - 1));
      if (day <= asOfDay) {
        writer.addReport(
          parent,
          removed.index,
          day,
          random.chance(0.8) ? 'substantiated' : 'indicated',
        );
      }
    }
    return exit;
  };

  for (let parentIndex = 0; parentIndex < drafts.length; parentIndex += 1) {
    const { parent, removedChildren, childBirthDays } = drafts[parentIndex] as ParentDraft;
    const referralDay = referralDays[parentIndex] as number;
    const closure = closures[parentIndex];
    // Reports that brought the family to the agency's attention.
    const reportDays: (number | undefined)[] = parent.children.map(() => undefined);
    if (removedChildren.length > 0) {
      for (const removed of removedChildren) {
        const day = Math.max(removed.birthDay, removed.entryDay - random.integer(0, 10));
        reportDays[removed.index] = day;
        writer.addReport(
          parent,
          removed.index,
          day,
          random.chance(0.8) ? 'substantiated' : 'indicated',
        );
      }
    } else if (random.chance(0.55)) {
      const familyDay = referralDay - random.integer(5, 120);
      const disposition = random.pickWeighted(otherReportDispositions);
      parent.children.forEach((_child, index) => {
        const day = Math.max(childBirthDays[index] as number, familyDay);
        if (day > asOfDay) return;
        writer.addReport(parent, index, day, disposition);
        if (disposition === 'substantiated' || disposition === 'indicated') reportDays[index] = day;
      });
    }

    // The family's exit: the permanency a closed match reached, or one drawn for the case.
    const familyReason = random.pickWeighted(familyExits);
    const familyStay = drawStayDays(random, familyReason);
    let lastExit: number | undefined;
    let stillInCare = false;
    const reentering = random.chance(0.09);
    const lateReentry = !reentering && random.chance(0.03);
    const reentryGap = reentering ? random.integer(5, 364) : random.integer(366, 700);
    for (const removed of removedChildren) {
      const entry = removed.entryDay;
      const eighteenth = eighteenthBirthdayOf(removed.birthDay);
      let plan: ExitPlan;
      if (random.chance(0.04)) {
        plan = { reason: 'reunification', day: entry + random.integer(1, 7) };
      } else if (closure !== undefined && closure.day >= entry + 8 && random.chance(0.9)) {
        plan = closure;
      } else {
        let reason = familyReason;
        if (reason === 'adoption' && entry - removed.birthDay > 14 * 365) reason = 'guardianship';
        plan = { reason, day: entry + familyStay + random.integer(0, 10) };
      }
      // Youth who reach 18 in care mostly leave on their birthday.
      if (plan.day >= eighteenth && random.chance(0.85)) {
        plan = { reason: 'emancipation', day: Math.max(entry + 1, eighteenth) };
      }
      const exit = writeStay(parent, removed, entry, plan, removed.firstSetting);
      const goal = permanencyGoals[plan.reason];
      const child = parent.children[removed.index];
      if (child !== undefined && goal !== undefined) child.permanencyGoal = goal;
      if (exit === undefined) {
        stillInCare = true;
        continue;
      }
      lastExit = Math.max(lastExit ?? exit.day, exit.day);
      // Re-entry after a discharge to reunification, relatives or guardianship, for the whole family.
      if (
        (reentering || lateReentry) &&
        (exit.reason === 'reunification' ||
          exit.reason === 'living_with_other_relatives' ||
          exit.reason === 'guardianship') &&
        exit.day + reentryGap <= asOfDay &&
        exit.day + reentryGap < eighteenth
      ) {
        const reentry = exit.day + reentryGap;
        const secondDay = reentry + drawStayDays(random, 'reunification');
        const second = writeStay(
          parent,
          removed,
          reentry,
          secondDay >= eighteenth
            ? { reason: 'emancipation', day: eighteenth }
            : { reason: 'reunification', day: secondDay },
          random.chance(0.6) ? 'non_relative_foster_home' : 'relative_home',
        );
        if (second === undefined) stillInCare = true;
        else lastExit = Math.max(lastExit, second.day);
        if (child !== undefined) child.permanencyGoal = 'reunification';
      }
    }

    // Recurrence: another substantiated or indicated report within a year; some same-incident and screened reports.
    parent.children.forEach((_child, index) => {
      const first = reportDays[index];
      if (first === undefined) return;
      if (random.chance(0.075)) {
        const day = first + random.integer(15, 364);
        if (day <= asOfDay)
          writer.addReport(parent, index, day, random.chance(0.8) ? 'substantiated' : 'indicated');
      }
      if (random.chance(0.03)) {
        const day = first + random.integer(1, 14);
        if (day <= asOfDay) writer.addReport(parent, index, day, 'substantiated');
      }
      if (random.chance(0.12)) {
        const day = first + random.integer(30, 500);
        if (day <= asOfDay)
          writer.addReport(parent, index, day, random.pickWeighted(rereportDispositions));
      }
    });

    if (lastExit !== undefined && !stillInCare && parent.caseReference !== undefined) {
      const closedDay = lastExit + random.integer(30, 180);
      if (closedDay <= asOfDay) parent.caseReference.closedOn = formatDay(closedDay);
    }
  }
  writer.finishReports();
  return {
    removalEpisodes: writer.removalEpisodes,
    placements: writer.placements,
    maltreatmentReports: writer.maltreatmentReports,
  };
}
