import { createEmptyCard } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../tests/fixtures/questions';
import { defaultPlanInput } from '../domain/plan/plan-input';
import { replaceAnswerDays } from './answer-days-repo';
import { BastionDb, setDatabase, type CardRecord, type ReviewLogRecord } from './db';
import { createPlan } from './plan-repo';
import { ACCURACY_WEEKS, FORECAST_DAYS, loadProgressCharts } from './progress-charts-repo';
import { loadCoverage, loadProgress } from './progress-repo';
import { addManualEntry } from './time-repo';
import { seedReviewLogs } from '../../tests/fixtures/review-logs';
import { allReviewLogs } from './review-log-store';
import { putCards } from './card-store';

let database: BastionDb;
let n = 0;
const now = new Date(2026, 2, 4, 10, 0, 0); // Wednesday 4 March 2026, local time

beforeEach(async () => {
  database = new BastionDb(`progress-charts-${++n}`);
  setDatabase(database);
  await database.packs.bulkPut([
    { id: 'core', title: 'Core', license: 'x', source: 'bundled', enabled: 1, questionCount: 3, contentHash: 'h', updatedAt: now },
    { id: 'off', title: 'Disabled', license: 'x', source: 'imported', enabled: 0, questionCount: 1, contentHash: 'h', updatedAt: now },
  ]);
  const record = (id: string, packId: string, extra: Parameters<typeof makeQuestion>[0]) => ({
    ...makeQuestion(extra),
    key: id,
    packId,
    retired: 0 as const,
  });
  await database.questions.bulkPut([
    record('q1', 'core', { id: 'q1', domain: 1, objective: '1.9' }),
    record('q2', 'core', { id: 'q2', domain: 3, objective: '3.1' }),
    record('q3', 'core', { id: 'q3', exams: ['cc'], domain: 1, objective: '1.1', ccDomain: 1, ccObjective: '1.1' }),
    record('q4', 'off', { id: 'q4', domain: 1, objective: '1.9' }),
  ]);
});
afterEach(async () => {
  await database.delete();
});

const card = (questionKey: string, due: Date): CardRecord => ({ ...createEmptyCard(now), reps: 1, due, questionKey });
const log = (questionKey: string, review: Date, correct: boolean) =>
  ({
    questionKey,
    review,
    correct,
    sessionId: 's',
    chosenOption: 0,
    confidence: 'unsure',
    responseMs: 1,
    cardBefore: null,
  }) as unknown as ReviewLogRecord;

describe('loadProgressCharts', () => {
  it('reads coverage, accuracy and forecast for the exam’s pool only, and no burn-up without a plan', async () => {
    await putCards(database, [
      card('q1', new Date(2026, 1, 1)), // overdue
      card('q3', new Date(2026, 2, 5, 9)), // a CC card: not in the CISSP pool
      card('q4', new Date(2026, 2, 5, 9)), // its pack is disabled
    ]);
    await seedReviewLogs(database, [
      log('q1', new Date(2026, 2, 2, 9), true),
      log('q1', new Date(2026, 2, 3, 9), false),
      log('q3', new Date(2026, 2, 3, 9), true),
      log('q1', new Date(2025, 0, 1), true), // older than the weeks shown
      log('q1', new Date(2026, 0, 20, 9), false), // 43 days ago: before the 30 days the tables read, inside the 12 weeks
      log('q1', new Date(now.getTime() - 30 * 86_400_000), true), // the day before the tables' 30 days: in the charts' older read only
      log('q1', new Date(now.getTime() + 20_000), true), // later in the minute hooks round `now` down to
    ]);
    // The charts read the per-day tallies the app keeps with every answer; these logs were written raw.
    await replaceAnswerDays(database, await allReviewLogs(database));
    const data = await loadProgressCharts('cissp', now);
    expect(data.burnUp).toBeNull();
    expect(data.coverage).toHaveLength(8);
    expect(data.coverage[0]).toMatchObject({ domain: 1, inBank: 1, seen: 1, objectivesTouched: 1 });
    expect(data.coverage[2]).toMatchObject({ domain: 3, inBank: 1, seen: 0 });
    expect(data.accuracy).toHaveLength(ACCURACY_WEEKS);
    expect(data.accuracy.at(-1)).toMatchObject({ start: '2026-03-02', answered: 3, correct: 2 });
    expect(data.accuracy.find((w) => w.start === '2026-01-19')).toMatchObject({ answered: 1, correct: 0 });
    expect(data.accuracy.find((w) => w.start === '2026-02-02')).toMatchObject({ answered: 1, correct: 1 });
    expect(data.accuracy.reduce((s, w) => s + w.answered, 0)).toBe(5);
    // The Progress tables' last 30 days (today and the 29 calendar days before it) come from the same read.
    expect((await loadProgress('cissp', now)).domains[0]).toMatchObject({ recentAttempts: 3, recentCorrect: 2 });
    // The plan's coverage share reads the same pool and cards, without the rest of loadProgress.
    for (const exam of ['cissp', 'cc'] as const) {
      const { domains } = await loadProgress(exam, now);
      expect(await loadCoverage(exam)).toEqual({
        seen: domains.reduce((sum, d) => sum + d.seen, 0),
        inBank: domains.reduce((sum, d) => sum + d.inBank, 0),
      });
    }
    expect(data.forecast).toHaveLength(FORECAST_DAYS);
    expect(data.forecast.map((d) => d.due).reduce((a, b) => a + b, 0)).toBe(1);
    expect(data.forecast[0]).toMatchObject({ due: 1, overdue: 1 });

    const cc = await loadProgressCharts('cc', now);
    expect(cc.coverage[0]).toMatchObject({ inBank: 1, seen: 1 });
    expect(cc.forecast[1]?.due).toBe(1);
    expect(cc.accuracy.at(-1)).toMatchObject({ answered: 1, correct: 1 });
  });

  it('burns up the active plan’s planned hours against the time logged for its exam', async () => {
    const plan = await createPlan(defaultPlanInput('cissp', now), now);
    await addManualEntry({ date: '2026-03-03', minutes: 90, domain: 3, exam: 'cissp', source: 'reading', note: '' });
    await addManualEntry({ date: '2026-03-04', minutes: 30, domain: 0, exam: 'cissp', source: 'video', note: '' });
    await addManualEntry({ date: '2026-03-04', minutes: 600, domain: 0, exam: 'cc', source: 'video', note: '' });
    const data = await loadProgressCharts('cissp', now);
    expect(data.burnUp?.points).toHaveLength(plan.weeks.length);
    expect(data.burnUp?.currentIndex).toBe(0);
    expect(data.burnUp?.doneHours).toBe(2);
    expect(data.burnUp?.points[0]).toMatchObject({ plannedCumulative: plan.weeks[0]!.plannedHours, actualCumulative: 2 });
    expect(data.burnUp?.totalPlanned).toBeCloseTo(plan.totalHours, 1);
    expect((await loadProgressCharts('cc', now)).burnUp).toBeNull();
  });
});
