/**
 * Is the learner on track? Hours and coverage to date against the plan, the pace, when the plan's
 * hours would be done at that pace, and what to do about it this week.
 */
import { studyDaysFrom } from './plan-calendar';
import { addDays, countWeekdays, daysBetween, maxDate, minDate } from './plan-dates';
import { calendarDayOf } from '../calendar-day';
import { longDayText } from '../day-text';
import type { StudyPlan } from './plan-generator';
import type { PlanWeek } from './week-schedule';

/** Behind when fewer than 85% of the planned hours to date are done. */
export const BEHIND_HOURS_RATIO = 0.85;
/** Ahead when more than 115% are done. */
export const AHEAD_HOURS_RATIO = 1.15;
/** Behind when coverage trails the planned coverage by more than 15 points. */
export const COVERAGE_SLACK = 0.15;
/** Pace is measured over the last 4 weeks (or since the start when the plan is younger). */
export const PACE_WEEKS = 4;

export type TrackStatus = 'ahead' | 'on-track' | 'behind';

export interface TrackReport {
  readonly status: TrackStatus;
  /** Hours the plan asked for up to yesterday (today's hours are not expected yet). */
  readonly plannedHours: number;
  readonly actualHours: number;
  /** Share of the questions the plan expects seen by now: a straight ramp to 100% at the end of the first pass. */
  readonly plannedCoverage: number;
  readonly actualCoverage: number;
  /**
   * Hours per week over the last 4 weeks (or since the start), counting days up to yesterday like
   * `plannedHours`; null until the plan's first day is over.
   */
  readonly paceHoursPerWeek: number | null;
  /** When the plan's total hours would be done at that pace (yyyy-mm-dd); null without a pace. */
  readonly projectedFinish: string | null;
  /** Whether that date is on or before the exam date. */
  readonly finishesByExam: boolean | null;
  /** One plain-words suggestion for this week. */
  readonly suggestion: string;
}

/** Hours studied per week of the plan, or only the total when that is all there is. */
export type HoursToDate = number | readonly { readonly weekIndex: number; readonly hours: number }[];

/** The week holding `now`, or undefined before the plan's first week and after its last. */
export function currentWeek(plan: StudyPlan, now: Date): PlanWeek | undefined {
  const today = calendarDayOf(now);
  return plan.weeks.find((w) => w.start <= today && today <= w.end);
}

/**
 * The learner's standing against the plan at `now`.
 * @example onTrack(plan, 30, 0.25, now).suggestion // 'Add about 6 h this week, on Domain 3 and Domain 4.'
 */
export function onTrack(plan: StudyPlan, actualHoursToDate: HoursToDate, coverageToDate: number, now: Date): TrackReport {
  const today = calendarDayOf(now);
  const { input } = plan;
  const actualHours =
    typeof actualHoursToDate === 'number' ? clean(actualHoursToDate) : actualHoursToDate.reduce((s, a) => s + clean(a.hours), 0);
  const actualCoverage = Math.min(1, Math.max(0, Number.isFinite(coverageToDate) ? coverageToDate : 0));
  const plannedHours = round2(plan.weeks.reduce((s, w) => s + plannedBefore(w, plan, today), 0));
  const plannedCoverage = coverageRamp(plan, today);
  const paceHoursPerWeek = pace(plan, actualHoursToDate, actualHours, today);
  const left = plan.totalHours - actualHours;
  const projectedFinish =
    left <= 0 ? today : paceHoursPerWeek && paceHoursPerWeek > 0 ? addDays(today, Math.ceil((left / paceHoursPerWeek) * 7)) : null;
  const hoursBehind = plannedHours > 0 && actualHours < BEHIND_HOURS_RATIO * plannedHours;
  const coverageBehind = actualCoverage < plannedCoverage - COVERAGE_SLACK;
  const hoursAhead = plannedHours > 0 ? actualHours > AHEAD_HOURS_RATIO * plannedHours : actualHours > 0;
  const status: TrackStatus = hoursBehind || coverageBehind ? 'behind' : hoursAhead ? 'ahead' : 'on-track';
  const focus = focusDomains(plan, today);
  const suggestion = suggest({ status, hoursBehind, plannedHours, actualHours, plannedCoverage, actualCoverage, focus, plan, today });
  return {
    status,
    plannedHours,
    actualHours: round2(actualHours),
    plannedCoverage,
    actualCoverage,
    paceHoursPerWeek: paceHoursPerWeek === null ? null : round2(paceHoursPerWeek),
    projectedFinish,
    finishesByExam: projectedFinish === null ? null : projectedFinish <= input.examDate,
    suggestion,
  };
}

