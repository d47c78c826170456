/**
 * The per-day answer tallies (db.ts `answerDays`, src/domain/progress/answer-days.ts): kept in step
 * with the review logs by the only code that adds or removes a log (study-repo's writeReview and
 * undo), rebuilt whole by a backup import and by the version-5 upgrade, and read by Progress, Today
 * and readiness instead of the logs.
 */
import Dexie, { RangeSet, rangesOverlap } from 'dexie';
import {
  answerDayOf,
  firstDayOfWindow,
  RECENT_DAYS,
  sumByQuestion,
  tallyLogs,
  withAnswer,
  type AnswerDay,
  type QuestionSums,
} from '../domain/progress/answer-days';
import { db, type BastionDb, type ReviewLogRecord } from './db';

/**
 * Counts one answer in (`delta` 1) or out (`delta` -1, undo) of its day. Must run inside the
 * caller's transaction over `answerDays`, with the log write, so the two never disagree.
 */
export async function countAnswerOnDay(log: Pick<ReviewLogRecord, 'review' | 'questionKey' | 'correct'>, delta: 1 | -1): Promise<void> {
  const table = db().answerDays;
  const day = answerDayOf(log.review);
  const next = withAnswer(await table.get(day), day, log.questionKey, log.correct, delta);
  if (next) await table.put(next);
  else await table.delete(day);
}

/** Replaces every tally with those of `logs` (inside the caller's transaction over `answerDays`). */
export async function replaceAnswerDays(database: BastionDb, logs: readonly ReviewLogRecord[]): Promise<void> {
  await clearAnswerDays(database);
  await writeAnswerDays(database, tallyLogs(logs));
}

/** Deletes every tally (inside the caller's transaction over `answerDays`). */
export async function clearAnswerDays(database: BastionDb): Promise<void> {
  await database.answerDays.clear();
}

/** Stores these tallies (`tallyLogs`, `tallyColumns`) in a store `clearAnswerDays` emptied, in the caller's transaction. */
export function writeAnswerDays(database: BastionDb, days: readonly AnswerDay[]): Promise<unknown> {
  return database.answerDays.bulkPut(days as AnswerDay[]);
}

/** The tallies of `firstDay` ('yyyy-mm-dd') and every day after it. */
export function loadAnswerDaysFrom(firstDay: string): Promise<AnswerDay[]> {
  return db().answerDays.where('day').aboveOrEqual(firstDay).toArray();
}

/** The tallies of every day before `day` ('yyyy-mm-dd'). */
export function loadAnswerDaysBefore(day: string): Promise<AnswerDay[]> {
  return db().answerDays.where('day').below(day).toArray();
}

/**
 * Every answer before `day`, summed per question, kept in memory until a write touches a day
 * before it — in this tab or another (Dexie's `storagemutated` names the days a write touched).
 * Answers go to today's tally, so after the first read, all-time figures read only the recent
 * days: two years of a heavy learner are ~700 day records, ~40 ms to read and ~15 ms to add up.
 * A read that overlaps such a write is never kept (generation check). Treat the value as read-only.
 */
export async function loadAnswerSumsBefore(day: string): Promise<QuestionSums> {
  const database = db();
  if (Dexie.currentTransaction) return sumByQuestion(await loadAnswerDaysBefore(day));
  // Counting the range makes a live query that calls this re-run when those days change, even when
  // the sums come from memory.
  await database.answerDays.where('day').below(day).count();
  if (olderSums && olderSums.database === database && olderSums.before === day && olderSums.generation === olderGeneration)
    return olderSums.value;
  const entry = { database, before: day, generation: olderGeneration, value: loadAnswerDaysBefore(day).then(sumByQuestion) };
  olderSums = entry;
  entry.value.catch(() => {
    if (olderSums === entry) olderSums = undefined;
  });
  return entry.value;
}

/**
 * The sums all-time figures start from: every day before the recent window. Start-up reads them
 * once the first screen is drawn (bank-sync-status.ts), as it does the pool and the cards, so
 * opening Progress later reads only the recent days.
 */
export const loadAnswerSumsBeforeRecent = (now: Date): Promise<QuestionSums> => loadAnswerSumsBefore(firstDayOfWindow(now, RECENT_DAYS));

let olderGeneration = 0;
let olderSums: { database: BastionDb; before: string; generation: number; value: Promise<QuestionSums> } | undefined;
const answerDaysPart = /^idb:\/\/[^/]*\/answerDays\//;

Dexie.on('storagemutated', (parts) => {
  if (!olderSums) return;
  const older = new RangeSet('', olderSums.before);
  const touched = Object.entries(parts).some(([part, keys]) => answerDaysPart.test(part) && rangesOverlap(keys, older));
  if (touched) {
    olderGeneration++;
    olderSums = undefined;
  }
});

/**
 * The answer tallies of the last 30 days. One definition of the query, so live queries running at
 * the same time (the Progress tables and charts) share a single read through Dexie's query cache.
 * No upper bound: an answer given today must count (and, being inside the range the live query
 * watches, make it run again).
 */
export function loadRecentAnswerDays(now: Date): Promise<AnswerDay[]> {
  return loadAnswerDaysFrom(firstDayOfWindow(now, RECENT_DAYS));
}

/**
 * Every answer to each question, all time: the older days' sums (kept in memory, above) plus the
 * last 30 days' tallies. The true history, where a card's reps and lapses only estimate it.
 */
export async function loadAllAnswerSums(now: Date): Promise<QuestionSums> {
  const [older, recent] = await Promise.all([loadAnswerSumsBeforeRecent(now), loadRecentAnswerDays(now)]);
  const all: QuestionSums = new Map([...older].map(([key, sum]) => [key, { ...sum }]));
  for (const [key, lately] of sumByQuestion(recent)) {
    const sum = all.get(key);
    if (sum) {
      sum.attempts += lately.attempts;
      sum.correct += lately.correct;
    } else all.set(key, lately);
  }
  return all;
}
