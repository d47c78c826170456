/**
 * How the review logs are laid out in IndexedDB (db.ts `logChunks`, since database version 6):
 * `LOGS_PER_CHUNK` logs to a record. Log `id` lives in chunk `Math.floor(id / LOGS_PER_CHUNK)`, kept
 * sorted by id, so finding one is one `get`. A chunk also lists its logs' session ids (a multi-entry
 * index: an assignment's answers), its latest review time (an index: today's answers) and its size
 * (an index: how many logs there are).
 * review-log-store.ts reads and writes through this layout; db.ts's upgrade uses it too.
 */
import type { ReviewLogRecord } from './db';
import { packLogs, unpackLogs, type PackedLogs } from './review-log-packing';

export const LOGS_PER_CHUNK = 64;

/** A log as stored: always with its id. */
export type StoredReviewLog = ReviewLogRecord & { id: number };

/** Exactly one of `packed` and `logs` is set: read the logs with `logsOf`. */
export interface ReviewLogChunk {
  chunk: number;
  /** The logs in columns, sorted by id. */
  packed?: PackedLogs;
  /** The logs as objects, sorted by id: only when some log would not pack (or before version 8). */
  logs?: StoredReviewLog[];
  /** The distinct session ids of the chunk's logs. */
  sessionIds: string[];
  /** The latest `review` among the chunk's logs. */
  latestReview: Date;
  /** How many logs the chunk holds, indexed: counting every log reads these index keys, not 100,000 logs. */
  size: number;
}

export const chunkOf = (id: number): number => Math.floor(id / LOGS_PER_CHUNK);

/** A chunk record for these logs (all of one chunk, sorted by id), with its index fields. */
export function chunkRecord(chunk: number, logs: StoredReviewLog[]): ReviewLogChunk {
  let latest = logs[0]!.review;
  for (const log of logs) if (log.review.getTime() > latest.getTime()) latest = log.review;
  const packed = packLogs(logs);
  const index = { sessionIds: [...new Set(logs.map((l) => l.sessionId))], latestReview: latest, size: logs.length };
  return packed ? { chunk, packed, ...index } : { chunk, logs, ...index };
}

/** A chunk's logs, sorted by id, whichever way they are stored. */
export const logsOf = (record: ReviewLogChunk): StoredReviewLog[] => (record.packed ? unpackLogs(record.packed) : (record.logs ?? []));

/** Logs grouped into chunk records by id (ids are unique: a backup with a repeated one is refused). */
export function chunkReviewLogs(logs: readonly StoredReviewLog[]): ReviewLogChunk[] {
  const byChunk = new Map<number, StoredReviewLog[]>();
  for (const log of logs) {
    const chunk = chunkOf(log.id);
    const list = byChunk.get(chunk);
    if (list) list.push(log);
    else byChunk.set(chunk, [log]);
  }
  return [...byChunk]
    .sort(([a], [b]) => a - b)
    .map(([chunk, list]) =>
      chunkRecord(
        chunk,
        list.sort((a, b) => a.id - b.id),
      ),
    );
}
