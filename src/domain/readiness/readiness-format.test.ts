import { describe, expect, it } from 'vitest';
import { accuracyEvidence } from './readiness-evidence';
import { accuracyText, plural, recallText } from './readiness-format';

describe('readiness counts', () => {
  it('writes large counts with the en thousands separator, as every other screen does', () => {
    expect(plural(1, 'answer')).toBe('1 answer');
    expect(plural(1200, 'answer')).toBe('1,200 answers');
    expect(accuracyText(accuracyEvidence(900, 1200))).toMatch(/ over 1,200 answers$/);
    expect(recallText({ mean: 0.8, cards: 2545, low: 0.79, high: 0.81 })).toBe('80% (79–81%) over 2,545 cards');
  });
});
