/**
 * The concrete work of a plan week, in plain words. Workload figures are planning estimates, not
 * measurements; they are constants here so they can be tuned in one place.
 */
import { blueprints, type ExamId } from '../exam-blueprints';
import type { PlanPhase } from './plan-calendar';
import type { FocusSlice } from './hour-allocation';
import { countText } from '../count-text';

/** Practice pace: about 2 minutes per question, reading the explanation included. */
export const QUESTIONS_PER_HOUR = 30;
/** Review pace for due cards: about 1.5 minutes per card. */
export const CARDS_PER_HOUR = 40;
/** Share of every week kept for due-card review, whatever the phase. */
export const REVIEW_SHARE = 0.2;
/** First pass: half of a domain's time is reading, half is questions. */
const FIRST_PASS_QUESTION_SHARE = 0.5;
/** A first-pass slice smaller than this share of the week is folded into review, not listed. */
const MIN_LISTED_SLICE = 0.1;

/** Length of one full mock exam in hours: the exam's current time limit (CISSP 3 h, CC 2 h). */
export function mockExamHours(exam: ExamId): number {
  return (blueprints[exam].formats[0]?.minutes ?? 180) / 60;
}

/**
 * Full mock exams in a final-review week: one when the week can hold it, two when it holds five
 * times a mock (room for both mocks, going over them, and review). A week too short for a full
 * mock gets a timed mini mock in its tasks instead.
 * @example mockExamsForWeek('cissp', 12) // 1
 */
export function mockExamsForWeek(exam: ExamId, hours: number): number {
  const mock = mockExamHours(exam);
  if (hours + 1e-9 < mock) return 0;
  return hours + 1e-9 >= 5 * mock ? 2 : 1;
}

export interface WeekTaskContext {
  readonly exam: ExamId;
  readonly phase: PlanPhase;
  readonly hours: number;
  readonly studyDays: number;
  readonly domainHours: Readonly<Record<number, number>>;
  /** First pass: which part of which domain this week studies. */
  readonly focus: readonly FocusSlice[];
  /** Reinforcement and final review: the domains to drill, weakest first. */
  readonly drillDomains: readonly number[];
  readonly mockExams: number;
}

const round5 = (x: number) => Math.max(5, Math.round(x / 5) * 5);
const hoursText = (h: number) => `≈ ${Math.round(h * 2) / 2 || 0.5} h`;

/**
 * The week's task list.
 * @example weekTasks(ctx) // ['Domain 3 set: 40 questions, objectives 3.1–3.5 (≈ 5.5 h with reading)', 'Review due cards (≈ 15 per day)']
 */
export function weekTasks(ctx: WeekTaskContext): string[] {
  if (ctx.hours <= 0) return ['No study days left in this week.'];
  const tasks =
    ctx.phase === 'first-pass' ? firstPassTasks(ctx) : ctx.phase === 'reinforcement' ? reinforcementTasks(ctx) : finalReviewTasks(ctx);
  return [...tasks, reviewTask(ctx)];
}

function firstPassTasks(ctx: WeekTaskContext): string[] {
  const listed = ctx.focus.filter((s) => s.ofWeek >= MIN_LISTED_SLICE || ctx.focus.length === 1);
  return listed.map((slice) => {
    const hours = (ctx.domainHours[slice.domain] ?? 0) * (1 - REVIEW_SHARE);
    const questions = round5(hours * FIRST_PASS_QUESTION_SHARE * QUESTIONS_PER_HOUR);
    return `Domain ${slice.domain} set: ${questions} questions, ${objectiveRange(ctx.exam, slice)} (${hoursText(hours)} with reading)`;
  });
}

function reinforcementTasks(ctx: WeekTaskContext): string[] {
  return ctx.drillDomains.map((domain) => {
    const hours = (ctx.domainHours[domain] ?? 0) * (1 - REVIEW_SHARE);
    return `Domain ${domain} drill: ${round5(hours * QUESTIONS_PER_HOUR)} questions, missed and unseen first (${hoursText(hours)})`;
  });
}

