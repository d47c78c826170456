/**
 * Every question that is not retired, kept as ONE IndexedDB record (`poolSnapshot`), so that a start
 * reads the question pool in one piece instead of record by record.
 *
 * Why: IndexedDB's cost is per record. For a heavy learner's 5,000 questions, reading them one
 * record each took 110–130 ms on an idle page and 250–310 ms during start-up, when the first screen
 * competes for the main thread; the same questions as one record read in ~35 ms (Chromium,
 * measured). The questions store stays the record of truth: the snapshot is derived from it,
 * rebuilt whenever it is missing or out of date, and never backed up.
 *
 * How it stays true: a Dexie middleware, closest to IndexedDB, adds the snapshot store to every
 * read-write transaction that includes `questions` and, in the same transaction as any write to
 * `questions`, deletes the snapshot and counts up a generation number. A write and the snapshot's
 * end therefore commit or fail together, in every tab and every code path (tests seeding the store
 * directly included). A snapshot is written only if the generation it was read under is still
 * the current one, so a write that lands between reading the questions and storing the snapshot is
 * never hidden. Pack switches do not touch it: it holds every pack's questions, and the reader
 * filters by the packs switched on, as before.
 */
import Dexie, { type DBCore, type Middleware } from 'dexie';

export const POOL_SNAPSHOT_STORE = 'poolSnapshot';
const SNAPSHOT_KEY = 'questions';
const GENERATION_KEY = 'generation';

interface Snapshot<Q> {
  readonly generation: number;
  readonly questions: readonly Q[];
}

/** Drops the snapshot and counts the generation up, inside `transaction` (before its write). */
function invalidate(transaction: IDBTransaction): void {
  if (!transaction.objectStoreNames.contains(POOL_SNAPSHOT_STORE)) {
    // An upgrade from before the store existed has no snapshot to drop. Any other transaction was
    // widened to include it (below): if one was not, refuse the write rather than leave a stale copy.
    if (!transaction.db.objectStoreNames.contains(POOL_SNAPSHOT_STORE)) return;
    throw new Error('The questions were written in a transaction that cannot drop the pool snapshot; nothing was written.');
  }
  const store = transaction.objectStore(POOL_SNAPSHOT_STORE);
  const current = store.get(GENERATION_KEY);
  current.onsuccess = () => store.put(((current.result as number | undefined) ?? 0) + 1, GENERATION_KEY);
  store.delete(SNAPSHOT_KEY);
}

/** The middleware, registered on the database (src/data/db.ts) below every other one. */
export const poolSnapshotInvalidation: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'poolSnapshotInvalidation',
  // Below Dexie's own middlewares (their lowest is -1): the extra store is invisible to them.
  level: -10,
  create: (down) => {
    const hasStore = down.schema.tables.some((t) => t.name === POOL_SNAPSHOT_STORE);
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = hasStore && mode === 'readwrite' && stores.includes('questions') && !stores.includes(POOL_SNAPSHOT_STORE);
        return down.transaction(widened ? [...stores, POOL_SNAPSHOT_STORE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'questions') return table;
        return {
          ...table,
          mutate(req) {
            invalidate(req.trans as unknown as IDBTransaction);
            return table.mutate(req);
          },
        };
      },
    };
  },
};

const request = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

export interface PoolRead<Q> {
  /** Every question not retired, by key. */
  readonly questions: readonly Q[];
  /** Whether they came from the snapshot (one record) rather than the questions store. */
  readonly fromSnapshot: boolean;
  /** The generation they were read under: store them with `keepSnapshot` for the next read. */
  readonly generation: number;
}

/**
 * The questions not retired, from the snapshot when it is current, else from the questions store
 * (its `retired` index), in one read-only transaction so both describe the same moment.
 */
export async function readUnretiredQuestions<Q>(database: Dexie): Promise<PoolRead<Q>> {
  await database.open();
  const transaction = database.backendDB().transaction(['questions', POOL_SNAPSHOT_STORE], 'readonly');
  const store = transaction.objectStore(POOL_SNAPSHOT_STORE);
  const [generation, snapshot] = await Promise.all([
    request(store.get(GENERATION_KEY)) as Promise<number | undefined>,
    request(store.get(SNAPSHOT_KEY)) as Promise<Snapshot<Q> | undefined>,
  ]);
  const current = generation ?? 0;
  if (snapshot && snapshot.generation === current) return { questions: snapshot.questions, fromSnapshot: true, generation: current };
  const questions = (await request(transaction.objectStore('questions').index('retired').getAll(0))) as Q[];
  return { questions, fromSnapshot: false, generation: current };
}

/**
 * Stores `read.questions` as the snapshot, unless a write to the questions has happened since they
 * were read (the generation moved on): then the next read rebuilds it. Resolves with whether it was
 * stored.
 */
export async function keepSnapshot<Q>(database: Dexie, read: PoolRead<Q>): Promise<boolean> {
  await database.open();
  const transaction = database.backendDB().transaction([POOL_SNAPSHOT_STORE], 'readwrite');
  const store = transaction.objectStore(POOL_SNAPSHOT_STORE);
  const done = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
  const generation = ((await request(store.get(GENERATION_KEY))) as number | undefined) ?? 0;
  const kept = generation === read.generation;
  if (kept) store.put({ generation, questions: read.questions } satisfies Snapshot<Q>, SNAPSHOT_KEY);
  await done;
  return kept;
}
