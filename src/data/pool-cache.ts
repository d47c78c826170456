/**
 * The active question pool (enabled packs, not retired) and the learner's cards, kept in memory
 * between reads until a write touches their tables (table-cache.ts).
 */
import type { KeyedQuestion } from '../domain/study/practice-selection';
import type { BastionDb, CardRecord } from './db';
import { tableCache } from './table-cache';

async function readPool(database: BastionDb): Promise<KeyedQuestion[]> {
  const startedAt = performance.now();
  const enabled = new Set((await database.packs.toArray()).filter((p) => p.enabled === 1).map((p) => p.id));
  const pool = (await database.questions.where('retired').equals(0).toArray()).filter((q) => enabled.has(q.packId));
  performance.measure('bastion:pool-read', { start: startedAt, end: performance.now() });
  return pool;
}

const pool = tableCache(['packs', 'questions'], readPool);
const cards = tableCache(['cards'], (database) => database.cards.toArray());

/** The questions practice, review and exams may draw from. Treat the result as read-only. */
export function loadActivePool(): Promise<readonly KeyedQuestion[]> {
  return pool.load();
}

/** Every card (the learner's FSRS state per question). Treat the result as read-only. */
export function loadCards(): Promise<readonly CardRecord[]> {
  return cards.load();
}
