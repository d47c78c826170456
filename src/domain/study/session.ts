/**
 * A study session's state: everything needed to resume it exactly after a reload or crash
 * (the queue, each question's option order, the answers so far). Pure data and functions; the
 * data layer stores it in the `sessions` table.
 */
import type { ExamId } from '../exam-blueprints';
import type { Confidence } from './rating';
import { shuffled, type Rng } from './random';

export type SessionSource = 'new' | 'due' | 'missed' | 'flagged' | 'all';

export interface SessionConfig {
  readonly kind: 'practice' | 'review' | 'assignment';
  readonly exam: ExamId;
  readonly title: string;
  readonly domains: readonly number[];
  readonly objectives: readonly string[];
  readonly tags: readonly string[];
  readonly difficulties: readonly (1 | 2 | 3)[];
  readonly source: SessionSource;
  /** Number of questions, or null for "until stopped" (the whole matching pool). */
  readonly size: number | null;
  /** Ids of the packs to draw from; absent or empty: every pack in practice. */
  readonly packs?: readonly string[];
}

export interface RecordedAnswer {
  /** Index into the question's authored options. */
  readonly chosen: number;
  readonly correct: boolean;
  readonly confidence: Confidence;
  readonly responseMs: number;
  readonly answeredAt: string;
  /** The review log written for this answer. */
  readonly logId: number;
}

export interface StudySessionState {
  readonly config: SessionConfig;
  readonly queue: readonly string[];
  /** Per question key, the display order of its options (indices into the authored options). */
  readonly optionOrders: Readonly<Record<string, readonly number[]>>;
  readonly answers: Readonly<Record<string, RecordedAnswer>>;
  readonly flagged: readonly string[];
  /** Index into `queue` of the question on screen. */
  readonly position: number;
}

/** A new session over `keys` with every question's options shuffled for this attempt. */
export function createSessionState(config: SessionConfig, keys: readonly string[], rng: Rng): StudySessionState {
  const optionOrders: Record<string, number[]> = {};
  for (const key of keys) optionOrders[key] = shuffled([0, 1, 2, 3], rng);
  return { config, queue: [...keys], optionOrders, answers: {}, flagged: [], position: 0 };
}

export function currentKey(state: StudySessionState): string | undefined {
  return state.queue[state.position];
}

export function isFinished(state: StudySessionState): boolean {
  return state.position >= state.queue.length;
}

export function answeredCount(state: StudySessionState): number {
  return Object.keys(state.answers).length;
}

export function withAnswer(state: StudySessionState, key: string, answer: RecordedAnswer): StudySessionState {
  return { ...state, answers: { ...state.answers, [key]: answer } };
}

export function withoutAnswer(state: StudySessionState, key: string): StudySessionState {
  const answers = { ...state.answers };
  delete answers[key];
  const index = state.queue.indexOf(key);
  return { ...state, answers, position: index >= 0 ? index : state.position };
}

export function advanced(state: StudySessionState): StudySessionState {
  return { ...state, position: Math.min(state.queue.length, state.position + 1) };
}

export function withFlagToggled(state: StudySessionState, key: string): StudySessionState {
  const flagged = state.flagged.includes(key) ? state.flagged.filter((k) => k !== key) : [...state.flagged, key];
  return { ...state, flagged };
}

/** The most recent answer in this session, for undo. */
export function lastAnswered(state: StudySessionState): [string, RecordedAnswer] | undefined {
  let latest: [string, RecordedAnswer] | undefined;
  for (const entry of Object.entries(state.answers)) if (!latest || entry[1].logId > latest[1].logId) latest = entry;
  return latest;
}