/** The part of a week's planned hours that falls before today, pro-rated by study days. */
function plannedBefore(week: PlanWeek, plan: StudyPlan, today: string): number {
  if (week.end < today) return week.plannedHours;
  if (week.start > today || week.studyDays === 0) return 0;
  const before = week.studyDays - studyDaysFrom(week, plan.input, today);
  return (week.plannedHours * Math.max(0, before)) / week.studyDays;
}

function coverageRamp(plan: StudyPlan, today: string): number {
  const firstPass = plan.weeks.filter((w) => w.phase === 'first-pass');
  const last = firstPass[firstPass.length - 1];
  if (!last) return 1;
  const { startDate, studyDays } = plan.input;
  const total = countWeekdays(startDate, last.end, studyDays);
  const done = countWeekdays(startDate, minDate(addDays(today, -1), last.end), studyDays);
  return total > 0 ? round2(Math.min(1, done / total)) : 1;
}

function pace(plan: StudyPlan, hours: HoursToDate, totalHours: number, today: string): number | null {
  const { startDate } = plan.input;
  if (today <= startDate) return null;
  if (typeof hours === 'number') return (totalHours / daysBetween(startDate, today)) * 7;
  const current = plan.weeks.find((w) => w.start <= today && today <= w.end) ?? plan.weeks[plan.weeks.length - 1];
  const lastIndex = current && current.start <= today ? current.index : -1;
  const firstIndex = Math.max(0, lastIndex - (PACE_WEEKS - 1));
  const windowStart = maxDate(plan.weeks.find((w) => w.index === firstIndex)?.start ?? startDate, startDate);
  const inWindow = hours.filter((a) => a.weekIndex >= firstIndex && a.weekIndex <= lastIndex).reduce((s, a) => s + clean(a.hours), 0);
  return (inWindow / Math.max(1, daysBetween(windowStart, today))) * 7;
}

/** This week's two biggest domains (or the next planned week's, or the last week's). */
function focusDomains(plan: StudyPlan, today: string): number[] {
  const week = plan.weeks.find((w) => w.end >= today && w.hours > 0) ?? plan.weeks[plan.weeks.length - 1];
  return Object.entries(week?.domainHours ?? {})
    .filter(([, h]) => h > 0)
    .sort(([a, x], [b, y]) => y - x || Number(a) - Number(b))
    .slice(0, 2)
    .map(([d]) => Number(d));
}

interface SuggestionFacts {
  readonly status: TrackStatus;
  readonly hoursBehind: boolean;
  readonly plannedHours: number;
  readonly actualHours: number;
  readonly plannedCoverage: number;
  readonly actualCoverage: number;
  readonly focus: readonly number[];
  readonly plan: StudyPlan;
  readonly today: string;
}

function suggest(f: SuggestionFacts): string {
  const { input } = f.plan;
  if (f.today >= input.examDate) return 'The exam date has passed: record your result, or re-plan with a new date.';
  if (f.today < input.startDate) return `Your plan starts on ${longDayText(input.startDate)}.`;
  const named = f.focus.map((d) => `Domain ${d}`).join(' and ');
  const on = (joiner: string) => (named ? `${joiner} ${named}` : '');
  const gap = f.plannedHours - f.actualHours;
  if (f.status === 'behind' && f.hoursBehind) {
    const add = Math.max(1, Math.round(Math.min(gap, input.hoursPerWeek / 2)));
    const rest = Math.round(gap - add);
    const tail = rest >= 1 ? ` That leaves about ${rest} h to make up: spread it over the coming weeks, or re-plan.` : '';
    return `Add about ${add} h this week${on(', on')}.${tail}`;
  }
  if (f.status === 'behind') {
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    return `Your hours are on plan, but you have seen ${pct(f.actualCoverage)} of the questions against a planned ${pct(f.plannedCoverage)}: spend this week’s practice on unseen questions${on(' in')}.`;
  }
  if (f.status === 'ahead') {
    const extra = Math.max(1, Math.round(-gap));
    return named ? `Ahead by about ${extra} h: keep going, or put the extra time into ${named}.` : `Ahead by about ${extra} h: keep going.`;
  }
  return 'On track: keep to this week’s plan.';
}

const clean = (h: number) => (Number.isFinite(h) && h > 0 ? h : 0);
const round2 = (x: number) => Math.round(x * 100) / 100;
