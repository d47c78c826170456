import { Rating } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../tests/fixtures/questions';
import { answerDayOf, tallies, tallyLogs } from '../domain/progress/answer-days';
import { defaultSchedulerSettings } from '../domain/study/scheduler';
import { createSessionState, type SessionConfig } from '../domain/study/session';
import { seededRng } from '../domain/study/random';
import { BastionDb, setDatabase } from './db';
import { loadLearnerHistory } from './study-hooks';
import { advanceSession, createStudySession, recordAnswer, setConfidence, toggleFlag, undoLastAnswer } from './study-repo';
import { allReviewLogs, countReviewLogs } from './review-log-store';
import { getCard } from './card-store';

let database: BastionDb;
let n = 0;
const settings = { ...defaultSchedulerSettings, fuzz: false };
const t0 = new Date('2026-03-01T09:00:00Z');
const config: SessionConfig = {
  kind: 'practice',
  exam: 'cissp',
  title: 'P',
  domains: [],
  objectives: [],
  tags: [],
  difficulties: [],
  source: 'all',
  size: 2,
};

beforeEach(async () => {
  database = new BastionDb(`study-repo-${++n}`);
  setDatabase(database);
  await database.questions.bulkPut(
    ['q1', 'q2'].map((id) => ({ ...makeQuestion({ id, answer: 1 }), key: id, packId: 'core', retired: 0 as const })),
  );
  await createStudySession('s1', createSessionState(config, ['q1', 'q2'], seededRng(1)), t0);
});
afterEach(async () => {
  await database.delete();
});

const answer = (questionKey: string, chosen: number, now = t0) =>
  recordAnswer({ sessionId: 's1', questionKey, chosen, responseMs: 8000, now, settings });

describe('recordAnswer', () => {
  it('writes the answer, its card and its review log together', async () => {
    await answer('q1', 1);
    const card = await getCard(database, 'q1');
    const logs = await allReviewLogs(database);
    const session = await database.sessions.get('s1');
    expect(card?.reps).toBe(1);
    expect(card).toMatchObject({ attempts: 1, correctCount: 1, lastCorrect: true });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ questionKey: 'q1', correct: true, chosenOption: 1, rating: Rating.Good, cardBefore: null });
    expect((session?.state as { answers: Record<string, unknown> }).answers.q1).toMatchObject({
      chosen: 1,
      correct: true,
      logId: logs[0]!.id,
    });
  });

  it('rates a wrong answer Again and remembers it as missed on the card', async () => {
    await answer('q1', 0);
    expect((await allReviewLogs(database))[0]?.rating).toBe(Rating.Again);
    expect((await getCard(database, 'q1'))?.lastCorrect).toBe(false);
    const history = await loadLearnerHistory(t0);
    expect([...history.missed]).toEqual(['q1']);
    expect([...history.seen]).toEqual(['q1']);
  });

  it('is idempotent: answering the same question twice (two tabs, double press) writes once', async () => {
    await Promise.all([answer('q1', 1), answer('q1', 2)]);
    expect(await countReviewLogs(database)).toBe(1);
    expect((await getCard(database, 'q1'))?.reps).toBe(1);
    expect((await database.answerDays.toArray()).map((d) => [d.day, tallies(d)])).toEqual([[answerDayOf(t0), new Map([['q1', [1, 1]]])]]);
  });

  it('counts every answer in its day’s tallies, always equal to tallying the logs', async () => {
    await answer('q1', 1);
    await advanceSession('s1', 'q1', t0);
    const nextDay = new Date(t0.getTime() + 86_400_000);
    await answer('q2', 0, nextDay);
    expect((await database.answerDays.toArray()).map((d) => [d.day, tallies(d)])).toEqual([
      [answerDayOf(t0), new Map([['q1', [1, 1]]])],
      [answerDayOf(nextDay), new Map([['q2', [1, 0]]])],
    ]);
    expect((await database.answerDays.toArray()).map(tallies)).toEqual(tallyLogs(await allReviewLogs(database)).map(tallies));
  });
});

describe('setConfidence', () => {
  it('re-rates from the card before the answer', async () => {
    await answer('q1', 1);
    const goodDue = (await getCard(database, 'q1'))!.due.getTime();
    await setConfidence('s1', 'q1', 'sure', settings);
    const log = (await allReviewLogs(database))[0]!;
    expect(log.rating).toBe(Rating.Easy);
    expect(log.confidence).toBe('sure');
    expect((await getCard(database, 'q1'))!.due.getTime()).toBeGreaterThan(goodDue);
    await setConfidence('s1', 'q1', 'guessed', settings);
    expect((await allReviewLogs(database))[0]!.rating).toBe(Rating.Hard);
    expect((await getCard(database, 'q1'))!.reps).toBe(1);
  });
});

describe('undoLastAnswer', () => {
  it('restores a first answer by removing its card and log', async () => {
    await answer('q1', 1);
    expect(await undoLastAnswer('s1', t0)).toBe('q1');
    expect(await getCard(database, 'q1')).toBeUndefined();
    expect(await countReviewLogs(database)).toBe(0);
    expect(await database.answerDays.count()).toBe(0);
    const state = (await database.sessions.get('s1'))!.state as { answers: object; position: number };
    expect(state.answers).toEqual({});
    expect(state.position).toBe(0);
  });

  it('restores a reviewed card to exactly its previous state', async () => {
    await answer('q1', 1);
    await advanceSession('s1', 'q1', t0);
    await answer('q2', 1);
    const before = await getCard(database, 'q1');
    // a second session reviews q1 again, then undoes it
    await createStudySession('s2', createSessionState({ ...config, kind: 'practice' }, ['q1'], seededRng(2)), t0);
    const later = new Date(t0.getTime() + 3 * 86_400_000);
    await recordAnswer({ sessionId: 's2', questionKey: 'q1', chosen: 0, responseMs: 4000, now: later, settings });
    expect((await getCard(database, 'q1'))?.reps).toBe(2);
    await undoLastAnswer('s2', later);
    expect(await getCard(database, 'q1')).toEqual(before);
    expect(await countReviewLogs(database)).toBe(2);
    expect((await database.answerDays.toArray()).map(tallies)).toEqual(tallyLogs(await allReviewLogs(database)).map(tallies));
  });
});

describe('flags', () => {
  it('toggles a flag in the session and in the flags table', async () => {
    await toggleFlag('s1', 'q2', t0);
    expect(await database.flags.get('q2')).toBeDefined();
    await toggleFlag('s1', 'q2', t0);
    expect(await database.flags.get('q2')).toBeUndefined();
  });
});

describe('sessions', () => {
  it('finishes when the last question is passed and abandons an older active session of the same kind', async () => {
    await createStudySession('s3', createSessionState(config, ['q1'], seededRng(3)), t0);
    expect((await database.sessions.get('s1'))?.status).toBe('abandoned');
    await advanceSession('s3', 'q1', t0);
    await advanceSession('s3', 'q1', t0);
    expect((await database.sessions.get('s3'))?.status).toBe('finished');
    expect(((await database.sessions.get('s3'))?.state as { position: number }).position).toBe(1);
  });
});
