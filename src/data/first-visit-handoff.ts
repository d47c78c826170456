/**
 * What a first visit's preview (src/app/first-visit-preview.tsx) hands to the app: the seed of the
 * Quick 10 it showed, and what the learner did on its first question before the app took over.
 * Memory only, no import of the database: the preview runs before the app's code has arrived. The
 * preview writes nothing; the app starts the same session from the seed and stores it.
 */
import type { ExamId } from '../domain/exam-blueprints';

export interface PreviewHandoff {
  readonly seed: number;
  readonly exam: ExamId;
  /** The first question's key: a choice is carried over only onto that question. */
  readonly firstKey: string;
  /** When the question was painted (`Date.now()`): the answer's response time starts there. */
  shownAt: number;
  /** The option chosen, by its position on screen (0–3), if any. */
  chosen?: number;
  /** The learner submitted that choice: the app submits it as soon as it can save it. */
  submitAsked: boolean;
}

let handoff: PreviewHandoff | undefined;
let seedTaken = false;
let choiceTaken = false;

export function beginPreviewHandoff(next: PreviewHandoff): void {
  handoff = next;
  seedTaken = false;
  choiceTaken = false;
}

/** The app has taken the preview's place: nothing the preview saw may reach a later session. */
export function endPreviewHandoff(): void {
  handoff = undefined;
}

/** The preview's handoff while the app has not taken its choice yet (the preview stops taking input then). */
export function openPreviewHandoff(): PreviewHandoff | undefined {
  return choiceTaken ? undefined : handoff;
}

/** The seed the preview drew `exam`'s Quick 10 with, once (a later Quick 10 is drawn afresh). */
export function takePreviewSeed(exam: ExamId): number | undefined {
  if (!handoff || seedTaken || handoff.exam !== exam) return undefined;
  seedTaken = true;
  return handoff.seed;
}

export interface PreviewChoice {
  readonly position: number;
  readonly submit: boolean;
  shownAt: number;
}

/**
 * The preview's choice on `key`'s question, once, if that is the question it showed (after a
 * reload, or on another session's question, there is none).
 */
export function takePreviewChoice(key: string): PreviewChoice | undefined {
  if (!handoff || choiceTaken || handoff.firstKey !== key) return undefined;
  choiceTaken = true;
  if (handoff.chosen === undefined) return undefined;
  return { position: handoff.chosen, submit: handoff.submitAsked, shownAt: handoff.shownAt };
}
