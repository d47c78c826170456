/**
 * The active question pool (enabled packs, not retired) and the learner's cards, kept in memory
 * between reads until a write touches their tables (table-cache.ts).
 */
import Dexie from 'dexie';
import { domainIn, objectiveIn } from '../domain/bank/question-filter';
import { stemIndex, type StemIndex } from '../domain/pack/near-duplicates';
import type { ExamId } from '../domain/exam-blueprints';
import type { KeyedQuestion } from '../domain/study/practice-selection';
import { inKeyOrder } from '../domain/study/quick-session';
import type { BastionDb, CardRecord, QuestionRecord } from './db';
import { keepSnapshot, readUnretiredQuestions, type PoolRead } from './pool-snapshot';
import { tableCache } from './table-cache';
import { allCards } from './card-store';

async function readPool(database: BastionDb): Promise<QuestionRecord[]> {
  const startedAt = performance.now();
  // Inside a transaction its own uncommitted writes must show (and a second transaction would wait
  // for it): read through it, record by record.
  const inTransaction = !!Dexie.currentTransaction;
  const [packs, read] = await Promise.all([
    database.packs.toArray(),
    // Should the direct read fail (the connection closing for another tab's upgrade, say), Dexie's
    // own read below reopens and answers as before.
    inTransaction ? null : readUnretiredQuestions<QuestionRecord>(database).catch(() => null),
  ]);
  const enabled = new Set(packs.filter((p) => p.enabled === 1).map((p) => p.id));
  const questions = read?.questions ?? (await database.questions.where('retired').equals(0).toArray());
  const pool = questions.filter((q) => enabled.has(q.packId));
  if (inTransaction) return pool;
  // One name for both ways (read back at all is what the first-visit test checks); `detail` says which.
  performance.measure('bastion:pool-read', {
    start: startedAt,
    end: performance.now(),
    detail: { fromSnapshot: read?.fromSnapshot ?? false },
  });
  if (read && !read.fromSnapshot) keepLater(database, read);
  return pool;
}

let pendingKeep: Promise<unknown> = Promise.resolve();

/**
 * Stores what was read record by record as the snapshot, once the page is idle: copying 5,000
 * questions into IndexedDB holds the main thread ~50 ms (measured: 52 ms, committed after 82 ms),
 * which must not delay the screen that asked for them. A failure (storage full, the page closing)
 * only means the next start reads record by record again.
 */
function keepLater(database: BastionDb, read: PoolRead<QuestionRecord>): void {
  pendingKeep = new Promise<void>((resolve) => {
    const keep = () =>
      void keepSnapshot(database, read).then(
        () => resolve(),
        () => resolve(),
      );
    if (typeof requestIdleCallback === 'function') requestIdleCallback(keep, { timeout: 2000 });
    else setTimeout(keep, 0);
  });
}

/** Resolves once the last snapshot write scheduled has finished or failed (for tests). */
export function snapshotWritten(): Promise<unknown> {
  return pendingKeep;
}

const pool = tableCache(['packs', 'questions'], readPool);
const cards = tableCache(['cardBuckets'], allCards);

/**
 * The bundled bank's questions while a first load writes them into an empty database: the whole
 * pool, known before its transaction commits. Reading the pool (or a question) from IndexedDB then
 * would wait for that transaction; a first visit's first session starts from this instead.
 */
let beingWritten: { readonly pool: QuestionRecord[]; readonly byKey: ReadonlyMap<string, QuestionRecord> } | undefined;

/**
 * A first visit's starter set (src/domain/bank/starter-set.ts), held until the bank's first load
 * ends: its questions are all in the bank, so a session begun from them reads on from the bank.
 */
let starter: { readonly pool: QuestionRecord[]; readonly byKey: ReadonlyMap<string, QuestionRecord> } | undefined;

const keyed = (questions: readonly QuestionRecord[]) => {
  const sorted = inKeyOrder(questions);
  return { pool: sorted, byKey: new Map(sorted.map((q) => [q.key, q])) };
};

/** For a first visit, before the bank's packs are loaded: a first Quick 10 may start from these. */
export function holdStarterSet(questions: readonly QuestionRecord[]): void {
  if (!beingWritten) starter = keyed(questions);
}

/**
 * The pool a Quick 10 draws from: the starter set while it is all a first visit has (never the
 * pool of any other screen: Today's counts from it would be wrong), else the active pool.
 */
export function loadQuickPool(): Promise<readonly QuestionRecord[]> {
  if (starter && !beingWritten && !Dexie.currentTransaction) return Promise.resolve(starter.pool);
  return loadActivePool();
}

