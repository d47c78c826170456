/**
 * The data behind the Progress charts, read in one pass: the active plan and the time log (hours
 * burn-up), the pool and the cards (coverage and the review forecast), and the review logs of the
 * weeks the accuracy trend shows — read once, through the `review` index, never the whole history.
 * Each table is read with one `toArray` in parallel and walked once; nothing awaits per item. The
 * pool, cards and time log are the same queries the Progress tables run, so Dexie's live-query
 * cache answers both screens' hooks from one read.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { domainIn, objectiveIn } from '../domain/bank/question-filter';
import { blueprints, type ExamId } from '../domain/exam-blueprints';
import { calendarDateOf } from '../domain/plan/plan-dates';
import {
  burnUpSeries,
  coverageByDomain,
  localWeekStart,
  reviewForecast,
  weeklyAccuracy,
  type AccuracyWeek,
  type BurnUpSeries,
  type CoverageQuestion,
  type DomainCoverage,
  type ForecastDay,
} from '../domain/progress/chart-series';
import { db, type ReviewLogRecord } from './db';
import { isStudyPlan, weekActuals } from './plan-repo';
import { loadRecentLogs, recentLogsSince } from './progress-repo';
import { loadActivePool } from './study-hooks';

/**
 * Weeks of accuracy shown. Reading the logs dominates this screen's cost (a heavy learner answers
 * ~140 questions a day, and each log is a whole record to deserialise: 26 weeks took about twice
 * as long as 12 in Chromium), so the trend shows a quarter: enough weeks to see a direction, and
 * the all-time and 30-day figures are in the tables below.
 */
export const ACCURACY_WEEKS = 12;
/** Days of review forecast shown. */
export const FORECAST_DAYS = 30;

/** User Timing name of one load (reads plus series), for `npm run bench`. */
export const PROGRESS_CHARTS_MEASURE = 'bastion:progress-charts-load';

export interface ProgressChartData {
  exam: ExamId;
  /** The instant the figures are for (today's marker). */
  now: Date;
  /** Null when the exam has no active plan. */
  burnUp: BurnUpSeries | null;
  coverage: DomainCoverage[];
  accuracy: AccuracyWeek[];
  forecast: ForecastDay[];
}

export async function loadProgressCharts(exam: ExamId, now: Date): Promise<ProgressChartData> {
  const startedAt = performance.now();
  const since = localWeekStart(now, -(ACCURACY_WEEKS - 1));
  const [pool, cards, logs, time, activePlans] = await Promise.all([
    loadActivePool(),
    db().cards.toArray(),
    loadLogsSince(since, now),
    db().studyTime.toArray(),
    db().plans.where('status').equals('active').toArray(),
  ]);

  const seen = new Set(cards.map((c) => c.questionKey));
  const inExam = new Set<string>();
  const questions: CoverageQuestion[] = [];
  for (const q of pool) {
    const domain = domainIn(exam, q);
    const objective = objectiveIn(exam, q);
    if (domain === undefined || objective === undefined) continue;
    inExam.add(q.key);
    questions.push({ domain, objective, seen: seen.has(q.key) });
  }

  const plan = activePlans.find((p) => p.exam === exam && isStudyPlan(p.plan))?.plan;
  let burnUp: BurnUpSeries | null = null;
  if (isStudyPlan(plan)) {
    const actual = new Map(weekActuals(plan, time).map((a) => [a.weekIndex, a.hours]));
    burnUp = burnUpSeries(
      plan.weeks.map((w) => ({ start: w.start, end: w.end, plannedHours: w.plannedHours, actualHours: actual.get(w.index) ?? 0 })),
      calendarDateOf(now),
    );
  }

  const data: ProgressChartData = {
    exam,
    now,
    burnUp,
    coverage: coverageByDomain(blueprints[exam].domains, questions),
    accuracy: weeklyAccuracy(
      logs.filter((l) => inExam.has(l.questionKey)),
      now,
      ACCURACY_WEEKS,
    ),
    forecast: reviewForecast(
      cards.filter((c) => inExam.has(c.questionKey)).map((c) => c.due),
      now,
      FORECAST_DAYS,
    ),
  };
  performance.measure(PROGRESS_CHARTS_MEASURE, { start: startedAt, end: performance.now() });
  return data;
}

/**
 * The logs from `since` to `now`, read as the older part plus the last 30 days: the Progress tables
 * read those 30 days with the very same query at the same time, and Dexie's live-query cache then
 * serves both from one read — the logs are this screen's biggest read.
 */
async function loadLogsSince(since: Date, now: Date): Promise<ReviewLogRecord[]> {
  const recentSince = recentLogsSince(now);
  const [older, recent] = await Promise.all([
    since < recentSince ? db().reviewLogs.where('review').between(since, recentSince, true, false).toArray() : [],
    loadRecentLogs(now),
  ]);
  return [...older, ...recent.filter((l) => l.review >= since)];
}

/** Reloads when any table it reads changes, and once a minute so "today" moves on. */
export function useProgressCharts(exam: ExamId, now: Date): ProgressChartData | undefined {
  const minute = Math.floor(now.getTime() / 60_000);
  // The end of the minute, as useProgress uses: answers given earlier this minute count, and both
  // ask for the same 30-day log range, so Dexie's query cache serves it once.
  return useLiveQuery(() => loadProgressCharts(exam, new Date(minute * 60_000 + 59_999)), [exam, minute]);
}
