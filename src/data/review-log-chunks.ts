/**
 * How the review logs are laid out in IndexedDB (db.ts `logChunks`, since database version 6):
 * `LOGS_PER_CHUNK` logs to a record. Log `id` lives in chunk `Math.floor(id / LOGS_PER_CHUNK)`, kept
 * sorted by id, so finding one is one `get`. A chunk also lists its logs' session ids (a multi-entry
 * index: an assignment's answers), its latest review time (an index: today's answers) and its size
 * (an index: how many logs there are).
 * review-log-store.ts reads and writes through this layout; db.ts's upgrade uses it too.
 */
import type { LogColumns } from '../domain/backup/log-columns';
import type { ReviewLogRecord } from './db';
import { packedFromColumns, packLogs, unpackLogs, type PackedLogs } from './review-log-packing';

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

/**
 * A backup's checked log columns as chunk records, packed straight from the columns: their ids
 * rise, so each chunk's logs are one run of them.
 */
export function chunkColumns(columns: LogColumns): ReviewLogChunk[] {
  const ids = columns.values.id as readonly number[];
  const reviews = columns.values.review as readonly number[];
  const sessions = columns.values.sessionId as readonly string[];
  const records: ReviewLogChunk[] = [];
  for (let from = 0; from < columns.count;) {
    const chunk = chunkOf(ids[from]!);
    let to = from + 1;
    while (to < columns.count && chunkOf(ids[to]!) === chunk) to++;
    let latest = reviews[from]!;
    for (let i = from + 1; i < to; i++) latest = Math.max(latest, reviews[i]!);
    records.push({
      chunk,
      packed: packedFromColumns(columns, from, to),
      sessionIds: [...new Set(sessions.slice(from, to))],
      latestReview: new Date(latest),
      size: to - from,
    });
    from = to;
  }
  return records;
}
