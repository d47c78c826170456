/**
 * The figures behind Progress, Plan and Today: per domain and objective, questions seen, accuracy
 * (last 30 days, and all time, both from the per-day answer tallies), mean retrievability, and
 * hours. Nothing here reads the review logs themselves.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { blueprints, type ExamId } from '../domain/exam-blueprints';
import type { DomainProgress } from '../domain/plan/domain-split';
import { retrievabilityAt, type SchedulerSettings } from '../domain/study/scheduler';
import { sumByQuestion } from '../domain/progress/answer-days';
import { loadAllAnswerSums, loadRecentAnswerDays } from './answer-days-repo';
import { db } from './db';
import { loadSettings, schedulerSettingsFrom } from './settings-repo';
import { cardsByKey, examEntries, loadActivePool, loadCards } from './pool-cache';

export interface Tally {
  inBank: number;
  seen: number;
  recentAttempts: number;
  recentCorrect: number;
}

export interface DomainStats extends Tally {
  domain: number;
  title: string;
  weight: number;
  objectivesTotal: number;
  objectivesTouched: number;
  /** Mean probability of recall now over the domain's seen questions; null when none is seen. */
  meanRetrievability: number | null;
  /** Sum of the squared retrievabilities of those questions, for the spread behind readiness's interval. */
  retrievabilitySumOfSquares: number;
  minutes: number;
}

export interface ObjectiveStats extends Tally {
  id: string;
  title: string;
  domain: number;
}

export interface ProgressData {
  exam: ExamId;
  domains: DomainStats[];
  objectives: ObjectiveStats[];
  /** Minutes logged with no single domain (automatic practice/review/exam time, "all domains" entries). */
  unassignedMinutes: number;
  totalMinutes: number;
}

const emptyTally = (): Tally => ({ inBank: 0, seen: 0, recentAttempts: 0, recentCorrect: 0 });

export async function loadProgress(exam: ExamId, now: Date, scheduler?: SchedulerSettings): Promise<ProgressData> {
  const settings = scheduler ?? schedulerSettingsFrom(await loadSettings());
  const [pool, cards, recentDays, time] = await Promise.all([
    loadActivePool(),
    loadCards(),
    loadRecentAnswerDays(now),
    db().studyTime.toArray(),
  ]);
  const cardByKey = cardsByKey(cards);
  const recallNow = retrievabilityAt(now, settings);
  const recentByKey = sumByQuestion(recentDays);
  const byDomain = new Map<number, Tally & { retrievabilitySum: number; retrievabilitySquares: number; touched: Set<string> }>();
  const byObjective = new Map<string, Tally>();
  for (const { key, domain: d, objective: o } of examEntries(pool, exam)) {
    const dt = byDomain.get(d) ?? { ...emptyTally(), retrievabilitySum: 0, retrievabilitySquares: 0, touched: new Set<string>() };
    const ot = byObjective.get(o) ?? emptyTally();
    const card = cardByKey.get(key);
    const recent = recentByKey.get(key);
    for (const t of [dt, ot]) {
      t.inBank++;
      if (card) t.seen++;
      if (recent) {
        t.recentAttempts += recent.attempts;
        t.recentCorrect += recent.correct;
      }
    }
    if (card) {
      const r = recallNow(card); // a card record is a Card with extra fields: no copy needed
      dt.retrievabilitySum += r;
      dt.retrievabilitySquares += r * r;
      dt.touched.add(o);
    }
    byDomain.set(d, dt);
    byObjective.set(o, ot);
  }
  let unassignedMinutes = 0;
  let totalMinutes = 0;
  const minutesByDomain = new Map<number, number>();
  for (const entry of time) {
    if (entry.exam !== exam) continue;
    totalMinutes += entry.minutes;
    if (entry.domain === 0) unassignedMinutes += entry.minutes;
    else minutesByDomain.set(entry.domain, (minutesByDomain.get(entry.domain) ?? 0) + entry.minutes);
  }
  const blueprint = blueprints[exam];
  const domains: DomainStats[] = blueprint.domains.map((d) => {
    const t = byDomain.get(d.number);
    const tally: Tally = t
      ? {
          inBank: t.inBank,
          seen: t.seen,
          recentAttempts: t.recentAttempts,
          recentCorrect: t.recentCorrect,
        }
      : emptyTally();
    return {
      ...tally,
      domain: d.number,
      title: d.title,
      weight: d.weight,
      objectivesTotal: d.objectives.length,
      objectivesTouched: t?.touched.size ?? 0,
      meanRetrievability: t && t.seen > 0 ? t.retrievabilitySum / t.seen : null,
      retrievabilitySumOfSquares: t?.retrievabilitySquares ?? 0,
      minutes: minutesByDomain.get(d.number) ?? 0,
    };
  });
  const objectives: ObjectiveStats[] = blueprint.domains.flatMap((d) =>
    d.objectives.map((o) => ({ ...emptyTally(), ...byObjective.get(o.id), id: o.id, title: o.title, domain: d.number })),
  );
  return { exam, domains, objectives, unassignedMinutes, totalMinutes };
}

