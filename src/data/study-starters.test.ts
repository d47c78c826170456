import { createEmptyCard } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedBundledPack } from '../../tests/fixtures/bundled-pack';
import { makePack, makeQuestion } from '../../tests/fixtures/questions';
import { bankRecordsOf } from '../domain/bank/bank-record';
import { firstVisitQuick10 } from '../domain/study/quick-session';
import { holdStarterSet, releasePoolBeingWritten } from './pool-cache';
import { putCards } from './card-store';
import { BastionDb, setDatabase } from './db';
import { startQuickSession, startReviewSession } from './study-starters';
import { saveSetting } from './settings-repo';

let database: BastionDb;
const starterQuestions = [1, 2, 3, 4, 5].flatMap((domain) =>
  Array.from({ length: 5 }, (_, i) => makeQuestion({ id: `s${domain}-${i}`, domain, objective: `${domain}.1` })),
);
let n = 0;
const now = new Date(2026, 2, 4, 10, 0);

beforeEach(() => {
  database = new BastionDb(`study-starters-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

describe('startReviewSession', () => {
  it('titles a review of 1,000 due questions with the thousands separator', async () => {
    const questions = Array.from({ length: 1_000 }, (_, i) => makeQuestion({ id: `q-${i}`, domain: 1, objective: '1.9' }));
    await seedBundledPack(database, questions, now);
    const due = new Date(now.getTime() - 3_600_000);
    await putCards(
      database,
      questions.map((q) => ({ ...createEmptyCard(now), reps: 1, state: 2, due, questionKey: q.id })),
    );
    const id = await startReviewSession('cissp', now, 1);
    expect((await database.sessions.get(id!))?.state).toMatchObject({ config: { title: 'Review: 1,000 due, 0 new' } });
  });

  it('takes the chosen number of questions, the most overdue first, and new ones only when fewer are due', async () => {
    const questions = Array.from({ length: 60 }, (_, i) => makeQuestion({ id: `q-${i}`, domain: 1 + (i % 3), objective: '1.9' }));
    await seedBundledPack(database, questions, now);
    // 30 due, q-0 the most overdue; the other 30 are new.
    await putCards(
      database,
      questions.slice(0, 30).map((q, i) => ({
        ...createEmptyCard(now),
        reps: 1,
        state: 2,
        due: new Date(now.getTime() - (100 - i) * 3_600_000),
        questionKey: q.id,
      })),
    );
    await saveSetting('reviewSessionSize', 20);
    const twenty = (await database.sessions.get((await startReviewSession('cissp', now, 1))!))!.state as {
      config: { title: string; size: number };
      queue: string[];
    };
    expect(twenty.config).toMatchObject({ title: 'Review: 20 of 30 due, 0 new', size: 20 });
    // The most overdue of each domain in turn: q-0, q-1 and q-2 are the first of domains 1, 2 and 3.
    expect(twenty.queue.slice(0, 3)).toEqual(['q-0', 'q-1', 'q-2']);
    expect(twenty.queue.every((key) => Number(key.slice(2)) < 30)).toBe(true);
    await database.sessions.clear();
    await saveSetting('reviewSessionSize', 50);
    const fifty = (await database.sessions.get((await startReviewSession('cissp', now, 1))!))!.state as { config: { title: string } };
    expect(fifty.config.title).toBe('Review: 30 due, 20 new');
    await database.sessions.clear();
    await saveSetting('reviewSessionSize', 7); // not a size the app offers: everything
    const all = (await database.sessions.get((await startReviewSession('cissp', now, 1))!))!.state as { config: { title: string } };
    expect(all.config.title).toBe('Review: 30 due, 20 new');
  });
});

describe('startQuickSession on a first visit', () => {
  afterEach(() => releasePoolBeingWritten(false));

  it('stores the session the first-visit preview drew from the same starter set and seed', async () => {
    const starter = bankRecordsOf(makePack('bundled-cissp', starterQuestions)).reverse();
    holdStarterSet(starter);
    for (const seed of [1, 99, 123_456]) {
      const id = await startQuickSession('cissp', now, seed);
      const stored = (await database.sessions.get(id!))!.state;
      expect(stored).toEqual(firstVisitQuick10(starter, 'cissp', seed));
    }
  });
});