function finalReviewTasks(ctx: WeekTaskContext): string[] {
  const format = blueprints[ctx.exam].formats[0];
  const kind = format?.kind === 'linear' ? 'linear' : 'CAT';
  const mock = mockExamHours(ctx.exam);
  const tasks: string[] = [];
  if (ctx.mockExams === 1) tasks.push(`Full mock exam (${kind}, ${mock} h)`);
  if (ctx.mockExams > 1) tasks.push(`${ctx.mockExams} full mock exams (${kind}, ${mock} h each)`);
  let used = ctx.mockExams * mock;
  if (ctx.mockExams > 0) {
    tasks.push(`Go through each mock’s wrong answers by domain (${hoursText(mock / 2)} per mock)`);
    used += (ctx.mockExams * mock) / 2;
  } else {
    const minutesPerItem = (format?.minutes ?? 180) / (format?.maxItems ?? 150);
    const minutes = Math.max(15, Math.floor((ctx.hours * 60 * (1 - REVIEW_SHARE)) / 15) * 15);
    tasks.push(
      `Timed mini mock: ${Math.max(10, Math.floor(minutes / minutesPerItem))} questions in ${minutes} min (the week is too short for a full ${mock} h mock)`,
    );
    used += minutes / 60;
  }
  const drillHours = (ctx.hours * (1 - REVIEW_SHARE) - used) / Math.max(1, ctx.drillDomains.length);
  if (drillHours >= 0.5) {
    for (const domain of ctx.drillDomains)
      tasks.push(`Domain ${domain} drill: ${round5(drillHours * QUESTIONS_PER_HOUR)} questions on missed objectives`);
  }
  return tasks;
}

const REVIEW_TASK = 'Review due cards';

function reviewTask(ctx: WeekTaskContext): string {
  const perDay = Math.max(5, Math.round((ctx.hours * REVIEW_SHARE * CARDS_PER_HOUR) / Math.max(1, ctx.studyDays)));
  return `${REVIEW_TASK} (≈ ${perDay} per day)`;
}

/** Whether a stored week task is the review task, whose planned rate `reviewLoadTask` replaces on screen. */
export const isReviewTask = (task: string): boolean => task.startsWith(REVIEW_TASK);

/**
 * The review task with what is actually due, for the week on screen. The plan's rate comes from its
 * hours alone, so a backlog, or more cards coming due than the plan's rate, would grow unseen.
 * @example reviewLoadTask(1551, 30.4) // 'Review due cards: 1,551 due now; about 30 more come due each day'
 */
export function reviewLoadTask(dueNow: number, comingPerDay: number): string {
  const now = dueNow === 0 ? 'none due now' : `${countText(dueNow)} due now`;
  const perDay = Math.round(comingPerDay);
  const coming =
    perDay === 0 ? 'hardly any more come due each day' : `about ${countText(perDay)} more ${perDay === 1 ? 'comes' : 'come'} due each day`;
  return `${REVIEW_TASK}: ${now}; ${coming}`;
}

/** "objectives 3.1–3.5" or "objective 4.2" for the part of the domain a slice covers. */
export function objectiveRange(exam: ExamId, slice: Pick<FocusSlice, 'domain' | 'from' | 'to'>): string {
  const objectives = blueprints[exam].domains.find((d) => d.number === slice.domain)?.objectives ?? [];
  if (objectives.length === 0) return 'all objectives';
  const first = Math.min(objectives.length - 1, Math.floor(slice.from * objectives.length + 1e-9));
  const last = Math.max(first, Math.min(objectives.length - 1, Math.ceil(slice.to * objectives.length - 1e-9) - 1));
  const a = objectives[first]?.id ?? '';
  const b = objectives[last]?.id ?? '';
  return first === last ? `objective ${a}` : `objectives ${a}–${b}`;
}

/** A stored week task as shown: the review task with what is actually due, when that is known. */
export function shownWeekTask(task: string, load: { dueNow: number; comingPerDay: number } | undefined): string {
  return load && isReviewTask(task) ? reviewLoadTask(load.dueNow, load.comingPerDay) : task;
}
