/**
 * The review logs, stored `LOGS_PER_CHUNK` to an IndexedDB record (db.ts `logChunks`, since
 * database version 6). Every other module reads and writes logs through these functions only.
 *
 * Why chunks: IndexedDB's cost is per record, not per byte. With the bench's 100,000 logs, one
 * record per log took 8.4 s to write (a backup import) and 1.5 s to read (a backup export, the CSV);
 * as a few hundred records of a few hundred logs, 0.4 s and 0.3 s (Chromium, measured). An answer
 * now rewrites one chunk of at most `LOGS_PER_CHUNK` logs instead of adding one record.
 *
 * Since version 8 a chunk keeps its logs in columns (review-log-packing.ts), which halved the logs'
 * share of a backup's write (and of its export's read) again.
 *
 * Layout: review-log-chunks.ts. A log's id is still a positive integer, allocated in order. An
 * emptied chunk is deleted, so "any logs?" is "any chunk?".
 *
 * Ids. The next id is one more than the highest stored. Undoing the newest answer therefore frees its
 * id for the next answer, which is safe: undo removes the answer that referred to it in the same
 * transaction, and nothing else refers to a log id.
 */
import { db, type BastionDb, type ReviewLogRecord } from './db';
import {
  chunkOf,
  chunkRecord,
  chunkReviewLogs,
  lastIdOf,
  logsOf,
  withLogAppended,
  type ReviewLogChunk,
  type StoredReviewLog,
} from './review-log-chunks';

export type { StoredReviewLog };

const flatten = (chunks: readonly ReviewLogChunk[]): StoredReviewLog[] => chunks.flatMap(logsOf);

/** Adds a log and returns its new id. Must run inside the caller's transaction over `logChunks`. */
export async function addReviewLog(log: ReviewLogRecord): Promise<number> {
  const table = db().logChunks;
  const last = await table.orderBy('chunk').last();
  const lastId = last ? lastIdOf(last) : undefined;
  const id = lastId === undefined ? 1 : lastId + 1;
  const stored = { ...log, id };
  const chunk = chunkOf(id);
  await table.put(last?.chunk === chunk ? withLogAppended(last, stored) : chunkRecord(chunk, [stored]));
  return id;
}

/** The log with this id, or undefined. */
export async function getReviewLog(id: number): Promise<StoredReviewLog | undefined> {
  const record = await db().logChunks.get(chunkOf(id));
  return record && logsOf(record).find((log) => log.id === id);
}

/** Replaces the stored log with the same id (nothing happens if there is none). In the caller's transaction. */
export async function putReviewLog(log: StoredReviewLog): Promise<void> {
  const table = db().logChunks;
  const record = await table.get(chunkOf(log.id));
  const logs = record ? logsOf(record) : [];
  if (!record || !logs.some((l) => l.id === log.id)) return;
  await table.put(
    chunkRecord(
      record.chunk,
      logs.map((l) => (l.id === log.id ? log : l)),
    ),
  );
}

/** Deletes the log with this id, and its chunk once empty. In the caller's transaction. */
export async function deleteReviewLog(id: number): Promise<void> {
  const table = db().logChunks;
  const record = await table.get(chunkOf(id));
  if (!record) return;
  const before = logsOf(record);
  const logs = before.filter((l) => l.id !== id);
  if (logs.length === 0) await table.delete(record.chunk);
  else if (logs.length < before.length) await table.put(chunkRecord(record.chunk, logs));
}

/** Every log, in id order (the order they were given). */
export async function allReviewLogs(database: BastionDb = db()): Promise<StoredReviewLog[]> {
  return flatten(await database.logChunks.toArray());
}

/** The logs of these sessions, in id order. */
export async function reviewLogsOfSessions(sessionIds: readonly string[]): Promise<StoredReviewLog[]> {
  if (sessionIds.length === 0) return [];
  const wanted = new Set(sessionIds);
  const chunks = await db()
    .logChunks.where('sessionIds')
    .anyOf([...wanted])
    .distinct()
    .sortBy('chunk');
  return flatten(chunks).filter((log) => wanted.has(log.sessionId));
}

/** The logs reviewed from `from` to `to` inclusive, in id order. */
export async function reviewLogsBetween(from: Date, to: Date): Promise<StoredReviewLog[]> {
  const chunks = await db().logChunks.where('latestReview').aboveOrEqual(from).sortBy('chunk');
  const [start, end] = [from.getTime(), to.getTime()];
  return flatten(chunks).filter((log) => log.review.getTime() >= start && log.review.getTime() <= end);
}

export async function countReviewLogs(database: BastionDb = db()): Promise<number> {
  const sizes = (await database.logChunks.orderBy('size').keys()) as number[];
  return sizes.reduce((sum, size) => sum + size, 0);
}

export async function hasReviewLogs(): Promise<boolean> {
  return (await db().logChunks.count()) > 0;
}

/** Replaces every log with these (inside the caller's transaction over `logChunks`). */
export async function replaceReviewLogs(database: BastionDb, logs: readonly StoredReviewLog[]): Promise<void> {
  await clearReviewLogs(database);
  await writeReviewLogs(database, logs);
}

/** Deletes every log (inside the caller's transaction over `logChunks`). */
export async function clearReviewLogs(database: BastionDb): Promise<void> {
  await database.logChunks.clear();
}

/**
 * Stores these logs in a store `clearReviewLogs` emptied, in the caller's transaction. Packs them
 * into chunks before it returns its promise, so a caller can issue other writes first and have
 * IndexedDB carry them out while this packs (backup-repo.ts).
 */
export function writeReviewLogs(database: BastionDb, logs: readonly StoredReviewLog[]): Promise<unknown> {
  return database.logChunks.bulkPut(chunkReviewLogs(logs));
}
