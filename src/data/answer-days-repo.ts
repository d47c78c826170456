/**
 * The per-day answer tallies (db.ts `answerDays`, src/domain/progress/answer-days.ts): kept in step
 * with the review logs by the only code that adds or removes a log (study-repo's writeReview and
 * undo), rebuilt whole by a backup import and by the version-5 upgrade, and read by Progress, Today
 * and readiness instead of the logs.
 */
import { answerDayOf, tallyLogs, withAnswer, type AnswerDay } from '../domain/progress/answer-days';
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
  await writeAnswerDays(database, logs);
}

/** Deletes every tally (inside the caller's transaction over `answerDays`). */
export async function clearAnswerDays(database: BastionDb): Promise<void> {
  await database.answerDays.clear();
}

/**
 * Stores the tallies of `logs` in a store `clearAnswerDays` emptied, in the caller's transaction.
 * Tallies them before it returns its promise (see review-log-store.ts's `writeReviewLogs`).
 */
export function writeAnswerDays(
  database: BastionDb,
  logs: Iterable<Pick<ReviewLogRecord, 'review' | 'questionKey' | 'correct'>>,
): Promise<unknown> {
  return database.answerDays.bulkPut(tallyLogs(logs));
}

/** The tallies of `firstDay` ('yyyy-mm-dd') and every day after it. */
export function loadAnswerDaysFrom(firstDay: string): Promise<AnswerDay[]> {
  return db().answerDays.where('day').aboveOrEqual(firstDay).toArray();
}

/** The tallies of every day before `day` ('yyyy-mm-dd'). */
export function loadAnswerDaysBefore(day: string): Promise<AnswerDay[]> {
  return db().answerDays.where('day').below(day).toArray();
}
