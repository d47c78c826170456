/**
 * Practice and review sessions in IndexedDB. Every answer is written when it is given, in one
 * transaction with its card update and its review log, so a reload, a closed tab or a crash never
 * loses it. Writes are idempotent per (session, question): a second tab or a double press that
 * answers the same question again changes nothing.
 */
import { Rating, type Card } from 'ts-fsrs';
import { DEFAULT_CONFIDENCE, ratingForAnswer, type Confidence } from '../domain/study/rating';
import { scheduleAfterAnswer, type SchedulerSettings } from '../domain/study/scheduler';
import {
  advanced,
  currentKey,
  isFinished,
  lastAnswered,
  withAnswer,
  withFlagToggled,
  withoutAnswer,
  type StudySessionState,
} from '../domain/study/session';
import { db, type BastionDb, type CardRecord, type SessionRecord } from './db';
import { addReviewLog, deleteReviewLog, getReviewLog, putReviewLog } from './review-log-store';
import { countAnswerOnDay } from './answer-days-repo';
import { questionsBeingWritten } from './pool-cache';
import { cardForUpdate } from './card-store';

/** The FSRS card inside a stored record (the aggregates stay with the record). */
export function toCard(record: CardRecord): Card {
  const { questionKey: _key, lastCorrect: _last, attempts: _attempts, correctCount: _correct, ...card } = record;
  return card;
}

function withoutKey(record: CardRecord): Omit<CardRecord, 'questionKey'> {
  const { questionKey: _key, ...rest } = record;
  return rest;
}

type CardAggregates = Pick<CardRecord, 'lastCorrect' | 'attempts' | 'correctCount'>;

function aggregatesOf(record: CardRecord | undefined): CardAggregates {
  if (!record) return {};
  const out: CardAggregates = {};
  if (record.lastCorrect !== undefined) out.lastCorrect = record.lastCorrect;
  if (record.attempts !== undefined) out.attempts = record.attempts;
  if (record.correctCount !== undefined) out.correctCount = record.correctCount;
  return out;
}

function aggregatesAfter(before: CardRecord | undefined, correct: boolean): CardAggregates {
  return { lastCorrect: correct, attempts: (before?.attempts ?? 0) + 1, correctCount: (before?.correctCount ?? 0) + (correct ? 1 : 0) };
}

export async function createStudySession(id: string, state: StudySessionState, now: Date): Promise<SessionRecord> {
  const record: SessionRecord = {
    id,
    kind: state.config.kind,
    status: state.queue.length === 0 ? 'finished' : 'active',
    exam: state.config.exam,
    startedAt: now,
    updatedAt: now,
    state,
  };
  await db().transaction('rw', db().sessions, async () => {
    // One active session per kind: starting a new one closes the previous one, keeping its answers.
    await db()
      .sessions.where('status')
      .equals('active')
      .filter((s) => s.kind === state.config.kind)
      .modify({ status: 'abandoned', updatedAt: now });
    await db().sessions.put(record);
  });
  return record;
}

async function activeSession(sessionId: string): Promise<{ record: SessionRecord; state: StudySessionState }> {
  const record = await db().sessions.get(sessionId);
  if (!record) throw new Error(`Session ${sessionId} was not found`);
  return { record, state: record.state as StudySessionState };
}

export interface AnswerInput {
  readonly sessionId: string;
  readonly questionKey: string;
  readonly chosen: number;
  readonly responseMs: number;
  readonly now: Date;
  readonly settings: SchedulerSettings;
}

/** Records an answer with the default confidence; the learner may change the confidence after. */
export async function recordAnswer(input: AnswerInput): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.sessions, database.questions, ...reviewTables(database)], async () => {
    const { record, state } = await activeSession(input.sessionId);
    if (state.answers[input.questionKey]) return;
    // On a first visit the answer can come before the bank's write has begun (a starter-set question,
    // pool-cache.ts): the question held in memory, which that write will store, decides it then.
    const question = (await database.questions.get(input.questionKey)) ?? questionsBeingWritten()?.get(input.questionKey);
    if (!question) throw new Error(`Question ${input.questionKey} is not in the bank`);
    const correct = input.chosen === question.answer;
    const logId = await writeReview({ ...input, correct });
    const answer = {
      chosen: input.chosen,
      correct,
      confidence: DEFAULT_CONFIDENCE,
      responseMs: input.responseMs,
      answeredAt: input.now.toISOString(),
      logId,
    };
    await database.sessions.put({ ...record, updatedAt: input.now, state: withAnswer(state, input.questionKey, answer) });
  });
}

/** The tables `writeReview` and undo write: a caller's transaction must include them all. */
export function reviewTables(database: BastionDb) {
  return [database.cardBuckets, database.logChunks, database.answerDays];
}

/**
 * The FSRS side of any answer (practice, review or exam): the card's next state and a review log
 * holding the card as it was, for undo, counted in its day's tallies. Must run inside the caller's
 * transaction over `reviewTables`, so all of it commits together or not at all.
 */
