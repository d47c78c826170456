/**
 * Starting sessions: gather the pool and the learner's history, let the domain modules choose the
 * questions, and store the new session. Returns the session id (or null when nothing matched).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ExamId } from '../domain/exam-blueprints';
import { quickSessionKeys, selectPracticeKeys } from '../domain/study/practice-selection';
import { randomSeed, seededRng } from '../domain/study/random';
import { buildReviewQueue, limitReviewQueue, reviewSessionSize } from '../domain/study/review-queue';
import { createSessionState, type SessionConfig } from '../domain/study/session';
import { quickSessionConfig } from '../domain/study/quick-session';
import { loadSettings } from './settings-repo';
import { countNewToday, domainRecords, loadActivePool, loadCardSummaries, loadLearnerHistory } from './study-hooks';
import { createStudySession } from './study-repo';
import { loadQuickPool } from './pool-cache';
import { countText } from '../domain/count-text';

const newId = (prefix: string, now: Date) => `${prefix}-${now.getTime().toString(36)}-${randomSeed().toString(36)}`;

export async function countPracticeMatches(config: SessionConfig, now: Date): Promise<number> {
  const [pool, history] = await Promise.all([loadActivePool(), loadLearnerHistory(now)]);
  return selectPracticeKeys(pool, history, { ...config, size: null }, seededRng(1)).length;
}

export async function startPracticeSession(config: SessionConfig, now: Date, seed = randomSeed()): Promise<string | null> {
  const [pool, history] = await Promise.all([loadActivePool(), loadLearnerHistory(now)]);
  const rng = seededRng(seed);
  const keys = selectPracticeKeys(pool, history, config, rng);
  if (keys.length === 0) return null;
  const id = newId(config.kind, now);
  await createStudySession(id, createSessionState(config, keys, rng), now);
  return id;
}

/** Practice exactly these questions (e.g. "practice the missed ones again", an assignment's set). */
export async function startSessionWithKeys(
  config: SessionConfig,
  keys: readonly string[],
  now: Date,
  seed = randomSeed(),
): Promise<string | null> {
  if (keys.length === 0) return null;
  const id = newId(config.kind, now);
  await createStudySession(id, createSessionState(config, keys, seededRng(seed)), now);
  return id;
}

export async function startQuickSession(exam: ExamId, now: Date, seed = randomSeed()): Promise<string | null> {
  const [pool, history, cards] = await Promise.all([loadQuickPool(), loadLearnerHistory(now), loadCardSummaries()]);
  const rng = seededRng(seed);
  const keys = quickSessionKeys(pool, exam, domainRecords(exam, pool, cards), history, rng);
  return startSessionWithKeys(quickSessionConfig(exam, keys.length), keys, now, seed);
}

/** User Timing name of the review-queue build (reads plus queue), read by `npm run bench`. */
export const REVIEW_QUEUE_MEASURE = 'bastion:review-queue-build';

export async function startReviewSession(exam: ExamId, now: Date, seed = randomSeed()): Promise<string | null> {
  const startedAt = performance.now();
  const [pool, cards, settings, newToday] = await Promise.all([loadActivePool(), loadCardSummaries(), loadSettings(), countNewToday(now)]);
  const rng = seededRng(seed);
  const queue = buildReviewQueue({ exam, pool, cards, now, newBudget: settings.dailyNewLimit - newToday, rng });
  const { due, fresh } = limitReviewQueue(queue, reviewSessionSize(settings.reviewSessionSize));
  performance.measure(REVIEW_QUEUE_MEASURE, { start: startedAt, end: performance.now() });
  const keys = [...due, ...fresh];
  const config: SessionConfig = {
    kind: 'review',
    exam,
    // A session of a chosen size says how much of the backlog it takes: "Review: 20 of 1,551 due, 0 new".
    title: `Review: ${countText(due.length)}${due.length < queue.due.length ? ` of ${countText(queue.due.length)}` : ''} due, ${countText(fresh.length)} new`,
    domains: [],
    objectives: [],
    tags: [],
    difficulties: [],
    source: 'due',
    size: keys.length,
  };
  return startSessionWithKeys(config, keys, now, seed);
}

/** Live count of questions matching a practice set-up; follows the bank as it loads or changes. */
export function usePracticeMatchCount(config: SessionConfig, now: Date): number | undefined {
  const key = JSON.stringify(config);
  const minute = Math.floor(now.getTime() / 60_000);
  return useLiveQuery(() => countPracticeMatches(JSON.parse(key) as SessionConfig, new Date(minute * 60_000)), [key, minute]);
}
