/**
 * Exam simulations in IndexedDB. The CAT engine's state (src/domain/exam) is plain JSON and is saved
 * after every answer, in one transaction with the answer's FSRS card update, so a reload or a crash
 * resumes at the same item with the same option order. The clock is never paused: time while the
 * app was closed counts, as it would in a test centre, and the results say so.
 */
import { domainIn } from '../domain/bank/question-filter';
import type { ExamId } from '../domain/exam-blueprints';
import { answerItem, checkTime, nextItem, startExam, withoutPool, type ExamState, type PoolItem } from '../domain/exam/cat-engine';
import { formFor, type ExamVariant } from '../domain/exam/exam-form';
import { difficultyForAuthored, refinedDifficulty } from '../domain/exam/rasch';
import { randomSeed, seededRng, shuffled } from '../domain/study/random';
import type { SchedulerSettings } from '../domain/study/scheduler';
import { db, type SessionRecord } from './db';
import { cardsByKey, loadActivePool, loadCards } from './pool-cache';
import { loadAllAnswerSums } from './answer-days-repo';
import { reviewTables, writeReview } from './study-repo';

/** Items answered within this many days count as "seen recently" and are avoided when the bank allows. */
export const RECENT_DAYS = 14;
const DAY_MS = 86_400_000;

export interface ExamItemAnswer {
  readonly key: string;
  readonly chosen: number;
  readonly correct: boolean;
  readonly order: readonly number[];
  readonly responseMs: number;
}

export interface ExamSessionState {
  readonly engine: ExamState;
  readonly seed: number;
  /** The item on screen, with its option order (indices into the authored options). */
  readonly current: { readonly key: string; readonly order: readonly number[]; readonly shownAt: string } | null;
  readonly answers: readonly ExamItemAnswer[];
  /** True when the bank could not fill the exam with questions not seen recently. */
  readonly includesRecent: boolean;
  /** True when the learner ended the exam before any of its ending rules applied (see endExamEarly). */
  readonly endedByLearner?: boolean;
}

export interface ExamPreflight {
  readonly poolSize: number;
  readonly freshSize: number;
  readonly maxItems: number;
  readonly canRun: boolean;
  readonly usesRecent: boolean;
}

async function examPool(exam: ExamId, now: Date): Promise<{ all: PoolItem[]; fresh: PoolItem[] }> {
  const [questions, cards, answered] = await Promise.all([loadActivePool(), loadCards(), loadAllAnswerSums(now)]);
  const cardByKey = cardsByKey(cards);
  const all: PoolItem[] = [];
  const fresh: PoolItem[] = [];
  for (const q of questions) {
    const domain = domainIn(exam, q);
    if (domain === undefined) continue;
    const card = cardByKey.get(q.key);
    // The learner's own answers refine the authored difficulty (see refinedDifficulty): every answer
    // to the question, from the day tallies. A card's reps and reps − lapses only estimated them, and
    // overstated the right ones (a heavy learner: 86% where 72% of the answers were right).
    const history = answered.get(q.key) ?? { correct: 0, attempts: 0 };
    const item = { key: q.key, domain, b: refinedDifficulty(difficultyForAuthored(q.difficulty), history) };
    all.push(item);
    const recent = card?.last_review && now.getTime() - card.last_review.getTime() < RECENT_DAYS * DAY_MS;
    if (!recent) fresh.push(item);
  }
  return { all, fresh };
}

/** Whether the bank can fill this exam, and whether it must reuse recently seen questions. */
export async function examPreflight(exam: ExamId, variant: ExamVariant, now: Date): Promise<ExamPreflight> {
  const form = formFor(exam, variant);
  const { all, fresh } = await examPool(exam, now);
  // Adaptive selection needs room around θ: ask for half again the longest exam before skipping recent items.
  const usesRecent = fresh.length < Math.ceil(form.maxItems * 1.5);
  return { poolSize: all.length, freshSize: fresh.length, maxItems: form.maxItems, canRun: all.length >= form.maxItems, usesRecent };
}

function withNextItem(state: ExamSessionState, now: Date): ExamSessionState {
  if (state.engine.result) return { ...state, current: null };
  const n = state.engine.answered.length;
  const key = nextItem(state.engine, seededRng(state.seed + 1 + n));
  if (!key) return { ...state, current: null };
  const order = shuffled([0, 1, 2, 3], seededRng(state.seed + 100_003 + n));
  return { ...state, current: { key, order, shownAt: now.toISOString() } };
}

