import type { Child, Outcome, OutcomeEvent, OutcomeId, Parent } from '@parent-partner/core';
import { formatDay, readDay } from './day-numbers';
import { formatId } from './generation-context';
import type { Random } from './random';
import type { MatchPlan } from './synthetic-casework';

/** What happened to a parent's case that the outcomes follow from. */
interface ParentCourse {
  /** Day of the last closed match that ended in permanency, with its reason. */
  permanency?: { readonly day: number; readonly reason: 'reunified' | 'other_permanency' };
  /** First day of the longest open match, when one is open. */
  openSince?: number;
  /** Whether the parent was ever in an active match. */
  served: boolean;
}

function collectCourses(parents: readonly Parent[], plans: readonly MatchPlan[]): ParentCourse[] {
  const courses: ParentCourse[] = parents.map(() => ({ served: false }));
  for (const plan of plans) {
    if (plan.startDay === undefined) continue;
    const course = courses[plan.parentIndex] as ParentCourse;
    course.served = true;
    const reason = plan.match.closureReason;
    if (plan.closedDay !== undefined && (reason === 'reunified' || reason === 'other_permanency')) {
      course.permanency = { day: plan.closedDay, reason };
    }
    if (plan.closedDay === undefined) course.openSince = plan.startDay;
  }
  return courses;
}

/**
 * Draws child-level outcomes following the federal (CFSR) logic: entry into care at removal, trial home
 * visits, exits to reunification, guardianship, adoption or relatives, a few re-entries and maltreatment
 * recurrences; updates each child's placement, permanency goal and the case closure to agree.
 */
export function drawOutcomes(
  random: Random,
  parents: readonly Parent[],
  referralDays: readonly number[],
  plans: readonly MatchPlan[],
  asOfDay: number,
): Outcome[] {
  const outcomes: Outcome[] = [];
  const courses = collectCourses(parents, plans);
  const width = Math.max(6, String(parents.length * 6).length);
  const add = (parent: Parent, child: Child, event: OutcomeEvent, day: number): void => {
    outcomes.push({
      id: formatId('outcome', outcomes.length + 1, width) as OutcomeId,
      parentId: parent.id,
      childId: child.id,
      event,
      date: formatDay(day),
    });
  };
  for (let index = 0; index < parents.length; index += 1) {
    const parent = parents[index] as Parent;
    const course = courses[index] as ParentCourse;
    const referralDay = referralDays[index] as number;
    let permanency = course.permanency;
    // Families not served (or served without reaching permanency) also exit care, less often.
    if (
      permanency === undefined &&
      course.openSince === undefined &&
      random.chance(course.served ? 0.2 : 0.25)
    ) {
      const day = referralDay + random.integer(120, 540);
      if (day <= asOfDay)
        permanency = { day, reason: random.chance(0.8) ? 'reunified' : 'other_permanency' };
    }
    let lastExit: number | undefined;
    let reentered = false;
    for (const child of parent.children) {
      if (child.removalDate === undefined) continue;
      const removalDay = readDay(child.removalDate, 'removalDate');
      add(parent, child, 'entered_care', removalDay);
      if (permanency !== undefined && permanency.day > removalDay) {
        if (permanency.reason === 'reunified') {
          if (random.chance(0.5)) {
            const visitDay = permanency.day - random.integer(30, 90);
            if (visitDay > removalDay) add(parent, child, 'trial_home_visit', visitDay);
          }
          add(parent, child, 'reunified', permanency.day);
          child.placement = 'at_home';
          child.permanencyGoal = 'reunification';
          const reentryDay = permanency.day + random.integer(30, 330);
          if (random.chance(0.08) && reentryDay <= asOfDay) {
            add(parent, child, 're_entry', reentryDay);
            child.placement = 'foster_home';
            child.removalDate = formatDay(reentryDay);
            reentered = true;
          }
        } else {
          const roll = random.next();
          const event: OutcomeEvent =
            roll < 0.55 ? 'guardianship' : roll < 0.75 ? 'adoption' : 'living_with_other_relatives';
          add(parent, child, event, permanency.day);
          child.placement = event === 'adoption' ? 'foster_home' : 'with_relatives';
          child.permanencyGoal =
            event === 'guardianship'
              ? 'guardianship'
              : event === 'adoption'
                ? 'adoption'
                : 'live_with_relatives';
        }
        lastExit = permanency.day;
      } else if (
        course.openSince !== undefined &&
        asOfDay - course.openSince > 120 &&
        random.chance(0.25)
      ) {
        const visitDay = asOfDay - random.integer(10, 60);
        if (visitDay > removalDay) {
          add(parent, child, 'trial_home_visit', visitDay);
          child.placement = 'trial_home_visit';
        }
      }
    }
    if (random.chance(course.served ? 0.04 : 0.07) && parent.children.length > 0) {
      const day = referralDay + random.integer(30, 600);
      if (day <= asOfDay)
        add(parent, random.pick(parent.children), 'substantiated_maltreatment', day);
    }
    if (lastExit !== undefined && !reentered && parent.caseReference !== undefined) {
      const closedDay = lastExit + random.integer(30, 180);
      if (closedDay <= asOfDay) parent.caseReference.closedOn = formatDay(closedDay);
    }
  }
  return outcomes;
}