/**
 * Questions of the exam's active pool seen at least once, and in the pool: the share the plan's
 * on-track check needs, without `loadProgress`'s recall and 30-day figures (it is read beside them
 * on Today and Progress, and computing those twice cost a dashboard ~30 ms).
 */
export async function loadCoverage(exam: ExamId): Promise<{ seen: number; inBank: number }> {
  const [pool, cards] = await Promise.all([loadActivePool(), loadCards()]);
  const seenKeys = cardsByKey(cards);
  const entries = examEntries(pool, exam);
  let seen = 0;
  for (const { key } of entries) if (seenKeys.has(key)) seen++;
  return { seen, inBank: entries.length };
}

export function useProgress(exam: ExamId, now: Date): ProgressData | undefined {
  const minute = Math.floor(now.getTime() / 60_000);
  // The end of the minute, as Today's due summary uses: answers given earlier this minute must count.
  return useLiveQuery(() => loadProgress(exam, new Date(minute * 60_000 + 59_999)), [exam, minute]);
}

/** Answers given and answers right. */
export interface AnswerTotal {
  attempts: number;
  correct: number;
}

/** Every answer ever given to the exam's questions in the active pool, per domain and objective. */
export interface AllTimeAccuracy {
  exam: ExamId;
  domains: ReadonlyMap<number, AnswerTotal>;
  objectives: ReadonlyMap<string, AnswerTotal>;
}

/**
 * All-time accuracy, from the per-day answer tallies: the answers the learner actually gave, the
 * same ones the weekly chart, the 30-day figures and the history export count. Not from the
 * counters on each card: cards written before those counters existed have none, and the only
 * fallback (reps, reps − lapses) overstated accuracy and lost answers once the card got fresh
 * counters. Its own read, because only Progress's tables and the plan generator show it: two
 * years of a heavy learner are ~730 day records, ~40 ms to read and ~15 ms to add up, which Today
 * and readiness need not pay.
 */
export async function loadAllTimeAccuracy(exam: ExamId, now: Date): Promise<AllTimeAccuracy> {
  // The days before the last 30 come summed from memory once read (answer-days-repo.ts); the last
  // 30 are the very query `loadProgress` runs, so Dexie's live-query cache serves them once for both.
  const [pool, answered] = await Promise.all([loadActivePool(), loadAllAnswerSums(now)]);
  const domains = new Map<number, AnswerTotal>();
  const objectives = new Map<string, AnswerTotal>();
  const add = <K>(totals: Map<K, AnswerTotal>, k: K, answered: AnswerTotal) => {
    const t = totals.get(k);
    if (t) {
      t.attempts += answered.attempts;
      t.correct += answered.correct;
    } else totals.set(k, { ...answered });
  };
  for (const { key, domain, objective } of examEntries(pool, exam)) {
    const sum = answered.get(key);
    if (!sum) continue;
    add(domains, domain, sum);
    add(objectives, objective, sum);
  }
  return { exam, domains, objectives };
}

export function useAllTimeAccuracy(exam: ExamId, now: Date): AllTimeAccuracy | undefined {
  const minute = Math.floor(now.getTime() / 60_000);
  // The end of the minute, as useProgress reads, so both ask for the same 30-day range.
  return useLiveQuery(() => loadAllTimeAccuracy(exam, new Date(minute * 60_000 + 59_999)), [exam, minute]);
}

/** The plan generator's view of progress: accuracy (all time), retention and coverage per domain. */
export function toDomainProgress(data: ProgressData, allTime: AllTimeAccuracy): DomainProgress[] {
  return data.domains.map((d) => {
    const answered = allTime.domains.get(d.domain);
    return {
      domain: d.domain,
      accuracy: answered && answered.attempts > 0 ? answered.correct / answered.attempts : null,
      retention: d.meanRetrievability,
      coverage: d.inBank > 0 ? d.seen / d.inBank : 0,
    };
  });
}
