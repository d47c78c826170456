/**
 * What the learner tells the plan generator, its defaults, and its validation in plain words.
 */
import type { ExamId } from '../exam-blueprints';
import { addDays, addMonths, countWeekdays, daysBetween } from './plan-dates';
import { calendarDayOf, isCalendarDay } from '../calendar-day';
import { backgrounds, type Background } from './study-need';

export interface PlanInput {
  readonly exam: ExamId;
  /** First study day, yyyy-mm-dd. */
  readonly startDate: string;
  /** Exam day, yyyy-mm-dd. The plan studies up to the day before. */
  readonly examDate: string;
  /** 1–40 hours in a full week. */
  readonly hoursPerWeek: number;
  readonly background: Background;
  /** Days of the week the learner studies: 0 = Sunday … 6 = Saturday. At least one. */
  readonly studyDays: readonly number[];
}

export const HOURS_PER_WEEK_MIN = 1;
export const HOURS_PER_WEEK_MAX = 40;
/** Longer plans are allowed up to this; beyond it the learner should set a nearer goal first. */
export const PLAN_DAYS_MAX = 731;

/**
 * Defaults from shared/exam-facts.md ("Study time"): CISSP 4–6 months → 5 months ahead; CC 4–8 weeks
 * → 6 weeks ahead. 12 h a week sits in the seed plan's 10–15 h. Monday to Saturday leaves Sunday free.
 * Background defaults to 'from-it' because Bastion's audience is AI/ML engineers.
 * @example defaultPlanInput('cc', new Date(2026, 2, 4)).examDate // '2026-04-15'
 */
export function defaultPlanInput(exam: ExamId, today: Date): PlanInput {
  const startDate = calendarDayOf(today);
  return {
    exam,
    startDate,
    examDate: exam === 'cissp' ? addMonths(startDate, 5) : addDays(startDate, 6 * 7),
    hoursPerWeek: 12,
    background: 'from-it',
    studyDays: [1, 2, 3, 4, 5, 6],
  };
}

/** The study days of a plan: from the start date to the day before the exam. */
export function studyDayCount(input: PlanInput): number {
  return countWeekdays(input.startDate, addDays(input.examDate, -1), input.studyDays);
}

/**
 * Everything wrong with an input, in words a learner can act on; empty when the input is usable.
 * Given `today` (yyyy-mm-dd), an exam date that is not after it is refused too: such a plan would be
 * over before it began.
 * @example validatePlanInput({ ...input, hoursPerWeek: 50 }) // ['Hours per week must be between 1 and 40 (you entered 50).']
 */
export function validatePlanInput(input: PlanInput, today?: string): string[] {
  const problems: string[] = [];
  if (input.exam !== 'cissp' && input.exam !== 'cc') problems.push('Choose the exam: CISSP or CC.');
  if (!backgrounds.includes(input.background)) problems.push('Choose your background: new to security, coming from IT, or experienced.');
  // NaN is an empty (or half-typed) field: ask for the number rather than quote it back.
  if (Number.isNaN(input.hoursPerWeek)) problems.push(`Enter the hours per week (${HOURS_PER_WEEK_MIN}–${HOURS_PER_WEEK_MAX}).`);
  else if (!Number.isFinite(input.hoursPerWeek) || input.hoursPerWeek < HOURS_PER_WEEK_MIN || input.hoursPerWeek > HOURS_PER_WEEK_MAX) {
    problems.push(`Hours per week must be between ${HOURS_PER_WEEK_MIN} and ${HOURS_PER_WEEK_MAX} (you entered ${input.hoursPerWeek}).`);
  }
  if (input.studyDays.length === 0) problems.push('Pick at least one study day.');
  else if (
    input.studyDays.some((d) => !Number.isInteger(d) || d < 0 || d > 6) ||
    new Set(input.studyDays).size !== input.studyDays.length
  ) {
    problems.push('Study days must be distinct days of the week, from 0 (Sunday) to 6 (Saturday).');
  }
  const startValid = isCalendarDay(input.startDate);
  const examValid = isCalendarDay(input.examDate);
  // A date field holds '' until all its parts are filled in; the learner never types yyyy-mm-dd.
  if (!startValid) problems.push(input.startDate === '' ? 'Enter a start date.' : 'The start date is not a real calendar date.');
  if (!examValid) problems.push(input.examDate === '' ? 'Enter an exam date.' : 'The exam date is not a real calendar date.');
  if (startValid && examValid) {
    const span = daysBetween(input.startDate, input.examDate);
    if (span <= 0) problems.push('The exam date must be after the start date.');
    else if (span > PLAN_DAYS_MAX) problems.push('The exam date is more than two years after the start; pick a date within two years.');
    else if (today !== undefined && input.examDate < today)
      problems.push('The exam date has already passed; pick an exam date after today.');
    else if (today !== undefined && input.examDate === today)
      problems.push('The exam is today, so no study days are left; pick a later exam date.');
    else if (problems.length === 0 && studyDayCount(input) === 0) {
      problems.push('None of your study days falls between the start date and the exam date; add a study day or move the exam date.');
    }
  }
  return problems;
}
