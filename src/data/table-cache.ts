/**
 * A value read from some tables, kept in memory between reads until a write touches one of those
 * tables — in this tab or any other: Dexie's `storagemutated` event covers both — which drops the
 * copy. A read that overlaps such a write is never kept (generation check).
 *
 * Why: IndexedDB's cost is per record. Today, practice, review, exams and Progress all start from
 * the question pool and the cards (5,000 records each for a heavy learner, 70–180 ms apiece in
 * Chromium), and most visits change neither in between.
 *
 * `load()` also counts each table, a cheap read, so a live query that calls it still re-runs when
 * one of the tables changes even when the value comes from memory (a whole-table count makes Dexie
 * watch every key of the table). Callers must treat the value as read-only: it is shared.
 */
import Dexie from 'dexie';
import { db, type BastionDb } from './db';

export interface TableCache<T> {
  load(): Promise<T>;
  /**
   * Keeps `value` as what the tables hold now, sparing the next read: for a caller that has just
   * written the tables and knows exactly what they hold (called after its transaction committed).
   */
  prime(value: T): void;
}

export function tableCache<T>(tables: readonly string[], read: (database: BastionDb) => Promise<T>): TableCache<T> {
  let generation = 0;
  let cached: { database: BastionDb; generation: number; value: Promise<T> } | undefined;
  const watched = new RegExp(`^idb://[^/]*/(${tables.join('|')})(/|$)`);
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((part) => watched.test(part))) {
      generation++;
      cached = undefined;
    }
  });
  return {
    prime(value) {
      cached = { database: db(), generation, value: Promise.resolve(value) };
    },
    async load() {
      const database = db();
      // Inside a transaction the value may include that transaction's own, uncommitted writes: read
      // it afresh there, and neither use nor keep the copy.
      if (Dexie.currentTransaction) return read(database);
      await Promise.all(tables.map((name) => database.table(name).count()));
      if (cached && cached.database === database && cached.generation === generation) return cached.value;
      const entry = { database, generation, value: read(database) };
      cached = entry;
      entry.value.catch(() => {
        if (cached === entry) cached = undefined;
      });
      return entry.value;
    },
  };
}
