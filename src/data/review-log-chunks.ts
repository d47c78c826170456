/**
 * How the review logs are laid out in IndexedDB (db.ts `logChunks`, since database version 6):
 * `LOGS_PER_CHUNK` logs to a record. Log `id` lives in chunk `Math.floor(id / LOGS_PER_CHUNK)`, kept
 * sorted by id, so finding one is one `get`. A chunk also lists its logs' session ids (a multi-entry
 * index: an assignment's answers), its latest review time (an index: today's answers) and its size
 * (an index: how many logs there are).
 * review-log-store.ts reads and writes through this layout; db.ts's upgrade uses it too.
 */
import type { ReviewLogRecord } from './db';
import { COLUMN, LOG_WIDTH, packLogs, unpackLogs, type PackedLogs } from './review-log-packing';

/**
 * 256 since database version 12 (64 before). IndexedDB's cost is per record: the bench's 100,000
 * logs as 1,563 records of 64 took 241–347 ms to write and 232–259 ms to read with raw IndexedDB
 * (a backup's import and export), as 391 records of 256, 143–186 ms and 87–106 ms (Chromium, 3
 * runs each). An answer appends to its chunk's columns without unpacking it (`withLogAppended`).
 */
export const LOGS_PER_CHUNK = 256;

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

/** The id of a chunk's first (lowest) log, without unpacking it; undefined for an empty chunk. */
export function firstIdOf(record: ReviewLogChunk): number | undefined {
  if (record.packed) return record.packed.questionKeys.length > 0 ? record.packed.numbers[COLUMN.id] : undefined;
  return record.logs?.[0]?.id;
}

/** The id of a chunk's last (highest) log, without unpacking it; undefined for an empty chunk. */
export function lastIdOf(record: ReviewLogChunk): number | undefined {
  if (record.packed) {
    const count = record.packed.questionKeys.length;
    return count > 0 ? record.packed.numbers[(count - 1) * LOG_WIDTH + COLUMN.id] : undefined;
  }
  return record.logs?.at(-1)?.id;
}

/**
 * One chunk record `chunk` holding the logs of `parts`, in their order (each part's ids above the
 * last part's). Packed parts are joined column by column, without a log becoming an object; if any
 * part keeps its logs as objects, the chunk is rebuilt from all the logs, exactly as `chunkRecord`
 * builds one.
 */
function joinedChunk(chunk: number, parts: readonly ReviewLogChunk[]): ReviewLogChunk {
  if (!parts.every((part) => part.packed)) return chunkRecord(chunk, parts.flatMap(logsOf));
  const packedParts = parts.map((part) => part.packed!);
  const numbers = new Float64Array(packedParts.reduce((sum, packed) => sum + packed.numbers.length, 0));
  let at = 0;
  for (const packed of packedParts) {
    numbers.set(packed.numbers, at);
    at += packed.numbers.length;
  }
  return {
    chunk,
    packed: {
      numbers,
      questionKeys: packedParts.flatMap((packed) => packed.questionKeys),
      sessionIds: packedParts.flatMap((packed) => packed.sessionIds),
      confidences: packedParts.flatMap((packed) => packed.confidences),
    },
    sessionIds: [...new Set(parts.flatMap((part) => part.sessionIds))],
    latestReview: parts.reduce((latest, part) => (part.latestReview > latest ? part.latestReview : latest), parts[0]!.latestReview),
    size: parts.reduce((sum, part) => sum + part.size, 0),
  };
}

/**
 * The chunk with `log` added after its other logs (its id must be the highest). A packed chunk
 * takes the log's columns on the end of its own, so an answer copies the chunk's arrays instead
 * of turning every log of it into an object and back.
 */
export const withLogAppended = (record: ReviewLogChunk, log: StoredReviewLog): ReviewLogChunk =>
  joinedChunk(record.chunk, [record, chunkRecord(record.chunk, [log])]);

/**
 * Chunk records regrouped so that each holds the logs `chunkOf` now assigns it (database version
 * 12: from chunks of 64 to chunks of 256). A record's logs all fall in one new chunk, since the
 * old size divides the new one; records already in place come back as they were.
 */
export function regroupChunks(records: readonly ReviewLogChunk[]): ReviewLogChunk[] {
  const groups = new Map<number, ReviewLogChunk[]>();
  for (const record of [...records].sort((a, b) => a.chunk - b.chunk)) {
    const first = firstIdOf(record);
    if (first === undefined) continue; // an empty record (the app deletes emptied chunks)
    const chunk = chunkOf(first);
    const group = groups.get(chunk);
    if (group) group.push(record);
    else groups.set(chunk, [record]);
  }
  return [...groups].map(([chunk, group]) => (group.length === 1 && group[0]!.chunk === chunk ? group[0]! : joinedChunk(chunk, group)));
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
