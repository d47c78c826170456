/**
 * The weeks of a plan, their study days and their phase, before any hours are assigned.
 */
import { addDays, countWeekdays, daysBetween, maxDate, minDate, mondayOf } from './plan-dates';
import type { PlanInput } from './plan-input';

export type PlanPhase = 'first-pass' | 'reinforcement' | 'final-review';

export interface CalendarWeek {
  /** 0 for the plan's first week. */
  readonly index: number;
  /** Monday, yyyy-mm-dd. */
  readonly start: string;
  /** Sunday, yyyy-mm-dd. */
  readonly end: string;
  /** The learner's study days inside the plan (start date to the day before the exam) this week. */
  readonly studyDays: number;
  readonly phase: PlanPhase;
}

/** Shares of the weeks per phase: ~50% first pass, ~30% reinforcement, ~20% final review. */
export const PHASE_SHARES = { firstPass: 0.5, reinforcement: 0.3, finalReview: 0.2 } as const;

/**
 * How many weeks each phase gets. Final review takes ~20% and at least the last 2 weeks once the plan
 * has 4 or more; the rest splits 5 : 3 between first pass and reinforcement, keeping at least one
 * reinforcement week when there is room. A one-week plan is all final review: too late to learn
 * a domain from scratch, not too late to rehearse the exam.
 * @example phaseWeekCounts(22) // { firstPass: 11, reinforcement: 7, finalReview: 4 }
 */
export function phaseWeekCounts(weeks: number): { firstPass: number; reinforcement: number; finalReview: number } {
  if (weeks <= 0) return { firstPass: 0, reinforcement: 0, finalReview: 0 };
  const finalReview = weeks >= 4 ? Math.max(2, Math.round(weeks * PHASE_SHARES.finalReview)) : 1;
  const rest = weeks - finalReview;
  const firstShare = PHASE_SHARES.firstPass / (PHASE_SHARES.firstPass + PHASE_SHARES.reinforcement);
  const firstPass = rest >= 2 ? Math.min(rest - 1, Math.max(1, Math.round(rest * firstShare))) : rest;
  return { firstPass, reinforcement: rest - firstPass, finalReview };
}

/** The phase of week `index` in a plan of `weeks` weeks. */
export function phaseOfWeek(index: number, weeks: number): PlanPhase {
  const counts = phaseWeekCounts(weeks);
  if (index < counts.firstPass) return 'first-pass';
  if (index < counts.firstPass + counts.reinforcement) return 'reinforcement';
  return 'final-review';
}

/** The last study day of a plan: the day before the exam. */
export const lastStudyDate = (input: PlanInput): string => addDays(input.examDate, -1);

/**
 * Monday-to-Sunday weeks from the week of the start date to the week of the exam, without the edge
 * weeks that hold none of the learner's study days (a Sunday start with no Sunday study, or a
 * Monday exam). Only edge weeks can be empty, since every full week holds every study day.
 * Expects a valid input (see validatePlanInput).
 */
export function planCalendar(input: PlanInput): CalendarWeek[] {
  const last = lastStudyDate(input);
  const firstMonday = mondayOf(input.startDate);
  const count = Math.floor(daysBetween(firstMonday, mondayOf(input.examDate)) / 7) + 1;
  const weeks = Array.from({ length: count }, (_, i) => {
    const start = addDays(firstMonday, i * 7);
    const end = addDays(start, 6);
    return { start, end, studyDays: countWeekdays(maxDate(start, input.startDate), minDate(end, last), input.studyDays) };
  });
  const firstUsed = weeks.findIndex((w) => w.studyDays > 0);
  if (firstUsed < 0) return [];
  const lastUsed = weeks.length - 1 - [...weeks].reverse().findIndex((w) => w.studyDays > 0);
  const used = weeks.slice(firstUsed, lastUsed + 1);
  return used.map((w, index) => ({ ...w, index, phase: phaseOfWeek(index, used.length) }));
}

/** The learner's study days in `week` from `from` on, within the plan's start date and last study day. */
export function studyDaysFrom(week: Pick<CalendarWeek, 'start' | 'end'>, input: PlanInput, from: string): number {
  return countWeekdays(maxDate(maxDate(week.start, input.startDate), from), minDate(week.end, lastStudyDate(input)), input.studyDays);
}

/**
 * Exact (unrounded) hours a week holds from `from` on: the weekly hours, pro-rated by the study days
 * it contains. A full week gives exactly `hoursPerWeek`.
 */
export function weekCapacity(week: Pick<CalendarWeek, 'start' | 'end'>, input: PlanInput, from: string): number {
  return (input.hoursPerWeek * studyDaysFrom(week, input, from)) / new Set(input.studyDays).size;
}
