/**
 * The Quick 10's set-up, and a first visit's Quick 10 drawn without the database: on a first visit
 * the learner has no history, so the session depends only on the starter set and the seed. The
 * first-visit preview (src/app/first-visit-preview.tsx) shows its first question while the app
 * loads, and the app then starts the same session from the same seed (study-starters.ts).
 */
import type { ExamId } from '../exam-blueprints';
import { quickSessionKeys, type KeyedQuestion, type LearnerHistory } from './practice-selection';
import { seededRng } from './random';
import { createSessionState, type SessionConfig, type StudySessionState } from './session';

export const QUICK_10_TITLE = 'Quick 10 from your weakest domains';

export function quickSessionConfig(exam: ExamId, size: number): SessionConfig {
  return { kind: 'practice', exam, title: QUICK_10_TITLE, domains: [], objectives: [], tags: [], difficulties: [], source: 'all', size };
}

const noHistory: LearnerHistory = { seen: new Set(), due: new Set(), missed: new Set(), flagged: new Set() };

/** The pool in key order, as the app holds it (pool-cache.ts): the draw depends on the order. */
export const inKeyOrder = <Q extends { readonly key: string }>(questions: readonly Q[]): Q[] =>
  [...questions].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

/**
 * The Quick 10 a learner with no answers, cards or flags starts from `starter` with `seed`: what
 * `startQuickSession` stores for them (a test holds the two together).
 */
export function firstVisitQuick10(starter: readonly KeyedQuestion[], exam: ExamId, seed: number): StudySessionState {
  const keys = quickSessionKeys(inKeyOrder(starter), exam, new Map(), noHistory, seededRng(seed));
  return createSessionState(quickSessionConfig(exam, keys.length), keys, seededRng(seed));
}
