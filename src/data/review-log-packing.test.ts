import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSchedulerSettings } from '../domain/study/scheduler';
import { BastionDb, setDatabase } from './db';
import { chunkRecord, chunkReviewLogs, logsOf, type StoredReviewLog } from './review-log-chunks';
import { addPackedLogRows, chunkColumns, columnValuesOf } from './review-log-backup';
import { logColumnsJson, readLogColumns } from '../domain/backup/log-columns';
import { RowBlockBuilder, rowBlockJson } from '../domain/backup/row-blocks';
import { packLogs, unpackLogs } from './review-log-packing';
import { allReviewLogs } from './review-log-store';
import { reviewTables, writeReview } from './study-repo';

/** Exactly equal, key presence and −0 included (`toStrictEqual` tells `{ a: undefined }` from `{}`). */
function expectSameLogs(actual: StoredReviewLog[], expected: StoredReviewLog[]): void {
  expect(actual).toStrictEqual(expected);
  actual.forEach((log, i) => {
    for (const [key, value] of Object.entries(expected[i]!)) {
      if (typeof value === 'number') expect(Object.is((log as never)[key], value), `${key} of log ${i}`).toBe(true);
    }
  });
}

const date = fc.oneof(fc.date(), fc.constant(new Date(Number.NaN)));
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY));
const card = fc.record(
  {
    due: date,
    stability: number,
    difficulty: number,
    elapsed_days: number,
    scheduled_days: number,
    learning_steps: number,
    reps: number,
    lapses: number,
    state: number,
    last_review: fc.option(date, { nil: undefined }),
    lastCorrect: fc.boolean(),
    attempts: number,
    correctCount: number,
  },
  {
    requiredKeys: ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'],
    noNullPrototype: true,
  },
);
const log = fc.record(
  {
    id: fc.integer({ min: 1 }),
    rating: number,
    state: number,
    due: date,
    stability: number,
    difficulty: number,
    elapsed_days: number,
    last_elapsed_days: number,
    scheduled_days: number,
    learning_steps: number,
    review: date,
    questionKey: fc.string(),
    sessionId: fc.string(),
    correct: fc.boolean(),
    chosenOption: number,
    confidence: fc.constantFrom('guessed', 'unsure', 'sure'),
    responseMs: number,
    cardBefore: fc.option(card, { nil: null }),
  },
  { noNullPrototype: true },
) as fc.Arbitrary<StoredReviewLog>;

