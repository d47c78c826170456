/**
 * The study plan: week by week hours, domains, phases and tasks from the learner's input and
 * progress, and re-planning once weeks have gone by.
 *
 * Budget: `hoursPerWeek` for every full week, pro-rated by study days in a partial first or last
 * week. Split: each domain's share of the hours comes from domain-split.ts (weight shifted toward
 * weakness, bounded to 0.6–1.6× the weight). Phases: plan-calendar.ts. Hours are whole cents.
 */
import { domainShares, weaknessByDomain, type DomainProgress } from './domain-split';
import { apportion } from './hour-allocation';
import { planCalendar, studyDaysFrom, weekCapacity, type CalendarWeek } from './plan-calendar';
import { calendarDayOf } from '../calendar-day';
import { studyDayCount, validatePlanInput, type PlanInput } from './plan-input';
import { fillWeeks, reinforcementRanks, type PlanWeek } from './week-schedule';
import { fnv1a } from '../fnv1a';

export type { PlanWeek } from './week-schedule';

export interface StudyPlan {
  /** Derived from the input, the previous plan and the creation time, so it replays in tests. */
  readonly id: string;
  /** The plan this one re-planned, or null for a first plan. */
  readonly basedOn: string | null;
  /** ISO timestamp of `now` when the plan was made. */
  readonly createdAt: string;
  readonly input: PlanInput;
  /** The sum of the weeks' hours (done weeks count what was actually studied). */
  readonly totalHours: number;
  /** Share of the hours per domain number the plan aimed at when it was made (sums to 1). */
  readonly shares: Readonly<Record<number, number>>;
  readonly weeks: readonly PlanWeek[];
}

/** What the learner actually did in a week of a previous plan. */
export interface WeekActual {
  readonly weekIndex: number;
  readonly hours: number;
  readonly domainHours: Readonly<Record<number, number>>;
}

/**
 * A new plan. Throws when the input has problems; check `validatePlanInput` first to show them.
 * @example generatePlan(defaultPlanInput('cissp', new Date(2026, 2, 4)), [], now).totalHours // 262 (23 weeks at 12 h, partial ends)
 */
export function generatePlan(input: PlanInput, progress: readonly DomainProgress[], now: Date): StudyPlan {
  assertValid(input);
  const calendar = planCalendar(input);
  // The budget comes from the formula, not from summing rounded weeks, so it is one well-defined number.
  const totalCents = Math.round((input.hoursPerWeek * 100 * studyDayCount(input)) / new Set(input.studyDays).size);
  const weekCents = apportion(
    totalCents,
    calendar.map((week) => weekCapacity(week, input, input.startDate)),
  );
  const shares = domainShares(input.exam, progress);
  const targetCents = Object.fromEntries(Object.entries(shares).map(([d, share]) => [d, share * totalCents]));
  const ranks = reinforcementRanks(calendar);
  const weeks = fillWeeks(
    calendar.map((week, i) => ({
      week,
      cents: weekCents[i] ?? 0,
      studyDays: week.studyDays,
      reinforcementRank: ranks.get(week.index) ?? 0,
    })),
    { exam: input.exam, targetCents, weakness: weaknessByDomain(input.exam, progress) },
  );
  return stamp({ basedOn: null, input, totalHours: totalCents / 100, shares, weeks }, now);
}

/** Every remaining domain keeps at least this part of its share, for review, however much it got so far. */
export const REPLAN_MIN_SHARE = 0.25;

/**
 * A new plan from `now` on. Weeks that ended before today keep their dates and phase and become
 * done, with the hours actually studied (0 when `actual` has no entry; a week already done in
 * `previous` stays as it was unless `actual` has a new entry for it). Each remaining week holds what
 * `input.hoursPerWeek` gives for its study days from today on: hours missed are not piled onto the
 * coming weeks (onTrack suggests a catch-up instead), but the remaining hours go first to the
 * domains that got less than their share so far. The plan keeps the previous start date and exam.
 */
