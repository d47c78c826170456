/**
 * The readiness report's data: the progress figures `loadProgress` already computes (answers of the
 * last 30 days, coverage, recall) and the mock exams finished in the last 60 days. Nothing here reads
 * the review logs again: a screen that already holds progress figures passes them to `useReadiness`.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { ExamId } from '../domain/exam-blueprints';
import type { ExamState } from '../domain/exam/cat-engine';
import { mockExamRecord, type MockExamRecord } from '../domain/readiness/readiness-evidence';
import { readinessReport, type ReadinessReport } from '../domain/readiness/readiness-report';
import { MOCK_EXAM_WINDOW_DAYS } from '../domain/readiness/readiness-rules';
import { db, type SessionRecord } from './db';
import type { ExamSessionState } from './exam-repo';
import { loadProgress, type ProgressData } from './progress-repo';

const DAY_MS = 86_400_000;
const MOCK_EXAM_READ_BATCH = 4;

/** User Timing name of the readiness build on top of the progress figures, read by `npm run bench`. */
export const READINESS_MEASURE = 'bastion:readiness-build';

function finishedEngine(session: SessionRecord, exam: ExamId): ExamState | null {
  if (session.kind !== 'exam' || session.status !== 'finished' || session.exam !== exam) return null;
  const engine = (session.state as Partial<ExamSessionState> | undefined)?.engine;
  // Only a finished engine state has a result, θ and SE to report; anything else is skipped.
  if (!engine?.result || !Array.isArray(engine.answered) || !Number.isFinite(engine.theta) || !Number.isFinite(engine.se)) return null;
  return engine;
}

/**
 * The finished simulated exams of `exam` the report can rest on (see `chooseMockExam`): walking back
 * from the newest session updated in the mock-exam window, every finished exam up to and including
 * the first full-length one. Only keys are read to find them, so the item pools that older exams
 * carry in their state (thousands of items each) are never loaded.
 */
export async function loadRecentMockExams(exam: ExamId, now: Date): Promise<MockExamRecord[]> {
  const since = new Date(now.getTime() - MOCK_EXAM_WINDOW_DAYS * DAY_MS);
  const [newestFirst, examIds] = await Promise.all([
    db().sessions.where('updatedAt').aboveOrEqual(since).reverse().primaryKeys(),
    db().sessions.where('kind').equals('exam').primaryKeys(),
  ]);
  const isExam = new Set(examIds);
  const candidates = newestFirst.filter((id) => isExam.has(id));
  const out: MockExamRecord[] = [];
  // A few sessions per read: one round trip per exam cost more than reading them (~4 ms each), and
  // reading all of them would load the item pools of exams the walk never reaches.
  for (let i = 0; i < candidates.length; i += MOCK_EXAM_READ_BATCH) {
    for (const session of await db().sessions.bulkGet(candidates.slice(i, i + MOCK_EXAM_READ_BATCH))) {
      const engine = session ? finishedEngine(session, exam) : null;
      if (!session || !engine) continue;
      out.push(mockExamRecord(session.id, session.finishedAt ?? session.updatedAt, engine));
      if (engine.form.variant !== 'short') return out;
    }
  }
  return out;
}

/** The report from progress figures and recent exams (pure apart from the timing mark). */
export function readinessFromProgress(progress: ProgressData, mockExams: readonly MockExamRecord[], now: Date): ReadinessReport {
  const startedAt = performance.now();
  const report = readinessReport({
    exam: progress.exam,
    now,
    mockExams,
    domains: progress.domains.map((d) => ({
      domain: d.domain,
      title: d.title,
      weight: d.weight,
      objectivesTotal: d.objectivesTotal,
      objectivesTouched: d.objectivesTouched,
      // Only objectives with questions in the bank: a practice link to the others would find nothing.
      untouchedObjectives: progress.objectives.filter((o) => o.domain === d.domain && o.seen === 0 && o.inBank > 0).map((o) => o.id),
      seen: d.seen,
      inBank: d.inBank,
      recentAttempts: d.recentAttempts,
      recentCorrect: d.recentCorrect,
      recall: { cards: d.seen, sum: (d.meanRetrievability ?? 0) * d.seen, sumOfSquares: d.retrievabilitySumOfSquares },
    })),
  });
  performance.measure(READINESS_MEASURE, { start: startedAt, end: performance.now() });
  return report;
}

export async function loadReadiness(exam: ExamId, now: Date): Promise<ReadinessReport> {
  const [progress, mockExams] = await Promise.all([loadProgress(exam, now), loadRecentMockExams(exam, now)]);
  return readinessFromProgress(progress, mockExams, now);
}

/**
 * The live report for `exam`, built on progress figures the screen already loads with
 * `useProgress(exam, now)`; undefined while either is loading or they are for another exam.
 */
export function useReadiness(exam: ExamId, now: Date, progress: ProgressData | undefined): ReadinessReport | undefined {
  const minute = Math.floor(now.getTime() / 60_000);
  // The end of the minute, as `useProgress` reads: an exam finished earlier this minute must count.
  const at = minute * 60_000 + 59_999;
  const mockExams = useLiveQuery(() => loadRecentMockExams(exam, new Date(at)), [exam, at]);
  return useMemo(
    () => (progress && mockExams && progress.exam === exam ? readinessFromProgress(progress, mockExams, new Date(at)) : undefined),
    [progress, mockExams, exam, at],
  );
}