export async function startExamSession(exam: ExamId, variant: ExamVariant, now: Date, seed = randomSeed()): Promise<string> {
  const form = formFor(exam, variant);
  const { all, fresh } = await examPool(exam, now);
  const includesRecent = fresh.length < Math.ceil(form.maxItems * 1.5);
  const pool = includesRecent ? all : fresh;
  const engine = startExam(form, pool, seededRng(seed), now);
  const state = withNextItem({ engine, seed, current: null, answers: [], includesRecent }, now);
  const id = `exam-${now.getTime().toString(36)}-${seed.toString(36)}`;
  const record: SessionRecord = { id, kind: 'exam', status: 'active', exam, startedAt: now, updatedAt: now, state };
  await db().transaction('rw', db().sessions, async () => {
    await db()
      .sessions.where('status')
      .equals('active')
      .filter((s) => s.kind === 'exam')
      .modify({ status: 'abandoned', updatedAt: now });
    await db().sessions.put(record);
  });
  return id;
}

function finished(record: SessionRecord, state: ExamSessionState, now: Date): SessionRecord {
  const done = state.engine.result !== null || state.current === null;
  if (!done) return { ...record, state, updatedAt: now };
  // Stored from here on without its item pool (see withoutPool); exams finished before this kept theirs.
  return { ...record, state: { ...state, engine: withoutPool(state.engine) }, updatedAt: now, status: 'finished', finishedAt: now };
}

/**
 * Records the answer to the item on screen (final: there is no going back) and picks the next item.
 * Idempotent: an answer for an item no longer on screen (double press, second tab) changes nothing.
 */
export async function answerExamItem(
  sessionId: string,
  key: string,
  chosen: number,
  now: Date,
  settings: SchedulerSettings,
): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.sessions, database.questions, ...reviewTables(database)], async () => {
    const record = await database.sessions.get(sessionId);
    if (!record || record.status !== 'active') return;
    const state = record.state as ExamSessionState;
    if (state.current?.key !== key) return;
    const timed = checkTime(state.engine, now);
    if (timed.result) {
      await database.sessions.put(finished(record, { ...state, engine: timed, current: null }, now));
      return;
    }
    const question = await database.questions.get(key);
    if (!question) throw new Error(`Question ${key} is not in the bank`);
    const correct = chosen === question.answer;
    const responseMs = Math.max(0, now.getTime() - Date.parse(state.current.shownAt));
    await writeReview({ sessionId, questionKey: key, chosen, responseMs, now, settings, correct });
    const engine = answerItem(timed, key, correct, now);
    const answers = [...state.answers, { key, chosen, correct, order: state.current.order, responseMs }];
    await database.sessions.put(finished(record, withNextItem({ ...state, engine, answers }, now), now));
  });
}

/** Ends the exam by the time rule when its time is up (called on a timer and on load). */
export function expireExamIfTimeUp(sessionId: string, now: Date): Promise<void> {
  return endRunningExam(sessionId, now, (state, engine) => (engine.result ? { ...state, engine, current: null } : null));
}

/**
 * Ends a running exam at the learner's choice. No ending rule applied, so the engine keeps no result:
 * the exam reads as not finished (no pass or fail, see examOutcome) and readiness does not rest on it.
 * If its time was already up, the time rule ends it instead, as it would have on the next tick.
 */
export function endExamEarly(sessionId: string, now: Date): Promise<void> {
  return endRunningExam(sessionId, now, (state, engine) => ({ ...state, engine, current: null, endedByLearner: !engine.result }));
}

/**
 * In one transaction: the running exam, its time checked, and its final state as `ending` makes it
 * (or null to leave it running). An exam already finished, or gone, is left as it is.
 */
async function endRunningExam(
  sessionId: string,
  now: Date,
  ending: (state: ExamSessionState, engine: ExamSessionState['engine']) => ExamSessionState | null,
): Promise<void> {
  const database = db();
  await database.transaction('rw', database.sessions, async () => {
    const record = await database.sessions.get(sessionId);
    if (!record || record.status !== 'active') return;
    const state = record.state as ExamSessionState;
    const ended = ending(state, checkTime(state.engine, now));
    if (ended) await database.sessions.put(finished(record, ended, now));
  });
}