/** The questions practice, review, exams and the bank browser draw from, as stored. Treat the result as read-only. */
export function loadActivePool(): Promise<readonly QuestionRecord[]> {
  // Inside a transaction, its own view of the tables is the truth (the write may not be the bank's).
  if (beingWritten && !Dexie.currentTransaction) return Promise.resolve(beingWritten.pool);
  return pool.load();
}

/** For the first load of the bank into an empty database: `questions` are the pool from now on (by key, as a read gives). */
export function holdPoolBeingWritten(questions: readonly QuestionRecord[]): void {
  beingWritten = keyed(questions);
}

/**
 * The first load's transaction has ended. Committed: what it wrote is kept as the pool, without
 * reading it back (a first visit's question appeared ~40–100 ms sooner for that). Failed: the
 * pool is read from the database again, which holds none of it. Either way the starter set is let go.
 */
export function releasePoolBeingWritten(committed: boolean): void {
  if (beingWritten && committed) pool.prime(beingWritten.pool);
  beingWritten = undefined;
  starter = undefined;
}

/**
 * The questions of a first load still being written (or, before its packs arrive, the starter set),
 * by key; undefined once it has ended (or when none is under way).
 */
export function questionsBeingWritten(): ReadonlyMap<string, QuestionRecord> | undefined {
  return beingWritten?.byKey ?? starter?.byKey;
}

/** Every card (the learner's FSRS state per question). Treat the result as read-only. */
export function loadCards(): Promise<readonly CardRecord[]> {
  return cards.load();
}

/**
 * A value computed from a cached array, kept as long as that array is: the cache hands out a new
 * array after any write, so the derived value can never be stale. Today and Progress each built
 * these maps of 5,000 entries on every load (~5–15 ms apiece).
 */
function derivedFrom<Source extends object, Value>(compute: (source: Source) => Value): (source: Source) => Value {
  const memo = new WeakMap<Source, Value>();
  return (source) => {
    if (!memo.has(source)) memo.set(source, compute(source));
    return memo.get(source)!;
  };
}

/** The active pool's stems as trigram sets, for the editor's "much like" check. Read-only. */
export const stemIndexOf = derivedFrom((all: readonly KeyedQuestion[]): StemIndex => stemIndex(all));

/** Cards by question key. Read-only, like the cards. */
export const cardsByKey = derivedFrom((all: readonly CardRecord[]): ReadonlyMap<string, CardRecord> => {
  return new Map(all.map((c) => [c.questionKey, c]));
});

/** A question of the pool as one exam sees it: its key, and its domain and objective in that exam. */
export interface ExamEntry {
  readonly key: string;
  readonly domain: number;
  readonly objective: string;
}

function entriesOf(pool: readonly KeyedQuestion[], exam: ExamId): ExamEntry[] {
  const entries: ExamEntry[] = [];
  for (const q of pool) {
    const domain = domainIn(exam, q);
    const objective = objectiveIn(exam, q);
    if (domain !== undefined && objective !== undefined) entries.push({ key: q.key, domain, objective });
  }
  return entries;
}

const entriesByExam = {
  cissp: derivedFrom((pool: readonly KeyedQuestion[]) => entriesOf(pool, 'cissp')),
  cc: derivedFrom((pool: readonly KeyedQuestion[]) => entriesOf(pool, 'cc')),
} satisfies Record<ExamId, unknown>;

/**
 * The questions of `pool` that serve `exam`, with their domain and objective in it, worked out once
 * per cached pool: Today and Progress walked the 5,000-question pool three or four times a load,
 * asking each question for its domain and objective every time.
 */
export function examEntries(pool: readonly KeyedQuestion[], exam: ExamId): readonly ExamEntry[] {
  return entriesByExam[exam](pool);
}

const domainsByExam = {
  cissp: derivedFrom((pool: readonly KeyedQuestion[]) => domainsOf(pool, 'cissp')),
  cc: derivedFrom((pool: readonly KeyedQuestion[]) => domainsOf(pool, 'cc')),
} satisfies Record<ExamId, unknown>;

function domainsOf(pool: readonly KeyedQuestion[], exam: ExamId): ReadonlyMap<string, number> {
  return new Map(examEntries(pool, exam).map((e) => [e.key, e.domain]));
}

/** The domain of each question of `pool` in `exam` (questions not in the exam are absent). */
export function domainsInExam(pool: readonly KeyedQuestion[], exam: ExamId): ReadonlyMap<string, number> {
  return domainsByExam[exam](pool);
}
