/**
 * The series behind the Progress charts: hours burn-up against the plan, coverage by domain, weekly
 * accuracy with its Wilson interval, and the review forecast. Pure: every function takes `now` (or the
 * learner's calendar day) and plain records, and returns plain numbers that both the chart and its
 * table show.
 *
 * Days and weeks are the learner's local calendar days (weeks start on Monday, as the plan's do).
 * Boundaries are built from local date fields (`new Date(y, m, d + n)`), never by adding 24 h, so a
 * daylight-saving change cannot move an answer into the wrong day. Every bucketing pass is one loop
 * over the records with a binary search over at most a few dozen boundaries.
 */
import type { ExamDomain } from '../exam-blueprints';
import { calendarDayOf } from '../calendar-day';
import { wilsonInterval } from '../plan/progress-math';

/** Local midnight `days` calendar days after the day holding `at`. @example localDayStart(new Date(2026, 2, 4, 15), 1) // 5 March 00:00 */
export function localDayStart(at: Date, days = 0): Date {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate() + days);
}

/** Local midnight of the Monday starting the week `weeks` weeks after the one holding `at`. */
export function localWeekStart(at: Date, weeks = 0): Date {
  const sinceMonday = (at.getDay() + 6) % 7;
  return new Date(at.getFullYear(), at.getMonth(), at.getDate() - sinceMonday + 7 * weeks);
}

/**
 * The bucket [bounds[i], bounds[i + 1]) holding `t`, or -1 before the first bound or from the last
 * one on. `bounds` are ascending epoch milliseconds.
 * @example bucketOf([0, 10, 20], 15) // 1
 */
export function bucketOf(bounds: readonly number[], t: number): number {
  const first = bounds[0];
  const last = bounds[bounds.length - 1];
  if (first === undefined || last === undefined || t < first || t >= last) return -1;
  let low = 0;
  let high = bounds.length - 1;
  // Invariant: bounds[low] <= t < bounds[high].
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if ((bounds[mid] ?? Infinity) <= t) low = mid;
    else high = mid;
  }
  return low;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

// ── Hours burn-up ────────────────────────────────────────────────────────────────────────────────

export interface BurnUpWeekInput {
  /** Monday and Sunday, yyyy-mm-dd. */
  readonly start: string;
  readonly end: string;
  /** What the plan asked of the week. */
  readonly plannedHours: number;
  /** Hours logged in the week. */
  readonly actualHours: number;
}

export interface BurnUpPoint {
  /** 1 for the plan's first week. */
  readonly week: number;
  readonly start: string;
  readonly end: string;
  readonly plannedHours: number;
  readonly actualHours: number;
  /** Planned hours from the first week to the end of this one. */
  readonly plannedCumulative: number;
  /** Hours done from the first week to the end of this one; null for weeks that have not started. */
  readonly actualCumulative: number | null;
}

export interface BurnUpSeries {
  readonly points: readonly BurnUpPoint[];
  /** Index in `points` of the week holding today; null before the plan starts and after it ends. */
  readonly currentIndex: number | null;
  /** Hours done so far (to today). */
  readonly doneHours: number;
  /** Planned hours to the end of the current week (all of them once the plan is over, none before it starts). */
  readonly plannedByThisWeek: number;
  readonly totalPlanned: number;
}

/**
 * Cumulative planned and actual hours by week. Weeks after today have no actual value (a gap, not
 * a flat line that would claim the future is known).
 * @example burnUpSeries([{ start: '2026-03-02', end: '2026-03-08', plannedHours: 10, actualHours: 4 }], '2026-03-04').doneHours // 4
 */
export function burnUpSeries(weeks: readonly BurnUpWeekInput[], today: string): BurnUpSeries {
  let planned = 0;
  let actual = 0;
  let currentIndex: number | null = null;
  let plannedByThisWeek = 0;
  const points = weeks.map((w, i): BurnUpPoint => {
    const plannedHours = finiteHours(w.plannedHours);
    const actualHours = finiteHours(w.actualHours);
    planned += plannedHours;
    const started = w.start <= today;
    if (started) actual += actualHours;
    if (started) plannedByThisWeek = planned;
    if (w.start <= today && today <= w.end) currentIndex = i;
    return {
      week: i + 1,
      start: w.start,
      end: w.end,
      plannedHours: round2(plannedHours),
      actualHours: round2(actualHours),
      plannedCumulative: round2(planned),
      actualCumulative: started ? round2(actual) : null,
    };
  });
  return { points, currentIndex, doneHours: round2(actual), plannedByThisWeek: round2(plannedByThisWeek), totalPlanned: round2(planned) };
}

const finiteHours = (h: number) => (Number.isFinite(h) && h > 0 ? h : 0);

// ── Coverage by domain ───────────────────────────────────────────────────────────────────────────

export interface CoverageQuestion {
  readonly domain: number;
  readonly objective: string;
  /** Answered at least once (has an FSRS card). */
  readonly seen: boolean;
}

export interface DomainCoverage {
  readonly domain: number;
  readonly title: string;
  readonly inBank: number;
  readonly seen: number;
  readonly objectivesTotal: number;
  /** Objectives of the outline with at least one question seen. */
  readonly objectivesTouched: number;
  /** seen / inBank, 0 when the bank has none. */
  readonly questionShare: number;
  /** objectivesTouched / objectivesTotal, 0 when the outline lists none. */
  readonly objectiveShare: number;
}