export async function writeReview(input: AnswerInput & { correct: boolean }): Promise<number> {
  const database = db();
  const slot = await cardForUpdate(database, input.questionKey);
  const beforeRecord = slot.card;
  const before = beforeRecord ? toCard(beforeRecord) : null;
  const grade = ratingForAnswer({ correct: input.correct, confidence: DEFAULT_CONFIDENCE, responseMs: input.responseMs });
  const { card, log } = scheduleAfterAnswer(before ?? undefined, grade, input.now, input.settings);
  const logId = await addReviewLog({
    ...log,
    questionKey: input.questionKey,
    sessionId: input.sessionId,
    correct: input.correct,
    chosenOption: input.chosen,
    confidence: DEFAULT_CONFIDENCE,
    responseMs: input.responseMs,
    cardBefore: beforeRecord ? withoutKey(beforeRecord) : null,
  });
  await countAnswerOnDay({ review: log.review, questionKey: input.questionKey, correct: input.correct }, 1);
  await slot.replace({ ...card, questionKey: input.questionKey, ...aggregatesAfter(beforeRecord, input.correct) });
  return logId;
}

/**
 * The learner's confidence after seeing the explanations. The rating is recomputed from the card
 * as it was before the answer, at the answer's own time, so changing one's mind is exact.
 */
export async function setConfidence(
  sessionId: string,
  questionKey: string,
  confidence: Confidence,
  settings: SchedulerSettings,
): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.sessions, database.cardBuckets, database.logChunks], async () => {
    const { record, state } = await activeSession(sessionId);
    const answer = state.answers[questionKey];
    if (!answer || answer.confidence === confidence) return;
    const log = await getReviewLog(answer.logId);
    if (!log) return;
    const grade = ratingForAnswer({ correct: answer.correct, confidence, responseMs: answer.responseMs });
    const { card, log: next } = scheduleAfterAnswer(
      log.cardBefore ? toCard({ ...log.cardBefore, questionKey }) : undefined,
      grade,
      log.review,
      settings,
    );
    await putReviewLog({ ...log, ...next, confidence });
    const slot = await cardForUpdate(database, questionKey);
    const current = slot.card;
    // Only when this answer is still the card's latest review (another tab may have reviewed since).
    if (current && current.last_review?.getTime() === log.review.getTime())
      await slot.replace({ ...card, questionKey, ...aggregatesOf(current) });
    await database.sessions.put({ ...record, state: withAnswer(state, questionKey, { ...answer, confidence }) });
  });
}

/** Undo the session's last answer: its card and log return to exactly their state before it. */
export async function undoLastAnswer(sessionId: string, now: Date): Promise<string | undefined> {
  const database = db();
  return database.transaction('rw', [database.sessions, ...reviewTables(database)], async () => {
    const { record, state } = await activeSession(sessionId);
    const last = lastAnswered(state);
    if (!last) return undefined;
    const [questionKey, answer] = last;
    const log = await getReviewLog(answer.logId);
    if (log) {
      const slot = await cardForUpdate(database, questionKey);
      const current = slot.card;
      if (current && current.last_review?.getTime() === log.review.getTime())
        await slot.replace(log.cardBefore ? { ...log.cardBefore, questionKey } : null);
      await deleteReviewLog(answer.logId);
      await countAnswerOnDay(log, -1);
    }
    await database.sessions.put({ ...record, status: 'active', updatedAt: now, state: withoutAnswer(state, questionKey) });
    return questionKey;
  });
}

/**
 * Moves past `fromKey`. Idempotent: a second press (or a second tab) that still thinks it is on
 * `fromKey` after the move does nothing, so one question is never skipped by a double press.
 */
export async function advanceSession(sessionId: string, fromKey: string, now: Date): Promise<void> {
  const database = db();
  await database.transaction('rw', database.sessions, async () => {
    const { record, state } = await activeSession(sessionId);
    if (currentKey(state) !== fromKey) return;
    const next = advanced(state);
    const done = isFinished(next);
    await database.sessions.put({
      ...record,
      state: next,
      updatedAt: now,
      status: done ? 'finished' : record.status,
      ...(done ? { finishedAt: now } : {}),
    });
  });
}

/** Stop a session early ("until stopped" sessions end here); answers so far are kept. */
export async function finishSession(sessionId: string, now: Date): Promise<void> {
  await db().sessions.update(sessionId, { status: 'finished', finishedAt: now, updatedAt: now });
}

export async function toggleFlag(sessionId: string, questionKey: string, now: Date): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.sessions, database.flags], async () => {
    const { record, state } = await activeSession(sessionId);
    const next = withFlagToggled(state, questionKey);
    if (next.flagged.includes(questionKey)) await database.flags.put({ questionKey, flaggedAt: now });
    else await database.flags.delete(questionKey);
    await database.sessions.put({ ...record, state: next });
  });
}

export async function reportProblem(questionKey: string, kind: string, text: string, now: Date): Promise<void> {
  await db().problemReports.add({ questionKey, kind, text, createdAt: now });
}

/** Ratings a review log can carry, for summaries. */
export const gradeNames: Record<number, string> = {
  [Rating.Again]: 'Again',
  [Rating.Hard]: 'Hard',
  [Rating.Good]: 'Good',
  [Rating.Easy]: 'Easy',
};
