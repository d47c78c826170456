/**
 * The data behind the Progress charts, read in one pass: the active plan and the time log (hours
 * burn-up), the pool and the cards (coverage and the review forecast), and the per-day answer
 * tallies of the weeks the accuracy trend shows — one small record per day, never the review logs.
 * Each table is read with one `toArray` in parallel and walked once; nothing awaits per item. The
 * pool, cards and time log are the same queries the Progress tables run, so Dexie's live-query
 * cache answers both screens' hooks from one read.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { blueprints, type ExamId } from '../domain/exam-blueprints';
import { localMidnight } from '../domain/plan/plan-dates';
import { calendarDayOf } from '../domain/calendar-day';
import {
  burnUpSeries,
  coverageByDomain,
  localWeekStart,
  reviewForecast,
  weeklyAccuracy,
  type AccuracyWeek,
  type AnswerCount,
  type BurnUpSeries,
  type CoverageQuestion,
  type DomainCoverage,
  type ForecastDay,
} from '../domain/progress/chart-series';
import { answerDayOf, firstDayOfWindow, RECENT_DAYS, type AnswerDay } from '../domain/progress/answer-days';
import { db } from './db';
import { isStudyPlan, weekActuals } from './plan-repo';
import { loadRecentAnswerDays } from './answer-days-repo';
import { cardsByKey, examEntries, loadActivePool, loadCards } from './pool-cache';

/**
 * Weeks of accuracy shown: half a year, enough to see a direction over a 4–6 month plan. They come
 * from the per-day tallies (182 small records), so the length costs next to nothing; reading the
 * review logs themselves (~25,000 for a heavy learner) would cost hundreds of milliseconds.
 */
export const ACCURACY_WEEKS = 26;
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
  const [pool, cards, days, time, activePlans] = await Promise.all([
    loadActivePool(),
    loadCards(),
    loadAnswerDaysSince(since, now),
    db().studyTime.toArray(),
    db().plans.where('status').equals('active').toArray(),
  ]);

  const seen = cardsByKey(cards);
  const inExam = new Set<string>();
  const questions: CoverageQuestion[] = [];
  for (const { key, domain, objective } of examEntries(pool, exam)) {
    inExam.add(key);
    questions.push({ domain, objective, seen: seen.has(key) });
  }

  const plan = activePlans.find((p) => p.exam === exam && isStudyPlan(p.plan))?.plan;
  let burnUp: BurnUpSeries | null = null;
  if (isStudyPlan(plan)) {
    const actual = new Map(weekActuals(plan, time).map((a) => [a.weekIndex, a.hours]));
    burnUp = burnUpSeries(
      plan.weeks.map((w) => ({ start: w.start, end: w.end, plannedHours: w.plannedHours, actualHours: actual.get(w.index) ?? 0 })),
      calendarDayOf(now),
    );
  }

  const data: ProgressChartData = {
    exam,
    now,
    burnUp,
    coverage: coverageByDomain(blueprints[exam].domains, questions),
    accuracy: weeklyAccuracy(examAnswersPerDay(days, inExam), now, ACCURACY_WEEKS),
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
 * The tallies from `since`'s day on, read as the older part plus the last 30 days: the Progress
 * tables read those 30 days with the very same query at the same time, and Dexie's live-query cache
 * then serves both from one read.
 */
async function loadAnswerDaysSince(since: Date, now: Date): Promise<AnswerDay[]> {
  const first = answerDayOf(since);
  const recentFirst = firstDayOfWindow(now, RECENT_DAYS);
  const [older, recent] = await Promise.all([
    first < recentFirst ? db().answerDays.where('day').between(first, recentFirst, true, false).toArray() : [],
    loadRecentAnswerDays(now),
  ]);
  return [...older, ...recent.filter((d) => d.day >= first)];
}

/** One count per day: the day's answers to questions of the exam, placed at the day's local midnight. */
function examAnswersPerDay(days: readonly AnswerDay[], inExam: ReadonlySet<string>): AnswerCount[] {
  // Plain indexed loops: half a year of days is ~18,000 (question, day) entries, and a callback
  // per entry cost ~15 ms of this screen's load.
  return days.map(({ day, keys, counts }) => {
    let answered = 0;
    let correct = 0;
    for (let i = 0; i < keys.length; i++) {
      if (!inExam.has(keys[i]!)) continue;
      answered += counts[2 * i] ?? 0;
      correct += counts[2 * i + 1] ?? 0;
    }
    return { at: localMidnight(day), answered, correct };
  });
}

/** Reloads when any table it reads changes, and once a minute so "today" moves on. */
export function useProgressCharts(exam: ExamId, now: Date): ProgressChartData | undefined {
  const minute = Math.floor(now.getTime() / 60_000);
  // The end of the minute, as useProgress uses: answers given earlier this minute count, and both
  // ask for the same 30-day tally range, so Dexie's query cache serves it once.
  return useLiveQuery(() => loadProgressCharts(exam, new Date(minute * 60_000 + 59_999)), [exam, minute]);
}
