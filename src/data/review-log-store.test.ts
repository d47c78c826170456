import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BastionDb, setDatabase, type ReviewLogRecord } from './db';
import { reviewedOnce } from '../../tests/fixtures/fsrs-card';
import { chunkReviewLogs, LOGS_PER_CHUNK, logsOf, type ReviewLogChunk } from './review-log-chunks';
import {
  addReviewLog,
  allReviewLogs,
  countReviewLogs,
  deleteReviewLog,
  getReviewLog,
  hasReviewLogs,
  putReviewLog,
  replaceReviewLogs,
  reviewLogsBetween,
  reviewLogsOfSessions,
  type StoredReviewLog,
} from './review-log-store';

let database: BastionDb;
let counter = 0;
const day = (d: number, hour = 9) => new Date(2026, 2, d, hour);
const log = (review: Date, sessionId = 's1', questionKey = 'q1'): ReviewLogRecord =>
  ({ questionKey, sessionId, review, correct: true, rating: 3, confidence: 'unsure', responseMs: 1000, cardBefore: null }) as never;

beforeEach(() => {
  database = new BastionDb(`review-log-store-test-${++counter}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

/** Adds `n` logs, one per call, as answers do. */
async function addMany(n: number, at = day(1)): Promise<number[]> {
  const ids = [];
  for (let i = 0; i < n; i++) ids.push(await database.transaction('rw', database.logChunks, () => addReviewLog(log(at))));
  return ids;
}

describe('review log store', () => {
  it('numbers logs 1, 2, 3… and packs them into chunks of LOGS_PER_CHUNK by id', async () => {
    const ids = await addMany(LOGS_PER_CHUNK + 2);
    expect(ids).toEqual(Array.from({ length: LOGS_PER_CHUNK + 2 }, (_, i) => i + 1));
    expect(await database.logChunks.toCollection().primaryKeys()).toEqual([0, 1]);
    expect(logsOf((await database.logChunks.get(0))!).map((l) => l.id)).toEqual(ids.slice(0, LOGS_PER_CHUNK - 1));
    expect(logsOf((await database.logChunks.get(1))!).map((l) => l.id)).toEqual(ids.slice(LOGS_PER_CHUNK - 1));
    expect(await countReviewLogs()).toBe(LOGS_PER_CHUNK + 2);
    expect((await allReviewLogs()).map((l) => l.id)).toEqual(ids);
  });

  it('appends an answer to its packed chunk exactly as packing the whole chunk anew would', async () => {
    const answer = (i: number): ReviewLogRecord => ({
      rating: 1 + (i % 4),
      state: i % 4,
      due: day(2 + (i % 20)),
      stability: 0.3 + i / 9,
      difficulty: 2 + (i % 7) / 3,
      elapsed_days: i % 4,
      last_elapsed_days: i % 3,
      scheduled_days: i % 9,
      learning_steps: 0,
      review: day(1, 8 + (i % 10)),
      questionKey: `q${i % 23}`,
      sessionId: `s${Math.floor(i / 40)}`,
      correct: i % 2 === 0,
      chosenOption: i % 4,
      confidence: 'sure',
      responseMs: 900 + i,
      cardBefore: i % 3 === 0 ? null : { ...reviewedOnce(day(2), day(1)), attempts: 1, correctCount: 1, lastCorrect: true },
    });
    const logs: StoredReviewLog[] = [];
    for (let i = 0; i < LOGS_PER_CHUNK + 20; i++) {
      const id = await database.transaction('rw', database.logChunks, () => addReviewLog(answer(i)));
      logs.push({ ...answer(i), id });
    }
    const stored = await database.logChunks.toArray();
    expect(stored.every((chunk) => chunk.packed !== undefined)).toBe(true);
    // The numbers as plain lists: IndexedDB's structured clone (fake-indexeddb here) gives back a
    // Float64Array of another realm, which the matchers never count as equal to one of this realm.
    const plain = (chunks: readonly ReviewLogChunk[]) =>
      chunks.map((c) => ({ ...c, packed: { ...c.packed!, numbers: [...c.packed!.numbers] } }));
    expect(plain(stored)).toStrictEqual(plain(chunkReviewLogs(logs)));
  });

  it('gets, replaces and deletes one log by id; an emptied chunk goes, and the freed newest id is used again', async () => {
    const [first, second] = await addMany(2);
    expect(await getReviewLog(second!)).toMatchObject({ id: second, sessionId: 's1' });
    expect(await getReviewLog(99)).toBeUndefined();

    await putReviewLog({ ...(await getReviewLog(first!))!, confidence: 'sure' });
    expect(await getReviewLog(first!)).toMatchObject({ confidence: 'sure' });
    await putReviewLog({ ...(await getReviewLog(first!))!, id: 50 }); // no such log: nothing is added
    expect(await countReviewLogs()).toBe(2);

    await deleteReviewLog(second!);
    expect(await getReviewLog(second!)).toBeUndefined();
    expect(await database.transaction('rw', database.logChunks, () => addReviewLog(log(day(2))))).toBe(second);
    await deleteReviewLog(first!);
    await deleteReviewLog(second!);
    expect(await hasReviewLogs()).toBe(false);
    expect(await database.logChunks.count()).toBe(0);
  });

  it('finds the logs of given sessions, and those reviewed in a time range, through the chunk indexes', async () => {
    await replaceReviewLogs(database, [
      { ...log(day(1), 'a'), id: 1 },
      { ...log(day(2), 'b'), id: 2 },
      { ...log(day(3), 'a'), id: 400 },
      { ...log(day(4, 23), 'c'), id: 401 },
    ] as StoredReviewLog[]);
    expect((await reviewLogsOfSessions(['a'])).map((l) => l.id)).toEqual([1, 400]);
    expect((await reviewLogsOfSessions(['c', 'b'])).map((l) => l.id)).toEqual([2, 401]);
    expect(await reviewLogsOfSessions([])).toEqual([]);
    expect((await reviewLogsBetween(day(2), day(3))).map((l) => l.id)).toEqual([2, 400]);
    expect((await reviewLogsBetween(day(4), day(5))).map((l) => l.id)).toEqual([401]);
    expect(await reviewLogsBetween(day(6), day(7))).toEqual([]);
  });

  it('replaces every log at once, keeping ids and order, and carries on numbering after the highest', async () => {
    await addMany(3);
    const logs = [400, 2, 131].map((id, i) => ({ ...log(day(1 + i), `s${id}`), id })) as StoredReviewLog[];
    await replaceReviewLogs(database, logs);
    expect((await allReviewLogs()).map((l) => l.id)).toEqual([2, 131, 400]);
    expect(await database.transaction('rw', database.logChunks, () => addReviewLog(log(day(9))))).toBe(401);
  });
});

describe('chunkReviewLogs', () => {
  it('groups logs by chunk, sorted by id, with each chunk’s sessions and latest review', () => {
    const logs = [
      { ...log(day(5), 'x'), id: LOGS_PER_CHUNK + 2 },
      { ...log(day(1), 'x'), id: 3 },
      { ...log(day(7), 'y'), id: 1 },
      { ...log(day(2), 'z'), id: LOGS_PER_CHUNK + 1 },
    ] as StoredReviewLog[];
    expect(chunkReviewLogs(logs)).toEqual([
      { chunk: 0, logs: [logs[2], logs[1]], sessionIds: ['y', 'x'], latestReview: day(7), size: 2 },
      { chunk: 1, logs: [logs[3], logs[0]], sessionIds: ['z', 'x'], latestReview: day(5), size: 2 },
    ]);
  });
});
