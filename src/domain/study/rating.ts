/**
 * How an answer becomes an FSRS rating. The learner answers, sees the explanations, then says how
 * sure they were. The mapping (also in the README):
 *
 * | answer | confidence            | rating |
 * |--------|-----------------------|--------|
 * | wrong  | any                   | Again  |
 * | right  | guessed               | Hard   |
 * | right  | unsure                | Good   |
 * | right  | sure, slower than 25s | Good   |
 * | right  | sure, within 25 s     | Easy   |
 *
 * "Quick" is 25 seconds: about the time a prepared reader needs for one of the bank's scenario stems
 * (40–110 words) and four options. A right guess is Hard, not Good, because a guess is weak evidence
 * of memory; wrong is Again whatever the confidence, because FSRS must see the lapse.
 */
import { Rating, type Grade } from 'ts-fsrs';

export type Confidence = 'guessed' | 'unsure' | 'sure';

export const QUICK_ANSWER_MS = 25_000;

/** Confidence assumed until the learner says otherwise. */
export const DEFAULT_CONFIDENCE: Confidence = 'unsure';

export interface AnswerEvidence {
  readonly correct: boolean;
  readonly confidence: Confidence;
  readonly responseMs: number;
}

/** @example ratingForAnswer({ correct: true, confidence: 'sure', responseMs: 9000 }) === Rating.Easy */
export function ratingForAnswer({ correct, confidence, responseMs }: AnswerEvidence): Grade {
  if (!correct) return Rating.Again;
  if (confidence === 'guessed') return Rating.Hard;
  if (confidence === 'sure' && responseMs <= QUICK_ANSWER_MS) return Rating.Easy;
  return Rating.Good;
}
