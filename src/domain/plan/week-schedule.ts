/**
 * Fills a run of calendar weeks with domain hours, mock exams and tasks, given each week's budget and
 * each domain's target. Shared by the first plan and by every re-plan.
 */
import { blueprints, type ExamId } from '../exam-blueprints';
import {
  apportion,
  firstPassFocus,
  fitToMargins,
  FIRST_PASS_FOCUS_SHARE,
  REINFORCEMENT_FOCUS_SHARE,
  reinforcementFocus,
} from './hour-allocation';
import type { CalendarWeek, PlanPhase } from './plan-calendar';
import { mockExamsForWeek, weekTasks } from './plan-tasks';

export interface PlanWeek {
  readonly index: number;
  /** Monday, yyyy-mm-dd. */
  readonly start: string;
  /** Sunday, yyyy-mm-dd. */
  readonly end: string;
  readonly phase: PlanPhase;
  /** Planned hours; once the week is done, the hours actually studied. */
  readonly hours: number;
  /** What the plan asked of this week when it was made (equals `hours` while the week is planned). */
  readonly plannedHours: number;
  /** Hours per domain number; they add up to `hours` (for done weeks: as the learner logged them). */
  readonly domainHours: Readonly<Record<number, number>>;
  readonly tasks: readonly string[];
  /** Full mock exams, counted inside `hours`. */
  readonly mockExams: number;
  /** The learner's study days in this week that the plan uses. */
  readonly studyDays: number;
  readonly status: 'planned' | 'done';
}

export interface WeekToFill {
  readonly week: CalendarWeek;
  /** Budget in whole cents of an hour. */
  readonly cents: number;
  /** Study days left in the week (fewer than week.studyDays for a week already under way). */
  readonly studyDays: number;
  /** 0 for the first reinforcement week of the whole calendar, 1 for the next, … (rotation of focus). */
  readonly reinforcementRank: number;
}

export interface FillContext {
  readonly exam: ExamId;
  /** Target cents per domain number over the weeks being filled; adds up to their budgets. */
  readonly targetCents: Readonly<Record<number, number>>;
  readonly weakness: Readonly<Record<number, number>>;
}

/** Domain numbers weakest first; ties go to the heavier exam weight, then to outline order. */
export function domainsByWeakness(exam: ExamId, weakness: Readonly<Record<number, number>>): number[] {
  return [...blueprints[exam].domains]
    .sort((a, b) => (weakness[b.number] ?? 0) - (weakness[a.number] ?? 0) || b.weight - a.weight || a.number - b.number)
    .map((d) => d.number);
}

/**
 * The weeks filled in. Every week's domain hours add up to its budget exactly (whole cents), and each
 * domain's hours over the weeks match its target to within a cent per week.
 */
export function fillWeeks(weeks: readonly WeekToFill[], ctx: FillContext): PlanWeek[] {
  const domains = blueprints[ctx.exam].domains.map((d) => d.number);
  const targetTotal = domains.reduce((s, d) => s + (ctx.targetCents[d] ?? 0), 0);
  const targetShare = (d: number) => (targetTotal > 0 ? (ctx.targetCents[d] ?? 0) / targetTotal : 0);
  const ranked = domainsByWeakness(ctx.exam, ctx.weakness).filter((d) => targetShare(d) > 0);

  const firstPass = weeks.filter((w) => w.week.phase === 'first-pass');
  const focusOf = new Map(
    firstPassFocus(
      firstPass.map((w) => w.cents),
      domains.map((domain) => ({ domain, hours: ctx.targetCents[domain] ?? 0 })),
    ).map((slices, i) => [firstPass[i]?.week.index, slices]),
  );

  const preference = weeks.map((w) => {
    const spread = (d: number) => targetShare(d);
    if (w.week.phase === 'first-pass') {
      const focus = focusOf.get(w.week.index) ?? [];
      const share = (d: number) => focus.filter((s) => s.domain === d).reduce((sum, s) => sum + s.ofWeek, 0);
      return domains.map((d) => FIRST_PASS_FOCUS_SHARE * share(d) + (1 - FIRST_PASS_FOCUS_SHARE) * spread(d));
    }
    if (w.week.phase === 'reinforcement') {
      const focus = reinforcementFocus(w.reinforcementRank, ranked);
      const weakSpread = domains.map((d) => spread(d) * (0.25 + (ctx.weakness[d] ?? 0.5)));
      const weakTotal = weakSpread.reduce((s, x) => s + x, 0) || 1;
      return domains.map(
        (d, j) =>
          REINFORCEMENT_FOCUS_SHARE * (focus.includes(d) ? 1 / focus.length : 0) +
          (1 - REINFORCEMENT_FOCUS_SHARE) * ((weakSpread[j] ?? 0) / weakTotal),
      );
    }
    return domains.map(spread);
  });

  const fitted = fitToMargins(
    preference,
    weeks.map((w) => w.cents),
    domains.map((d) => ctx.targetCents[d] ?? 0),
  );

  return weeks.map((w, i) => {
    const cents = apportion(w.cents, fitted[i] ?? []);
    const domainHours: Record<number, number> = Object.fromEntries(domains.map((d, j) => [d, (cents[j] ?? 0) / 100]));
    const hours = w.cents / 100;
    const mockExams = w.week.phase === 'final-review' ? mockExamsForWeek(ctx.exam, hours) : 0;
    const drillDomains = w.week.phase === 'reinforcement' ? reinforcementFocus(w.reinforcementRank, ranked) : ranked.slice(0, 2);
    const tasks = weekTasks({
      exam: ctx.exam,
      phase: w.week.phase,
      hours,
      studyDays: w.studyDays,
      domainHours,
      focus: focusOf.get(w.week.index) ?? [],
      drillDomains,
      mockExams,
    });
    const { index, start, end, phase } = w.week;
    return {
      index,
      start,
      end,
      phase,
      hours,
      plannedHours: hours,
      domainHours,
      tasks,
      mockExams,
      studyDays: w.week.studyDays,
      status: 'planned',
    };
  });
}

/** How many reinforcement weeks of the calendar come before each week (its place in the rotation). */
export function reinforcementRanks(calendar: readonly CalendarWeek[]): Map<number, number> {
  const ranks = new Map<number, number>();
  let seen = 0;
  for (const week of calendar) {
    ranks.set(week.index, seen);
    if (week.phase === 'reinforcement') seen++;
  }
  return ranks;
}
