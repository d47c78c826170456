import { liveQuery } from 'dexie';
import { createEmptyCard } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BastionDb, setDatabase, type CardRecord } from './db';
import { loadCards } from './pool-cache';
import { putCard, putCards } from './card-store';

let database: BastionDb;
let counter = 0;
const card = (questionKey: string, reps = 1): CardRecord => ({ ...createEmptyCard(new Date(2026, 0, 1)), reps, questionKey });

beforeEach(async () => {
  database = new BastionDb(`table-cache-test-${++counter}`);
  setDatabase(database);
  await putCards(database, [card('a'), card('b')]);
});
afterEach(async () => {
  await database.delete();
});

describe('loadCards (a table cache)', () => {
  it('reuses the cards between reads, and reads again after any card changes', async () => {
    const first = await loadCards();
    expect(first.map((c) => c.questionKey)).toEqual(['a', 'b']);
    expect(await loadCards()).toBe(first);
    await putCard(database, card('a', 5));
    const second = await loadCards();
    expect(second).not.toBe(first);
    expect(second.find((c) => c.questionKey === 'a')?.reps).toBe(5);
  });

  it('reads afresh inside a transaction, and keeps nothing a rolled-back transaction wrote', async () => {
    const before = await loadCards();
    await expect(
      database.transaction('rw', database.cardBuckets, async () => {
        await putCard(database, card('c'));
        expect((await loadCards()).map((c) => c.questionKey)).toEqual(['a', 'b', 'c']);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await loadCards()).map((c) => c.questionKey)).toEqual(['a', 'b']);
    expect(before.map((c) => c.questionKey)).toEqual(['a', 'b']);
  });

  it('makes a live query that reads through it run again when a card changes', async () => {
    const seen: number[][] = [];
    const subscription = liveQuery(async () => (await loadCards()).map((c) => c.reps)).subscribe((reps) => seen.push(reps));
    await expect.poll(() => seen.length).toBe(1);
    await putCard(database, card('b', 9));
    await expect.poll(() => seen.at(-1)).toEqual([1, 9]);
    subscription.unsubscribe();
  });

  it('never serves one database’s cards for another', async () => {
    await loadCards();
    const other = new BastionDb(`table-cache-other-${counter}`);
    setDatabase(other);
    expect(await loadCards()).toEqual([]);
    await other.delete();
    setDatabase(database);
  });
});
