import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../tests/fixtures/questions';
import { seedBundledPack } from '../../tests/fixtures/bundled-pack';
import { defaultSchedulerSettings } from '../domain/study/scheduler';
import { BastionDb, setDatabase } from './db';
import { answerDayOf, tallies, tallyLogs } from '../domain/progress/answer-days';
import { answerExamItem, endExamEarly, examPreflight, expireExamIfTimeUp, startExamSession, type ExamSessionState } from './exam-repo';
import { countReviewLogs } from './review-log-store';
import { getCard, putCard } from './card-store';
import { writeAnswerDays } from './answer-days-repo';
import { createEmptyCard } from 'ts-fsrs';

let database: BastionDb;
let n = 0;
const t0 = new Date('2026-05-01T09:00:00Z');

beforeEach(async () => {
  database = new BastionDb(`exam-repo-${++n}`);
  setDatabase(database);
  await seedBundledPack(
    database,
    Array.from({ length: 60 }, (_, i) => {
      const domain = 1 + (i % 8);
      return makeQuestion({ id: `q-${i}`, domain, objective: `${domain}.1`, difficulty: ((i % 3) + 1) as 1 | 2 | 3 });
    }),
    t0,
  );
});
afterEach(async () => {
  await database.delete();
});

const stateOf = async (id: string) => (await database.sessions.get(id))!.state as ExamSessionState;

describe('exam sessions', () => {
  it('checks whether the bank can fill the form', async () => {
    expect(await examPreflight('cissp', 'short', t0)).toMatchObject({ poolSize: 60, canRun: true, usesRecent: false });
    expect((await examPreflight('cissp', 'cat', t0)).canRun).toBe(false);
  });

  it('refines each item’s difficulty from the learner’s answers as tallied, not from the card’s reps', async () => {
    // q-0 and q-3 are written equally easy. q-0 was answered 10 times, 2 right (three months ago and
    // yesterday), q-3 10 times, all right; q-0's card has 10 reps and no lapse, which read as 10 of 10.
    const answers = (key: string, right: number, at: Date) =>
      Array.from({ length: 5 }, (_, i) => ({ review: at, questionKey: key, correct: i < right }));
    const longAgo = new Date(t0.getTime() - 90 * 86_400_000);
    const yesterday = new Date(t0.getTime() - 86_400_000);
    const logs = [
      ...answers('q-0', 1, longAgo),
      ...answers('q-0', 1, yesterday),
      ...answers('q-3', 5, longAgo),
      ...answers('q-3', 5, yesterday),
    ];
    await database.transaction('rw', database.answerDays, () => writeAnswerDays(database, tallyLogs(logs)));
    await putCard(database, { ...createEmptyCard(longAgo), reps: 10, lapses: 0, state: 2, last_review: longAgo, questionKey: 'q-0' });
    const { pool } = (await stateOf(await startExamSession('cissp', 'short', t0, 42))).engine;
    const b = (key: string) => pool.find((item) => item.key === key)!.b;
    const authored = b('q-6'); // never answered, written as easy as the two
    expect(b('q-0')).toBeGreaterThan(authored);
    expect(b('q-3')).toBeLessThan(authored);
  });

  it('records answers, feeds FSRS, and ignores a repeated answer to the same item', async () => {
    const id = await startExamSession('cissp', 'short', t0, 42);
    const first = (await stateOf(id)).current!;
    const later = new Date(t0.getTime() + 20_000);
    await answerExamItem(id, first.key, 0, later, defaultSchedulerSettings);
    await answerExamItem(id, first.key, 1, later, defaultSchedulerSettings);
    const state = await stateOf(id);
    expect(state.answers).toHaveLength(1);
    expect(state.answers[0]).toMatchObject({ key: first.key, chosen: 0, correct: true, responseMs: 20_000 });
    expect(state.current?.key).not.toBe(first.key);
    expect(await countReviewLogs(database)).toBe(1);
    expect(await getCard(database, first.key)).toBeDefined();
    expect((await database.answerDays.toArray()).map((d) => [d.day, tallies(d)])).toEqual([
      [answerDayOf(later), new Map([[first.key, [1, 1]]])],
    ]);
  });

  it('finishes after the last item and ends by the time rule when time is up', async () => {
    const id = await startExamSession('cissp', 'short', t0, 7);
    for (let i = 0; i < 25; i++) {
      const { current } = await stateOf(id);
      await answerExamItem(id, current!.key, i % 4, new Date(t0.getTime() + (i + 1) * 30_000), defaultSchedulerSettings);
    }
    const done = await database.sessions.get(id);
    expect(done?.status).toBe('finished');
    expect((done?.state as ExamSessionState).engine.result?.endedBy).toBe('max-length');
    // Ended, it no longer carries the pool it drew from; each answered item keeps its own difficulty.
    expect((done?.state as ExamSessionState).engine.pool).toEqual([]);
    expect((done?.state as ExamSessionState).engine.answered).toHaveLength(25);
    expect((done?.state as ExamSessionState).engine.answered.every((item) => Number.isFinite(item.b))).toBe(true);

    const timed = await startExamSession('cissp', 'short', t0, 8);
    await expireExamIfTimeUp(timed, new Date(t0.getTime() + 29 * 60_000));
    expect((await database.sessions.get(timed))?.status).toBe('active');
    expect(((await database.sessions.get(timed))?.state as ExamSessionState).engine.pool).toHaveLength(60); // still running
    await expireExamIfTimeUp(timed, new Date(t0.getTime() + 31 * 60_000));
    const expired = await database.sessions.get(timed);
    expect(expired?.status).toBe('finished');
    expect((expired?.state as ExamSessionState).engine.result).toMatchObject({ endedBy: 'time', passed: false });
    expect((expired?.state as ExamSessionState).engine.pool).toEqual([]);
  });

  it('ends a running exam at the learner’s choice with no pass or fail, or by the time rule once time is up', async () => {
    const id = await startExamSession('cissp', 'short', t0, 9);
    const { current } = await stateOf(id);
    await answerExamItem(id, current!.key, 0, new Date(t0.getTime() + 60_000), defaultSchedulerSettings);
    const endedAt = new Date(t0.getTime() + 5 * 60_000);
    await endExamEarly(id, endedAt);
    const ended = await database.sessions.get(id);
    expect(ended).toMatchObject({ status: 'finished', finishedAt: endedAt });
    const state = ended?.state as ExamSessionState;
    expect(state).toMatchObject({ current: null, endedByLearner: true });
    expect(state.engine.result).toBeNull();
    expect(state.answers).toHaveLength(1);
    expect(state.engine.pool).toEqual([]);
    await endExamEarly(id, new Date(t0.getTime() + 6 * 60_000)); // already ended: nothing changes
    expect((await database.sessions.get(id))?.updatedAt).toEqual(endedAt);

    const late = await startExamSession('cissp', 'short', t0, 10);
    await endExamEarly(late, new Date(t0.getTime() + 40 * 60_000));
    const timed = (await database.sessions.get(late))?.state as ExamSessionState;
    expect(timed.engine.result).toMatchObject({ endedBy: 'time', passed: false });
    expect(timed.endedByLearner).toBe(false);
  });
});
