import { createEmptyCard } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../tests/fixtures/questions';
import { seedReviewLogs } from '../../tests/fixtures/review-logs';
import { defaultSchedulerSettings } from '../domain/study/scheduler';
import { createSessionState } from '../domain/study/session';
import { seededRng } from '../domain/study/random';
import { replaceAnswerDays } from './answer-days-repo';
import { putCards } from './card-store';
import { BastionDb, setDatabase, type CardRecord, type ReviewLogRecord } from './db';
import { loadAllTimeAccuracy, loadProgress, toDomainProgress } from './progress-repo';
import { allReviewLogs } from './review-log-store';
import { createStudySession, recordAnswer } from './study-repo';

let database: BastionDb;
let n = 0;
const now = new Date(2026, 2, 4, 10, 0, 0);

beforeEach(async () => {
  database = new BastionDb(`progress-repo-${++n}`);
  setDatabase(database);
  await database.packs.put({
    id: 'core',
    title: 'Core',
    license: 'x',
    source: 'bundled',
    enabled: 1,
    questionCount: 2,
    contentHash: 'h',
    updatedAt: now,
  });
  await database.questions.bulkPut([
    { ...makeQuestion({ id: 'q1', domain: 1, objective: '1.9', answer: 1 }), key: 'q1', packId: 'core', retired: 0 as const },
    { ...makeQuestion({ id: 'q2', domain: 3, objective: '3.1', answer: 1 }), key: 'q2', packId: 'core', retired: 0 as const },
  ]);
});
afterEach(async () => {
  await database.delete();
});

const log = (questionKey: string, review: Date, correct: boolean) => ({ questionKey, review, correct }) as unknown as ReviewLogRecord;

/** A card written before the per-card answer counters existed: ten reviews, no lapse, no counters. */
const cardWithoutCounters = (questionKey: string): CardRecord => ({ ...createEmptyCard(now), reps: 10, lapses: 0, due: now, questionKey });

async function seedHistory(): Promise<void> {
  await putCards(database, [cardWithoutCounters('q1')]);
  await seedReviewLogs(database, [
    log('q1', new Date(2024, 11, 1, 9), false), // two years back: long before the last 30 days
    log('q1', new Date(2025, 5, 1, 9), true),
    log('q1', new Date(2026, 0, 10, 9), false),
    log('q1', new Date(2026, 2, 3, 9), true), // inside the last 30 days
  ]);
  await replaceAnswerDays(database, await allReviewLogs(database));
}

describe('loadAllTimeAccuracy', () => {
  it('counts the answers the learner gave, not the counters a card may lack', async () => {
    await seedHistory();
    const allTime = await loadAllTimeAccuracy('cissp', now);
    // reps (10) and reps − lapses (10) would say 100% of 10; the learner got 2 of 4 right.
    expect(allTime.domains.get(1)).toEqual({ attempts: 4, correct: 2 });
    expect(allTime.objectives.get('1.9')).toEqual({ attempts: 4, correct: 2 });
    expect(allTime.domains.has(3)).toBe(false);
    const progress = await loadProgress('cissp', now);
    expect(progress.domains[0]).toMatchObject({ recentAttempts: 1, recentCorrect: 1 });
    expect(toDomainProgress(progress, allTime)[0]).toMatchObject({ domain: 1, accuracy: 0.5 });
    expect(toDomainProgress(progress, allTime)[2]).toMatchObject({ domain: 3, accuracy: null });
  });

  it('grows by one with each answer, on a card that had no counters', async () => {
    await seedHistory();
    await createStudySession(
      's1',
      createSessionState(
        { kind: 'review', exam: 'cissp', title: 'R', domains: [], objectives: [], tags: [], difficulties: [], source: 'all', size: 1 },
        ['q1'],
        seededRng(1),
      ),
      now,
    );
    await recordAnswer({
      sessionId: 's1',
      questionKey: 'q1',
      chosen: 1,
      responseMs: 5000,
      now,
      settings: { ...defaultSchedulerSettings, fuzz: false },
    });
    expect((await loadAllTimeAccuracy('cissp', now)).domains.get(1)).toEqual({ attempts: 5, correct: 3 });
  });
});
