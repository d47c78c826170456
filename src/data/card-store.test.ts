import { createEmptyCard } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BastionDb, type CardRecord } from './db';
import {
  allCards,
  bucketOf,
  CARD_BUCKETS,
  cardBucketsOf,
  clearCards,
  countCards,
  cardForUpdate,
  getCard,
  getCards,
  putCard,
  putCards,
} from './card-store';

let database: BastionDb;
let counter = 0;
const card = (questionKey: string, reps = 1): CardRecord => ({ ...createEmptyCard(new Date(2026, 0, 1)), reps, questionKey });

/** `count` question keys that all fall in one bucket, so a write to one must keep the others. */
function keysSharingABucket(count: number): string[] {
  const byBucket = new Map<number, string[]>();
  for (let i = 0; ; i++) {
    const key = `q-${i}`;
    const keys = [...(byBucket.get(bucketOf(key)) ?? []), key];
    if (keys.length === count) return keys;
    byBucket.set(bucketOf(key), keys);
  }
}

beforeEach(() => {
  database = new BastionDb(`card-store-test-${++counter}`);
});
afterEach(async () => {
  await database.delete();
});

describe('the card store (cards in buckets)', () => {
  it('spreads keys over every bucket, each key always to the same one', () => {
    const used = new Set(Array.from({ length: 5000 }, (_, i) => bucketOf(`pack:p:q-${i}`)));
    expect(used.size).toBe(CARD_BUCKETS);
    expect(bucketOf('d1-concepts-001')).toBe(bucketOf('d1-concepts-001'));
  });

  it('reads back every card written, in question-key order, each from its own bucket', async () => {
    const cards = ['c', 'a', 'b', 'pack:x:q-1'].map((k) => card(k));
    await putCards(database, cards);
    expect((await allCards(database)).map((c) => c.questionKey)).toEqual(['a', 'b', 'c', 'pack:x:q-1']);
    expect(await countCards(database)).toBe(4);
    expect(await getCard(database, 'b')).toEqual(card('b'));
    expect(await getCard(database, 'missing')).toBeUndefined();
    expect(await getCards(database, ['c', 'missing', 'a'])).toEqual([card('c'), undefined, card('a')]);
    const buckets = await database.cardBuckets.toArray();
    expect(buckets.every((b) => b.cards.every((c) => bucketOf(c.questionKey) === b.bucket))).toBe(true);
  });

  it('replaces a card in place and keeps the others of its bucket, one write after another', async () => {
    const [first, second, third] = keysSharingABucket(3) as [string, string, string];
    await putCards(database, [card(first), card(second)]);
    await putCard(database, card(second, 7));
    await putCard(database, card(third, 2));
    expect(await database.cardBuckets.count()).toBe(1);
    expect(await allCards(database)).toEqual(
      [card(first), card(second, 7), card(third, 2)].sort((a, b) => (a.questionKey < b.questionKey ? -1 : 1)),
    );
  });

  it('writes several cards of one bucket in one call without losing any, the last of a key winning', async () => {
    const [first, second] = keysSharingABucket(2) as [string, string];
    await putCards(database, [card(first, 1), card(second, 1), card(first, 3)]);
    expect(await getCards(database, [first, second])).toEqual([card(first, 3), card(second, 1)]);
    expect(cardBucketsOf([card(first), card(second)])).toEqual([{ bucket: bucketOf(first), cards: [card(first), card(second)] }]);
  });

  it('reads a card for change once and writes it back in place, deleting the bucket with its last card', async () => {
    const [first, second] = keysSharingABucket(2) as [string, string];
    await putCards(database, [card(first), card(second)]);
    const change = (key: string, next: (now: CardRecord | undefined) => CardRecord | null) =>
      database.transaction('rw', database.cardBuckets, async () => {
        const slot = await cardForUpdate(database, key);
        await slot.replace(next(slot.card));
      });
    await change(second, (now) => ({ ...now!, reps: 4 }));
    expect(await allCards(database)).toEqual([card(first), card(second, 4)].sort((a, b) => (a.questionKey < b.questionKey ? -1 : 1)));
    await change(first, () => null);
    expect(await allCards(database)).toEqual([card(second, 4)]);
    await change('not there', () => null);
    await change(second, () => null);
    expect(await database.cardBuckets.count()).toBe(0);
    await putCard(database, card('a'));
    await clearCards(database);
    expect(await countCards(database)).toBe(0);
  });

  it('commits a card with the rest of its caller’s transaction, or not at all', async () => {
    await putCard(database, card('a'));
    await expect(
      database.transaction('rw', database.cardBuckets, async () => {
        await putCard(database, card('a', 5));
        await putCard(database, card('b'));
        expect(await getCard(database, 'a')).toEqual(card('a', 5));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await allCards(database)).toEqual([card('a')]);
  });
});
