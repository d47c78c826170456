/**
 * The learner's FSRS cards, stored in buckets (since database version 10): every card sits in the
 * bucket its question key hashes to, `CARD_BUCKETS` buckets in all, one record each. Read and write
 * cards only through this module.
 *
 * Why: IndexedDB's cost is per record, and the app reads the cards all at once (the pool's card
 * summaries, a backup) far more often than one by one. Measured in Chromium on the bench's machine
 * with 5,000 cards: writing them as 5,000 records took 154–186 ms and reading them 30–33 ms; as 79
 * records of 64 cards, 7–10 ms and 11–13 ms. A backup's import writes every card; an answer reads
 * and rewrites one bucket (~20 cards at 5,000), a few kilobytes.
 *
 * An answer's card is read and written back inside one transaction, so two tabs cannot lose each
 * other's answers. Within one transaction, run this module's writes one after another (await each):
 * two writes in flight at once could each read a bucket before the other wrote it back.
 */
import { fnv1a } from '../domain/fnv1a';
import type { BastionDb, CardRecord } from './db';

/** A power of two a heavy learner's cards spread over thinly: ~20 a bucket at 5,000 cards. */
export const CARD_BUCKETS = 256;

export interface CardBucket {
  bucket: number;
  cards: CardRecord[];
}

export const bucketOf = (questionKey: string): number => fnv1a(questionKey) % CARD_BUCKETS;

/** IndexedDB's order of string keys, which the cards table kept them in before version 10. */
const byKey = (a: CardRecord, b: CardRecord) => (a.questionKey < b.questionKey ? -1 : a.questionKey > b.questionKey ? 1 : 0);

/** The buckets holding exactly `cards` (one card per question key: the last one wins). */
export function cardBucketsOf(cards: readonly CardRecord[]): CardBucket[] {
  const buckets = new Map<number, Map<string, CardRecord>>();
  for (const card of cards) {
    const bucket = bucketOf(card.questionKey);
    let inBucket = buckets.get(bucket);
    if (!inBucket) buckets.set(bucket, (inBucket = new Map()));
    inBucket.set(card.questionKey, card);
  }
  return [...buckets].map(([bucket, inBucket]) => ({ bucket, cards: [...inBucket.values()] }));
}

/** Every card, in question-key order. */
export async function allCards(database: BastionDb): Promise<CardRecord[]> {
  const buckets = await database.cardBuckets.toArray();
  return buckets.flatMap((b) => b.cards).sort(byKey);
}

/**
 * The number of cards, from one read of every bucket: a cursor (`each`) waits for the page between
 * buckets, 256 times, which took ~60 ms of a backup's preview where this takes a few.
 */
export async function countCards(database: BastionDb): Promise<number> {
  return (await database.cardBuckets.toArray()).reduce((count, bucket) => count + bucket.cards.length, 0);
}

export async function getCard(database: BastionDb, questionKey: string): Promise<CardRecord | undefined> {
  const bucket = await database.cardBuckets.get(bucketOf(questionKey));
  return bucket?.cards.find((c) => c.questionKey === questionKey);
}

/** The cards of `questionKeys`, in their order (undefined where a question has none). */
export async function getCards(database: BastionDb, questionKeys: readonly string[]): Promise<(CardRecord | undefined)[]> {
  const numbers = [...new Set(questionKeys.map(bucketOf))];
  const buckets = await database.cardBuckets.bulkGet(numbers);
  const found = new Map<string, CardRecord>();
  for (const bucket of buckets) for (const card of bucket?.cards ?? []) found.set(card.questionKey, card);
  return questionKeys.map((key) => found.get(key));
}

/** Adds or replaces these cards (by question key), leaving every other card as it is. */
export async function putCards(database: BastionDb, cards: readonly CardRecord[]): Promise<void> {
  if (cards.length === 0) return;
  await database.transaction('rw', database.cardBuckets, async () => {
    const changes = cardBucketsOf(cards);
    const stored = await database.cardBuckets.bulkGet(changes.map((c) => c.bucket));
    await database.cardBuckets.bulkPut(
      changes.map(({ bucket, cards: changed }, i) => {
        const replaced = new Set(changed.map((c) => c.questionKey));
        return { bucket, cards: [...(stored[i]?.cards ?? []).filter((c) => !replaced.has(c.questionKey)), ...changed] };
      }),
    );
  });
}

export const putCard = (database: BastionDb, card: CardRecord): Promise<void> => putCards(database, [card]);

export interface CardSlot {
  /** The card as stored now (undefined: the question has none). */
  readonly card: CardRecord | undefined;
  /** Writes `next` in the card's place, or removes the card (null), keeping the rest of its bucket. */
  replace(next: CardRecord | null): Promise<void>;
}

/**
 * A card read to be changed in the caller's transaction (an answer, its confidence, its undo): the
 * bucket is read once, and `replace` writes it back with that card changed, with no second read on
 * an answer's path. The transaction must include `cardBuckets` and write that bucket only here.
 */
export async function cardForUpdate(database: BastionDb, questionKey: string): Promise<CardSlot> {
  const number = bucketOf(questionKey);
  const bucket = await database.cardBuckets.get(number);
  const others = (bucket?.cards ?? []).filter((c) => c.questionKey !== questionKey);
  return {
    card: bucket?.cards.find((c) => c.questionKey === questionKey),
    async replace(next) {
      const cards = next ? [...others, next] : others;
      if (cards.length > 0) await database.cardBuckets.put({ bucket: number, cards });
      else if (bucket) await database.cardBuckets.delete(number);
    },
  };
}

/**
 * Writes `cards` into a card table the caller has just emptied, in the same transaction: whole
 * buckets, with no read first (a backup's import, the version-10 upgrade).
 */
export async function fillEmptyCards(database: BastionDb, cards: readonly CardRecord[]): Promise<void> {
  await database.cardBuckets.bulkPut(cardBucketsOf(cards));
}

export async function clearCards(database: BastionDb): Promise<void> {
  await database.cardBuckets.clear();
}
