import { describe, expect, it } from 'vitest';
import { BastionDb } from '../../src/data/db';
import { tallies, tallyLogs } from '../../src/domain/progress/answer-days';
import { heavySizes, tinySizes, writeProfile } from './profile.mjs';
import { allReviewLogs } from '../../src/data/review-log-store';
import { chunkReviewLogs } from '../../src/data/review-log-chunks';

const bank = Array.from({ length: 560 }, (_, i) => ({ key: `q-${i}`, domain: 1 + (i % 8) }));

async function snapshot(seed: number) {
  const database = new BastionDb('bastion');
  await database.open();
  database.close();
  const counts = await writeProfile({ seed, now: Date.UTC(2026, 10, 1), sizes: tinySizes, bank });
  const reopened = new BastionDb('bastion');
  const rows = {
    counts,
    cards: await reopened.cards.toArray(),
    logs: (await allReviewLogs(reopened)).slice(0, 50),
    states: new Set((await reopened.cards.toArray()).map((c) => c.state)),
    answerDays: await reopened.answerDays.toArray(),
    allLogs: await allReviewLogs(reopened),
    chunks: await reopened.logChunks.toArray(),
  };
  await reopened.delete();
  return rows;
}

describe('bench profile generator', () => {
  it('writes the sizes asked for, with cards in every reviewed FSRS state', async () => {
    const { counts, states } = await snapshot(7);
    expect(counts).toMatchObject({ cards: tinySizes.cards, reviewLogs: tinySizes.logs, sessions: tinySizes.practiceSessions + tinySizes.exams, groups: 1, plans: 1 });
    expect(counts.questions).toBe(tinySizes.cards - bank.length);
    expect(states).toEqual(new Set([1, 2, 3]));
  });

  it('stores the logs in the app’s own chunk layout (it has to repeat it: it runs inside the page)', async () => {
    const { chunks, allLogs } = await snapshot(7);
    expect(allLogs).toHaveLength(tinySizes.logs);
    expect(chunks).toEqual(chunkReviewLogs(allLogs));
  });

  it('writes the per-day answer tallies the app would keep for those logs', async () => {
    const { answerDays, allLogs } = await snapshot(7);
    const byDay = (a: { day: string }, b: { day: string }) => a.day.localeCompare(b.day);
    expect(answerDays.length).toBeGreaterThan(10);
    expect(answerDays.sort(byDay).map((d) => [d.day, tallies(d)])).toEqual(tallyLogs(allLogs).sort(byDay).map((d) => [d.day, tallies(d)]));
  });

  it('is deterministic for a seed and differs across seeds', async () => {
    const a = await snapshot(7);
    const b = await snapshot(7);
    const c = await snapshot(8);
    expect(a.cards).toEqual(b.cards);
    expect(a.logs).toEqual(b.logs);
    expect(a.cards).not.toEqual(c.cards);
  });

  it('describes the heavy profile of the bench issue', () => {
    expect(heavySizes).toEqual({ cards: 5000, logs: 100_000, practiceSessions: 300, exams: 60, members: 30, days: 730 });
  });
});
