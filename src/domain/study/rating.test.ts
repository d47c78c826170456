import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { QUICK_ANSWER_MS, ratingForAnswer } from './rating';

describe('ratingForAnswer', () => {
  it('maps correctness, confidence and speed to FSRS ratings as documented', () => {
    expect(ratingForAnswer({ correct: false, confidence: 'sure', responseMs: 1000 })).toBe(Rating.Again);
    expect(ratingForAnswer({ correct: false, confidence: 'guessed', responseMs: 1000 })).toBe(Rating.Again);
    expect(ratingForAnswer({ correct: true, confidence: 'guessed', responseMs: 1000 })).toBe(Rating.Hard);
    expect(ratingForAnswer({ correct: true, confidence: 'unsure', responseMs: 1000 })).toBe(Rating.Good);
    expect(ratingForAnswer({ correct: true, confidence: 'sure', responseMs: QUICK_ANSWER_MS })).toBe(Rating.Easy);
    expect(ratingForAnswer({ correct: true, confidence: 'sure', responseMs: QUICK_ANSWER_MS + 1 })).toBe(Rating.Good);
  });
});
