import { createEmptyCard } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedBundledPack } from '../../tests/fixtures/bundled-pack';
import { makeQuestion } from '../../tests/fixtures/questions';
import { putCards } from './card-store';
import { BastionDb, setDatabase } from './db';
import { startReviewSession } from './study-starters';

let database: BastionDb;
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
});
