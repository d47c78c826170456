/**
 * The active question pool (enabled packs, not retired), kept in memory between reads.
 *
 * Reading every question record back from IndexedDB costs far more than anything done with them
 * (thousands of structured clones), and Today, practice, review, exams and progress all start
 * from the pool. So the pool is read once and reused until a write touches the `questions` or
 * `packs` table — in this tab or any other: Dexie's `storagemutated` event covers both — which
 * drops the copy. A read that overlaps such a write is never kept (generation check).
 */
import Dexie from 'dexie';
import type { KeyedQuestion } from '../domain/study/practice-selection';
import { db, type BastionDb } from './db';

let generation = 0;
let cached: { database: BastionDb; generation: number; pool: Promise<readonly KeyedQuestion[]> } | undefined;

const poolTables = /^idb:\/\/[^/]*\/(questions|packs)(\/|$)/;

Dexie.on('storagemutated', (parts) => {
  if (Object.keys(parts).some((part) => poolTables.test(part))) {
    generation++;
    cached = undefined;
  }
});

async function readPool(database: BastionDb): Promise<KeyedQuestion[]> {
  const startedAt = performance.now();
  const enabled = new Set((await database.packs.toArray()).filter((p) => p.enabled === 1).map((p) => p.id));
  const pool = (await database.questions.where('retired').equals(0).toArray()).filter((q) => enabled.has(q.packId));
  performance.measure('bastion:pool-read', { start: startedAt, end: performance.now() });
  return pool;
}

/** The questions practice, review and exams may draw from. Treat the result as read-only. */
export async function loadActivePool(): Promise<readonly KeyedQuestion[]> {
  const database = db();
  // Cheap reads of both tables, so a live query that calls this still re-runs when the bank or a
  // pack changes even when the pool itself comes from memory.
  await Promise.all([database.packs.count(), database.questions.count()]);
  if (cached && cached.database === database && cached.generation === generation) return cached.pool;
  const entry = { database, generation, pool: readPool(database) };
  cached = entry;
  entry.pool.catch(() => {
    if (cached === entry) cached = undefined;
  });
  return entry.pool;
}