export function replan(
  previous: StudyPlan,
  actual: readonly WeekActual[],
  input: PlanInput,
  progress: readonly DomainProgress[],
  now: Date,
): StudyPlan {
  if (input.exam !== previous.input.exam) throw new RangeError('A re-plan keeps the exam; start a new plan to switch exams.');
  const fixedInput: PlanInput = { ...input, startDate: previous.input.startDate };
  assertValid(fixedInput);
  const today = calendarDayOf(now);
  const calendar = planCalendar(fixedInput);
  const actualOf = (start: string) => {
    const before = previous.weeks.find((w) => w.start === start);
    const entry = before ? actual.find((a) => a.weekIndex === before.index) : undefined;
    return { before, entry: entry ? sanitize(entry) : undefined };
  };

  const pastStarts = [...new Set([...previous.weeks, ...calendar].filter((w) => w.end < today).map((w) => w.start))].sort();
  const past = pastStarts.map((start) => doneWeek(start, actualOf(start), calendar));
  const remaining = calendar.filter((w) => w.end >= today);
  const current = remaining[0] && remaining[0].start <= today ? actualOf(remaining[0].start).entry : undefined;

  const weekCents = centsFor(remaining.map((week) => weekCapacity(week, fixedInput, today)));
  const remainingCents = weekCents.reduce((s, c) => s + c, 0);
  const done = [...past.map((w) => w.domainHours), current?.domainHours ?? {}];
  const doneHours = past.reduce((s, w) => s + w.hours, 0) + (current?.hours ?? 0);
  const shares = domainShares(input.exam, progress);
  const targetCents = remainingTargets(shares, done, doneHours, remainingCents);
  const ranks = reinforcementRanks(calendar);
  const filled = fillWeeks(
    remaining.map((week, i) => ({
      week,
      cents: weekCents[i] ?? 0,
      studyDays: studyDaysFrom(week, fixedInput, today),
      reinforcementRank: ranks.get(week.index) ?? 0,
    })),
    { exam: input.exam, targetCents, weakness: weaknessByDomain(input.exam, progress) },
  );
  const upcoming = filled.map((w, i) => (i === 0 && current ? withActualSoFar(w, current) : w));
  const weeks = [...past, ...upcoming].map((w, index) => ({ ...w, index }));
  const totalHours = Math.round(weeks.reduce((s, w) => s + w.hours, 0) * 100) / 100;
  return stamp({ basedOn: previous.id, input: fixedInput, totalHours, shares, weeks }, now);
}

function doneWeek(
  start: string,
  found: { before: PlanWeek | undefined; entry: WeekActual | undefined },
  calendar: readonly CalendarWeek[],
): PlanWeek {
  const { before, entry } = found;
  if (before?.status === 'done' && !entry) return before;
  const week = calendar.find((w) => w.start === start);
  const base = before ?? {
    index: week?.index ?? 0,
    start,
    end: week?.end ?? start,
    phase: week?.phase ?? 'first-pass',
    hours: 0,
    plannedHours: 0,
    domainHours: {},
    tasks: [],
    mockExams: 0,
    studyDays: week?.studyDays ?? 0,
    status: 'done' as const,
  };
  return { ...base, hours: entry?.hours ?? 0, domainHours: entry?.domainHours ?? {}, status: 'done' };
}

/** The current week: what was already studied plus what is planned for the days left. */
function withActualSoFar(week: PlanWeek, soFar: WeekActual): PlanWeek {
  const domainHours: Record<number, number> = { ...week.domainHours };
  for (const [d, h] of Object.entries(soFar.domainHours)) domainHours[Number(d)] = round2((domainHours[Number(d)] ?? 0) + h);
  const hours = round2(week.hours + soFar.hours);
  return { ...week, hours, plannedHours: hours, domainHours };
}

/**
 * Cents per domain for the remaining weeks: what each domain still lacks of its share of the whole
 * plan (done + remaining), with at least REPLAN_MIN_SHARE of its share of the remaining hours.
 */
function remainingTargets(
  shares: Readonly<Record<number, number>>,
  done: readonly Readonly<Record<number, number>>[],
  doneHours: number,
  remainingCents: number,
): Record<number, number> {
  const domains = Object.keys(shares).map(Number);
  const doneOf = (d: number) => done.reduce((s, record) => s + (record[d] ?? 0), 0) * 100;
  const wholeCents = doneHours * 100 + remainingCents;
  const need = domains.map((d) =>
    Math.max((shares[d] ?? 0) * wholeCents - doneOf(d), REPLAN_MIN_SHARE * (shares[d] ?? 0) * remainingCents),
  );
  const total = need.reduce((s, x) => s + x, 0);
  return Object.fromEntries(domains.map((d, j) => [d, total > 0 ? ((need[j] ?? 0) / total) * remainingCents : 0]));
}

/** Exact hours per week → whole cents that add up to the rounded total. */
function centsFor(exactHours: readonly number[]): number[] {
  const total = Math.round(exactHours.reduce((s, h) => s + h, 0) * 100);
  return apportion(total, exactHours);
}

function sanitize(entry: WeekActual): WeekActual {
  const clean = (h: number) => (Number.isFinite(h) && h > 0 ? round2(h) : 0);
  const domainHours = Object.fromEntries(Object.entries(entry.domainHours).map(([d, h]) => [Number(d), clean(h)]));
  return { weekIndex: entry.weekIndex, hours: clean(entry.hours), domainHours };
}

function assertValid(input: PlanInput): void {
  const problems = validatePlanInput(input);
  if (problems.length > 0) throw new RangeError(`The plan input has problems: ${problems.join(' ')}`);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function stamp(plan: Omit<StudyPlan, 'id' | 'createdAt'>, now: Date): StudyPlan {
  const createdAt = now.toISOString();
  return { id: `plan-${fnv1a(JSON.stringify({ createdAt, basedOn: plan.basedOn, input: plan.input })).toString(36)}`, createdAt, ...plan };
}