/**
 * Questions seen of those in the bank, and outline objectives touched, per domain in outline order.
 * Questions of a domain the outline does not list are ignored; an objective counts as touched only
 * if the outline lists it under its domain.
 */
export function coverageByDomain(outline: readonly ExamDomain[], questions: Iterable<CoverageQuestion>): DomainCoverage[] {
  const tally = new Map(outline.map((d) => [d.number, { inBank: 0, seen: 0, touched: new Set<string>() }]));
  const listed = new Map(outline.map((d) => [d.number, new Set(d.objectives.map((o) => o.id))]));
  for (const q of questions) {
    const t = tally.get(q.domain);
    if (!t) continue;
    t.inBank++;
    if (!q.seen) continue;
    t.seen++;
    if (listed.get(q.domain)?.has(q.objective)) t.touched.add(q.objective);
  }
  return outline.map((d) => {
    const t = tally.get(d.number) ?? { inBank: 0, seen: 0, touched: new Set<string>() };
    const objectivesTotal = d.objectives.length;
    return {
      domain: d.number,
      title: d.title,
      inBank: t.inBank,
      seen: t.seen,
      objectivesTotal,
      objectivesTouched: t.touched.size,
      questionShare: t.inBank > 0 ? t.seen / t.inBank : 0,
      objectiveShare: objectivesTotal > 0 ? t.touched.size / objectivesTotal : 0,
    };
  });
}

// ── Weekly accuracy ──────────────────────────────────────────────────────────────────────────────

/** Answers counted together (one answer, or e.g. a day's answers placed at its midnight). */
export interface AnswerCount {
  readonly at: Date;
  readonly answered: number;
  readonly correct: number;
}

export interface AccuracyWeek {
  /** The Monday starting the week, yyyy-mm-dd (local calendar). */
  readonly start: string;
  /** That Monday's local midnight. */
  readonly startAt: Date;
  readonly answered: number;
  readonly correct: number;
  /** correct / answered; null in a week with no answers (a gap, not a zero). */
  readonly accuracy: number | null;
  /** Wilson 95% interval; null with the accuracy. */
  readonly low: number | null;
  readonly high: number | null;
}

/**
 * Accuracy per local week for the `weeks` weeks ending with the one holding `now`, oldest first.
 * Answers outside those weeks are ignored.
 * @example weeklyAccuracy([{ at: now, answered: 1, correct: 1 }], now, 2)[1]?.accuracy // 1
 */
export function weeklyAccuracy(answers: Iterable<AnswerCount>, now: Date, weeks: number): AccuracyWeek[] {
  const count = Math.max(0, Math.floor(weeks));
  const starts = Array.from({ length: count + 1 }, (_, i) => localWeekStart(now, i - count + 1));
  const bounds = starts.map((d) => d.getTime());
  const answered = new Array<number>(count).fill(0);
  const correct = new Array<number>(count).fill(0);
  for (const a of answers) {
    const i = bucketOf(bounds, a.at.getTime());
    if (i < 0) continue;
    answered[i]! += a.answered;
    correct[i]! += a.correct;
  }
  return starts.slice(0, count).map((startAt, i) => {
    const n = answered[i] ?? 0;
    const k = correct[i] ?? 0;
    const w = n > 0 ? wilsonInterval(k, n) : null;
    return {
      start: calendarDayOf(startAt),
      startAt,
      answered: n,
      correct: k,
      accuracy: w ? w.estimate : null,
      low: w ? w.low : null,
      high: w ? w.high : null,
    };
  });
}

// ── Review forecast ──────────────────────────────────────────────────────────────────────────────

export interface ForecastDay {
  /** yyyy-mm-dd, local calendar; the first day is today. */
  readonly date: string;
  readonly startAt: Date;
  /** Cards due that day; today's count includes every overdue card. */
  readonly due: number;
  /** Of `due`, the cards that fell due before today (only ever non-zero today). */
  readonly overdue: number;
}

/**
 * Cards due per local day for `days` days from today. A card due before today is overdue and is
 * counted today, because that is when it can next be reviewed; cards due after the last day are left out.
 * @example reviewForecast([yesterday, tomorrow], now, 30).slice(0, 2).map((d) => d.due) // [1, 1]
 */
export function reviewForecast(dues: Iterable<Date>, now: Date, days: number): ForecastDay[] {
  const count = Math.max(0, Math.floor(days));
  const starts = Array.from({ length: count + 1 }, (_, i) => localDayStart(now, i));
  const bounds = starts.map((d) => d.getTime());
  const today = bounds[0] ?? 0;
  const due = new Array<number>(count).fill(0);
  let overdue = 0;
  for (const d of dues) {
    const t = d.getTime();
    if (Number.isNaN(t)) continue;
    if (t < today) {
      if (count > 0) overdue++;
      continue;
    }
    const i = bucketOf(bounds, t);
    if (i >= 0) due[i]!++;
  }
  return starts.slice(0, count).map((startAt, i) => ({
    date: calendarDayOf(startAt),
    startAt,
    due: (due[i] ?? 0) + (i === 0 ? overdue : 0),
    overdue: i === 0 ? overdue : 0,
  }));
}
