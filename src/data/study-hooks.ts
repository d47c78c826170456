/** Reactive reads for study screens: sessions, their questions and cards, and what is due. */
import { useKeyedLiveQuery } from './use-keyed-live-query';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Card } from 'ts-fsrs';
import type { ExamId } from '../domain/exam-blueprints';
import type { DomainRecord, KeyedQuestion, LearnerHistory } from '../domain/study/practice-selection';
import type { CardSummary } from '../domain/study/review-queue';
import type { StudySessionState } from '../domain/study/session';
import { db, type CardRecord, type QuestionRecord, type SessionRecord } from './db';
import { getReviewLog, reviewLogsBetween } from './review-log-store';
import { domainsInExam, loadActivePool, loadCards, questionsBeingWritten } from './pool-cache';
import { getCards } from './card-store';

export { loadActivePool };

export interface LoadedSession {
  record: SessionRecord;
  state: StudySessionState;
  questions: Map<string, QuestionRecord>;
  cards: Map<string, CardRecord>;
}

/**
 * The newest active session of `kind`. Read through the `status` index: the active sessions are a
 * handful, where every session of a kind (300 finished practice sessions with their answers, for a
 * heavy learner) took 260 ms to read as Practice opened.
 */
export function useLatestSession(kind: SessionRecord['kind']): SessionRecord | null | undefined {
  return useLiveQuery(async () => {
    const active = (await db().sessions.where('status').equals('active').toArray()).filter((s) => s.kind === kind);
    active.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
    return active[0] ?? null;
  }, [kind]);
}

export function useSessionById(id: string | undefined): LoadedSession | null | undefined {
  return useKeyedLiveQuery(id, async (id) => {
    if (!id) return null;
    const record = await db().sessions.get(id);
    if (!record) return null;
    const state = record.state as StudySessionState;
    const [questions, cards] = await Promise.all([questionsOf(state.queue), getCards(db(), state.queue)]);
    return {
      record,
      state,
      questions: new Map(questions.filter((q): q is QuestionRecord => !!q).map((q) => [q.key, q])),
      cards: new Map(cards.filter((c): c is CardRecord => !!c).map((c) => [c.questionKey, c])),
    };
  });
}

/**
 * A session's questions. While a first visit's bank is still being written, from memory: a read of
 * the questions table would wait for that transaction, and with it the first question.
 */
async function questionsOf(keys: readonly string[]): Promise<(QuestionRecord | undefined)[]> {
  const held = questionsBeingWritten();
  if (held && keys.every((k) => held.has(k))) return keys.map((k) => held.get(k));
  return db().questions.bulkGet([...keys]);
}

export async function loadCardSummaries(): Promise<CardSummary[]> {
  const cards = await loadCards();
  return cards.map((c) => ({ questionKey: c.questionKey, due: c.due, reps: c.reps, lapses: c.lapses }));
}

/** Seen, due, missed and flagged keys at `now`, for choosing practice questions. */
export async function loadLearnerHistory(now: Date): Promise<LearnerHistory> {
  const [cards, flags] = await Promise.all([loadCards(), db().flags.toArray()]);
  return {
    seen: new Set(cards.map((c) => c.questionKey)),
    due: new Set(cards.filter((c) => c.due.getTime() <= now.getTime()).map((c) => c.questionKey)),
    // The card keeps whether its latest answer was right, so no scan of the review logs is needed.
    missed: new Set(cards.filter((c) => c.lastCorrect === false).map((c) => c.questionKey)),
    flagged: new Set(flags.map((f) => f.questionKey)),
  };
}

export function domainRecords(exam: ExamId, pool: readonly KeyedQuestion[], cards: readonly CardSummary[]): Map<number, DomainRecord> {
  const domainOf = domainsInExam(pool, exam); // built once per cached pool, not on every quick start
  const out = new Map<number, { reps: number; lapses: number }>();
  for (const c of cards) {
    const d = domainOf.get(c.questionKey);
    if (d === undefined) continue;
    const r = out.get(d) ?? { reps: 0, lapses: 0 };
    r.reps += c.reps;
    r.lapses += c.lapses;
    out.set(d, r);
  }
  return out;
}

