/**
 * The data behind the Progress charts, read in one pass: the active plan and the time log (hours
 * burn-up), the pool and the cards (coverage and the review forecast), and the review logs of the
 * weeks the accuracy trend shows — read once, through the `review` index, never the whole history.
 * Each table is read with one `toArray` in parallel and walked once; nothing awaits per item.
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
import { db } from './db';
import { isStudyPlan, weekActuals } from './plan-repo';
import { loadActivePool } from './study-hooks';

/** Weeks of accuracy shown: half a year covers a whole CISSP plan (4–6 months). */
export const ACCURACY_WEEKS = 26;
/** Days of review forecast shown. */
export const FORECAST_DAYS = 30;

export interface ProgressChartData {
  exam: ExamId;
  /** Null when the exam has no active plan. */
  burnUp: BurnUpSeries | null;
  coverage: DomainCoverage[];
  accuracy: AccuracyWeek[];
  forecast: ForecastDay[];
}

export async function loadProgressCharts(exam: ExamId, now: Date): Promise<ProgressChartData> {
  const since = localWeekStart(now, -(ACCURACY_WEEKS - 1));
  const [pool, cards, logs, time, activePlans] = await Promise.all([
    loadActivePool(),
    db().cards.toArray(),
    db().reviewLogs.where('review').aboveOrEqual(since).toArray(),
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

  return {
    exam,
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
}

/** Reloads when any table it reads changes, and once a minute so "today" moves on. */
export function useProgressCharts(exam: ExamId, now: Date): ProgressChartData | undefined {
  const minute = Math.floor(now.getTime() / 60_000);
  return useLiveQuery(() => loadProgressCharts(exam, new Date(minute * 60_000)), [exam, minute]);
}