describe('review logs in columns', () => {
  it('gives back every log exactly: NaN, −0, invalid dates, and a card’s optional fields present, absent or undefined', () => {
    fc.assert(
      fc.property(fc.array(log, { maxLength: 70 }), (logs) => {
        const packed = packLogs(logs);
        expect(packed).not.toBeNull();
        expectSameLogs(unpackLogs(packed!), logs);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a chunk as objects, unchanged, when any log has a shape it would not keep', () => {
    const [sample] = fc.sample(
      log.filter((l) => l.cardBefore !== null),
      { numRuns: 1, seed: 7 },
    );
    const odd: unknown[] = [
      { ...sample, note: 'added by hand' },
      { ...sample, id: '12' },
      { ...sample, due: '2026-03-01T00:00:00Z' },
      { ...sample, correct: 1 },
      { ...sample, cardBefore: { ...sample!.cardBefore, extra: true } },
      { ...sample, cardBefore: { ...sample!.cardBefore, attempts: '3' } },
      { ...sample, cardBefore: { ...sample!.cardBefore, last_review: null } },
      Object.fromEntries(Object.entries(sample!).filter(([key]) => key !== 'learning_steps')),
    ];
    for (const one of odd) {
      const logs = [sample!, one as StoredReviewLog];
      expect(packLogs(logs)).toBeNull();
      const record = chunkRecord(0, logs);
      expect(record.packed).toBeUndefined();
      expect(logsOf(record)).toBe(logs);
    }
  });
});

describe('packed logs written into a backup', () => {
  it('give exactly the text their unpacked objects give, beside rows added as objects', () => {
    fc.assert(
      fc.property(
        fc.array(log, { maxLength: 40 }),
        fc.array(log, { maxLength: 40 }),
        fc.array(log, { maxLength: 10 }),
        (first, asObjects, last) => {
          const block = new RowBlockBuilder();
          const shapes = new Map<number, number>();
          addPackedLogRows(block, packLogs(first)!, shapes);
          block.addRows(asObjects);
          addPackedLogRows(block, packLogs(last)!, shapes);
          const unpacked = [...unpackLogs(packLogs(first)!), ...asObjects, ...unpackLogs(packLogs(last)!)];
          expect(block.json('  ')).toBe(rowBlockJson(unpacked, '  '));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Logs as the app writes them, every value one a backup's columns keep (finite, whole where counted). */
const time = fc.integer({ min: -8.64e15, max: 8.64e15 }).map((ms) => new Date(ms));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const count = fc.nat();
const appCard = fc.record(
  {
    due: time,
    stability: finite,
    difficulty: finite,
    elapsed_days: finite,
    scheduled_days: finite,
    learning_steps: count,
    reps: count,
    lapses: count,
    state: fc.integer({ min: 0, max: 3 }),
    last_review: time,
    lastCorrect: fc.boolean(),
    attempts: count,
    correctCount: count,
  },
  {
    requiredKeys: ['due', 'stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'],
    noNullPrototype: true,
  },
);
const appLogs = fc.uniqueArray(fc.integer({ min: 1, max: 5000 }), { maxLength: 300 }).chain((ids) =>
  fc.tuple(
    ...[...ids]
      .sort((a, b) => a - b)
      .map((id) =>
        fc.record(
          {
            rating: fc.integer({ min: 0, max: 4 }),
            state: fc.integer({ min: 0, max: 3 }),
            due: time,
            stability: finite,
            difficulty: finite,
            elapsed_days: finite,
            last_elapsed_days: finite,
            scheduled_days: finite,
            learning_steps: count,
            review: time,
            questionKey: fc.string({ minLength: 1 }),
            sessionId: fc.string({ minLength: 1 }),
            correct: fc.boolean(),
            chosenOption: fc.integer({ min: 0, max: 3 }),
            confidence: fc.constantFrom('guessed', 'unsure', 'sure'),
            responseMs: finite.map(Math.abs),
            cardBefore: fc.option(appCard, { nil: null }),
            id: fc.constant(id),
          },
          { noNullPrototype: true },
        ),
      ),
  ),
) as fc.Arbitrary<StoredReviewLog[]>;

describe('packed logs as a backup’s columns', () => {
  it('come back as the same chunk records, through the file’s JSON (property)', () => {
    fc.assert(
      fc.property(appLogs, (logs) => {
        const chunks = chunkReviewLogs(logs);
        const values = columnValuesOf(chunks.map((chunk) => chunk.packed!));
        expect(values).not.toBeNull();
        const read = readLogColumns(JSON.parse(logColumnsJson(values!, '  ')), 'tables.reviewLogs');
        expect(read.ok && 'logs' in read).toBe(true);
        if (!read.ok || !('logs' in read)) return;
        expect(chunkColumns(read.logs)).toEqual(chunks);
        expectSameLogs(chunkColumns(read.logs).flatMap(logsOf), logs);
      }),
      { numRuns: 200 },
    );
  });

  it('are not written as columns when a number is not finite, and drop a `last_review` holding undefined, as JSON does', () => {
    const [logs] = fc.sample(
      appLogs.filter((l) => l.length > 1 && l[1]!.cardBefore !== null),
      { numRuns: 1, seed: 3 },
    );
    const odd = logs!.map((log, i) => (i === 0 ? { ...log, stability: Number.NaN } : log));
    expect(columnValuesOf([packLogs(odd)!])).toBeNull();
    const undefinedReview = logs!.map((log, i) => (i === 1 ? { ...log, cardBefore: { ...log.cardBefore!, last_review: undefined } } : log));
    const values = columnValuesOf([packLogs(undefinedReview)!])!;
    const read = readLogColumns(JSON.parse(logColumnsJson(values, '  ')), 'tables.reviewLogs');
    const back = read.ok && 'logs' in read ? chunkColumns(read.logs).flatMap(logsOf) : [];
    expect(back[1]!.cardBefore).not.toHaveProperty('last_review');
  });
});

describe('answers as the app records them', () => {
  let database: BastionDb;
  beforeEach(() => {
    database = new BastionDb('review-log-packing-test');
    setDatabase(database);
  });
  afterEach(() => database.delete());

  it('are stored in columns, and read back as the logs written', async () => {
    const answer = (correct: boolean, now: Date) =>
      database.transaction('rw', reviewTables(database), () =>
        writeReview({ sessionId: 's1', questionKey: 'q-1', chosen: 2, responseMs: 8000, now, settings: defaultSchedulerSettings, correct }),
      );
    // A new card (no card before), then one with a card whose last review is a date, with aggregates.
    await answer(false, new Date('2026-03-01T09:00:00Z'));
    await answer(true, new Date('2026-03-03T09:00:00Z'));
    const [chunk] = await database.logChunks.toArray();
    expect(chunk!.packed).toBeDefined();
    expect(chunk!.logs).toBeUndefined();
    const logs = await allReviewLogs(database);
    expect(logs.map((l) => [l.id, l.correct, l.cardBefore?.attempts ?? null])).toEqual([
      [1, false, null],
      [2, true, 1],
    ]);
    expect(logs[1]!.cardBefore?.last_review).toEqual(new Date('2026-03-01T09:00:00Z'));
  });
});