function startOfDay(now: Date): Date {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d;
}

/** New questions introduced today (first reviews since local midnight). */
export async function countNewToday(now: Date): Promise<number> {
  const logs = await reviewLogsBetween(startOfDay(now), now);
  return logs.filter((log) => log.state === 0).length;
}

/** Days ahead over which the cards coming due are averaged (`comingPerDay`). */
const COMING_DUE_DAYS = 7;

/** What review asks of the learner now: the cards due, and how many come due each day after. */
export interface ReviewLoad {
  /** Cards of the exam due now. */
  dueNow: number;
  /** Cards coming due per day over the next week, on average. */
  comingPerDay: number;
}

interface DueCounts {
  dueByDomain: Map<number, number>;
  dueTotal: number;
  /** Questions not due yet that come due before the end of today (Progress's forecast counts them in today). */
  dueLaterToday: number;
  /** Cards not due yet that come due over the next week, per day on average. */
  comingPerDay: number;
  seen: number;
  poolSize: number;
}

/**
 * One pass over the exam's cards at `at`: what is due now (by domain), later today and over the next
 * week. The pool and the cards come from memory (pool-cache.ts), as does the exam's domain map:
 * reading the cards' keys and the `due` index from IndexedDB on every visit cost more than all of this.
 */
async function countDue(exam: ExamId, at: Date): Promise<DueCounts> {
  const [pool, cards] = await Promise.all([loadActivePool(), loadCards()]);
  const domainOf = domainsInExam(pool, exam);
  let seen = 0;
  const dueByDomain = new Map<number, number>();
  const atMs = at.getTime();
  const tomorrow = startOfDay(at);
  tomorrow.setDate(tomorrow.getDate() + 1);
  const tomorrowMs = tomorrow.getTime();
  const weekMs = atMs + COMING_DUE_DAYS * 86_400_000;
  let dueLaterToday = 0;
  let comingWeek = 0;
  for (const card of cards) {
    const d = domainOf.get(card.questionKey);
    if (d === undefined) continue;
    seen++;
    const dueMs = card.due.getTime();
    if (dueMs <= atMs) dueByDomain.set(d, (dueByDomain.get(d) ?? 0) + 1);
    else {
      if (dueMs < tomorrowMs) dueLaterToday++;
      if (dueMs <= weekMs) comingWeek++;
    }
  }
  const dueTotal = [...dueByDomain.values()].reduce((a, b) => a + b, 0);
  return { dueByDomain, dueTotal, dueLaterToday, comingPerDay: comingWeek / COMING_DUE_DAYS, seen, poolSize: domainOf.size };
}

export interface DueSummary extends DueCounts {
  newToday: number;
  newLimit: number;
}

export function useDueSummary(exam: ExamId, now: Date, newLimit: number): DueSummary | undefined {
  const minute = Math.floor(now.getTime() / 60_000);
  return useLiveQuery(async () => {
    const at = new Date(minute * 60_000 + 59_999);
    const [counts, newToday] = await Promise.all([countDue(exam, at), countNewToday(at)]);
    return { ...counts, newToday, newLimit };
  }, [exam, minute, newLimit]);
}

/** The review load alone (Plan's week), from the same pass as `useDueSummary`. */
export function useReviewLoad(exam: ExamId, now: Date): ReviewLoad | undefined {
  const minute = Math.floor(now.getTime() / 60_000);
  return useLiveQuery(async () => {
    const { dueTotal, comingPerDay } = await countDue(exam, new Date(minute * 60_000 + 59_999));
    return { dueNow: dueTotal, comingPerDay };
  }, [exam, minute]);
}

/**
 * The card as it was before the answer behind a review log (null: it was a new question). A
 * negative id is an answer shown before its write (the player's optimistic answer): it has no log
 * yet, so nothing is read; its real id follows once the write commits. Reading it anyway put an
 * IndexedDB transaction inside the answer's first frame.
 */
export function useCardBeforeAnswer(logId: number | undefined): Card | null | undefined {
  return useLiveQuery(async () => {
    if (logId === undefined || logId < 0) return undefined;
    const log = await getReviewLog(logId);
    return log ? (log.cardBefore ?? null) : undefined;
  }, [logId]);
}
