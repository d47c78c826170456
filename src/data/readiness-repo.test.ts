import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../tests/fixtures/questions';
import { seedBundledPack } from '../../tests/fixtures/bundled-pack';
import { defaultSchedulerSettings, retrievability } from '../domain/study/scheduler';
import { BastionDb, setDatabase, type SessionRecord } from './db';
import { answerExamItem, startExamSession, type ExamSessionState } from './exam-repo';
import { loadProgress } from './progress-repo';
import { loadReadiness, loadRecentMockExams } from './readiness-repo';
import { reviewTables, toCard, writeReview } from './study-repo';
import { allCards } from './card-store';

let database: BastionDb;
let n = 0;
const DAY = 86_400_000;
const now = new Date('2026-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY);

/** 80 CISSP questions, 10 per domain, over objectives d.1 and d.2; the key answer is always option 0. */
beforeEach(async () => {
  database = new BastionDb(`readiness-repo-${++n}`);
  setDatabase(database);
  await seedBundledPack(
    database,
    Array.from({ length: 80 }, (_, i) => {
      const domain = 1 + (i % 8);
      const objective = `${domain}.${1 + (Math.floor(i / 8) % 2)}`;
      return makeQuestion({ id: `q-${i}`, domain, objective, difficulty: 2 });
    }),
    now,
  );
});
afterEach(async () => {
  await database.delete();
});

async function answer(key: string, correct: boolean, at: Date): Promise<void> {
  await database.transaction('rw', reviewTables(database), () =>
    writeReview({
      sessionId: 'practice-1',
      questionKey: key,
      chosen: correct ? 0 : 1,
      responseMs: 20_000,
      now: at,
      settings: defaultSchedulerSettings,
      correct,
    }),
  );
}

/** A short practice exam started at `start` and answered right throughout, 30 s per item. */
async function finishShortExam(start: Date): Promise<string> {
  const id = await startExamSession('cissp', 'short', start, 11);
  for (let i = 0; i < 25; i++) {
    const state = (await database.sessions.get(id))!.state as ExamSessionState;
    await answerExamItem(id, state.current!.key, 0, new Date(start.getTime() + (i + 1) * 30_000), defaultSchedulerSettings);
  }
  return id;
}

describe('loadReadiness', () => {
  it('on an empty profile says "not enough data yet" and asks for answers and a mock exam', async () => {
    const report = await loadReadiness('cissp', now);
    expect(report.overall.verdict.verdict).toBe('not-enough-data');
    expect(report.overall.coverage).toMatchObject({ objectivesTouched: 0, objectivesTotal: 62, seen: 0, inBank: 80 });
    expect(report.improvements.map((i) => i.kind)).toEqual(['more-answers', 'take-exam']);
    expect(report.domains).toHaveLength(8);
  });

  it('combines recent answers, recall, coverage and the recent short exam, from the same figures as Progress', async () => {
    // 10 answers 45 days ago (coverage and recall, not recent accuracy), then 40 in the last 30 days, 30 right.
    for (let i = 0; i < 10; i++) await answer(`q-${i}`, true, daysAgo(45));
    for (let i = 0; i < 40; i++) await answer(`q-${10 + i}`, i % 4 !== 0, daysAgo(20 - (i % 10)));
    await finishShortExam(daysAgo(3.5)); // finishes 12.5 min later: 3 whole days ago

    const report = await loadReadiness('cissp', now);
    const progress = await loadProgress('cissp', now);
    expect(report.overall.accuracy).toMatchObject({ answered: 65, correct: 55 }); // 40 practice + 25 exam answers
    expect(report.domains.map((d) => d.accuracy.answered)).toEqual(progress.domains.map((d) => d.recentAttempts));
    expect(report.overall.coverage.objectivesTouched).toBe(progress.domains.reduce((s, d) => s + d.objectivesTouched, 0));

    const cards = await allCards(database);
    const recalls = cards.map((c) => retrievability(toCard(c), now, defaultSchedulerSettings));
    const mean = recalls.reduce((a, b) => a + b, 0) / recalls.length;
    expect(report.overall.recall?.cards).toBe(cards.length);
    expect(report.overall.recall?.mean).toBeCloseTo(mean, 10);
    const sd = Math.sqrt(recalls.reduce((s, r) => s + (r - mean) ** 2, 0) / (recalls.length - 1));
    expect(report.overall.recall?.low).toBeCloseTo(Math.max(0, mean - (1.96 * sd) / Math.sqrt(recalls.length)), 8);

    expect(report.overall.exam).toMatchObject({ variant: 'short', full: false, scoredItems: 20, daysAgo: 3 });
    expect(report.overall.exam!.theta).toBeGreaterThan(0.5);
    expect(report.domains.map((d) => d.exam?.items ?? 0).reduce((a, b) => a + b, 0)).toBe(20);
    // A short exam can never make the overall verdict "likely ready"; the first step is a full exam.
    expect(report.overall.verdict.verdict).not.toBe('likely-ready');
    expect(report.improvements[0]!.kind).toBe('take-exam');
  });

  it('lists as untouched only objectives that have questions, so every practice link finds some', async () => {
    await answer('q-0', true, daysAgo(1)); // domain 1, objective 1.1
    const report = await loadReadiness('cissp', now);
    const d1 = report.domains[0]!;
    expect(d1.coverage).toMatchObject({ objectivesTouched: 1, objectivesTotal: 12, seen: 1, inBank: 10 });
    const ranked = report.improvements.map((i) => i.action.href);
    expect(ranked).toEqual(['/practice?quick=1', '/exam?exam=cissp&variant=cat']);
  });
});

describe('loadRecentMockExams', () => {
  it('keeps finished exams of this exam from the last 60 days and skips the rest', async () => {
    const kept = await finishShortExam(daysAgo(10));
    const template = (await database.sessions.get(kept))!;
    const copy = (id: string, over: Partial<SessionRecord>): SessionRecord => ({ ...template, id, ...over });
    await database.sessions.bulkPut([
      copy('too-old', { updatedAt: daysAgo(61), finishedAt: daysAgo(61) }),
      copy('other-exam', { exam: 'cc' }),
      copy('abandoned', { status: 'abandoned' }),
      // A session written by an older build or a tool, with no engine state: skipped, not a crash.
      copy('no-engine', { state: { items: [], theta: 0.3 } }),
      { id: 'practice', kind: 'practice', status: 'finished', exam: 'cissp', startedAt: daysAgo(1), updatedAt: daysAgo(1), state: {} },
    ]);
    const exams = await loadRecentMockExams('cissp', now);
    expect(exams.map((e) => e.id)).toEqual([kept]);
    expect(exams[0]).toMatchObject({ exam: 'cissp', variant: 'short', scoredItems: 20 });
    expect(exams[0]!.finishedAt.getTime()).toBe(template.finishedAt!.getTime());
  });

  it('walks back from the newest exam only as far as the first full-length one', async () => {
    const short = await finishShortExam(daysAgo(10));
    const template = (await database.sessions.get(short))!;
    const engine = (template.state as ExamSessionState).engine;
    const asFull = (id: string, at: Date): SessionRecord => ({
      ...template,
      id,
      updatedAt: at,
      finishedAt: at,
      state: { ...(template.state as ExamSessionState), engine: { ...engine, form: { ...engine.form, variant: 'cat' as const } } },
    });
    await database.sessions.bulkPut([asFull('full-newer', daysAgo(20)), asFull('full-older', daysAgo(30))]);
    const exams = await loadRecentMockExams('cissp', now);
    expect(exams.map((e) => [e.id, e.variant])).toEqual([
      [short, 'short'],
      ['full-newer', 'cat'],
    ]);
    const report = await loadReadiness('cissp', now);
    expect(report.overall.exam).toMatchObject({ id: 'full-newer', full: true, daysAgo: 20 });
  });
});
