import { renderHook, waitFor } from '@testing-library/react';
import { createEmptyCard } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../tests/fixtures/questions';
import { seedReviewLogs } from '../../tests/fixtures/review-logs';
import { BastionDb, setDatabase, type CardRecord } from './db';
import { useDueSummary, useLatestSession } from './study-hooks';
import { putCard, putCards } from './card-store';

let database: BastionDb;
let n = 0;
const now = new Date(2026, 2, 4, 10, 0, 0);
const hour = 3_600_000;

beforeEach(async () => {
  database = new BastionDb(`study-hooks-${++n}`);
  setDatabase(database);
  await database.packs.bulkPut([
    { id: 'core', title: 'Core', license: 'x', source: 'bundled', enabled: 1, questionCount: 4, contentHash: 'h', updatedAt: now },
    { id: 'off', title: 'Off', license: 'x', source: 'imported', enabled: 0, questionCount: 1, contentHash: 'h', updatedAt: now },
  ]);
  const record = (id: string, packId: string, extra: Omit<Parameters<typeof makeQuestion>[0], 'id'>) => ({
    ...makeQuestion({ ...extra, id }),
    key: id,
    packId,
    retired: 0 as const,
  });
  await database.questions.bulkPut([
    record('d1a', 'core', { domain: 1, objective: '1.9' }),
    record('d1b', 'core', { domain: 1, objective: '1.9' }),
    record('d3', 'core', { domain: 3, objective: '3.1' }),
    record('cc', 'core', { exams: ['cc'], ccDomain: 2, ccObjective: '2.1' }),
    record('offq', 'off', { domain: 1, objective: '1.9' }),
  ]);
});
afterEach(async () => {
  await database.delete();
});

const card = (questionKey: string, due: Date): CardRecord => ({ ...createEmptyCard(now), reps: 1, state: 2, due, questionKey });

describe('useDueSummary', () => {
  it("counts the exam's due cards per domain, the seen ones and today's new ones, and follows every change", async () => {
    await putCards(database, [
      card('d1a', new Date(now.getTime() - hour)), // due
      card('d1b', new Date(now.getTime() + 30_000)), // due later this minute: counts (the minute's end)
      card('d3', new Date(now.getTime() + 2 * hour)), // seen, not due now: comes due later today
      card('cc', new Date(now.getTime() - hour)), // due, but a CC question
      card('offq', new Date(now.getTime() - hour)), // due, but its pack is off
    ]);
    await seedReviewLogs(database, [
      { questionKey: 'd1a', state: 0, review: new Date(now.getTime() - hour), sessionId: 's' },
      { questionKey: 'd3', state: 2, review: new Date(now.getTime() - hour), sessionId: 's' },
      { questionKey: 'd1b', state: 0, review: new Date(now.getTime() - 30 * hour), sessionId: 's' }, // yesterday
    ]);
    const { result } = renderHook(() => useDueSummary('cissp', now, 10));
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current).toEqual({
      dueByDomain: new Map([[1, 2]]),
      dueTotal: 2,
      dueLaterToday: 1,
      comingPerDay: 1 / 7, // d3, due within the week
      newToday: 1,
      newLimit: 10,
      seen: 3,
      poolSize: 3,
    });

    await putCard(database, card('d3', new Date(now.getTime() - hour)));
    await waitFor(() =>
      expect(result.current?.dueByDomain).toEqual(
        new Map([
          [1, 2],
          [3, 1],
        ]),
      ),
    );
    expect(result.current?.dueTotal).toBe(3);
    expect(result.current?.dueLaterToday).toBe(0);
    expect(result.current?.comingPerDay).toBe(0);
  });
});

describe('useLatestSession', () => {
  const session = (id: string, kind: 'practice' | 'review', status: 'active' | 'finished', minutes: number) => ({
    id,
    kind,
    status,
    exam: 'cissp' as const,
    startedAt: new Date(now.getTime() + minutes * 60_000),
    updatedAt: new Date(now.getTime() + minutes * 60_000),
    state: {},
  });

  it('finds the newest active session of the kind, and follows it as it ends and another starts', async () => {
    await database.sessions.bulkPut([
      session('p-old', 'practice', 'active', 1),
      session('p-new', 'practice', 'active', 5),
      session('p-done', 'practice', 'finished', 9),
      session('r-live', 'review', 'active', 12),
    ]);
    const { result } = renderHook(() => useLatestSession('practice'));
    await waitFor(() => expect(result.current?.id).toBe('p-new'));
    await database.sessions.update('p-new', { status: 'finished' });
    await waitFor(() => expect(result.current?.id).toBe('p-old'));
    await database.sessions.update('p-old', { status: 'finished' });
    await waitFor(() => expect(result.current).toBeNull());
    await database.sessions.put(session('p-next', 'practice', 'active', 20));
    await waitFor(() => expect(result.current?.id).toBe('p-next'));
  });
});
