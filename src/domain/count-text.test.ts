import { describe, expect, it } from 'vitest';
import { countOf, countText } from './count-text';

describe('countText', () => {
  it('writes counts with the en thousands separator', () => {
    expect(countText(0)).toBe('0');
    expect(countText(999)).toBe('999');
    expect(countText(1_690)).toBe('1,690');
    expect(countText(100_000)).toBe('100,000');
  });

  it('writes what the formatter writes, with or without it (whole counts under 1,000 skip it)', () => {
    const format = new Intl.NumberFormat('en');
    for (const n of [-1000, -999, -1, -0, 0, 1, 9, 10, 999, 1000, 1001, 12_345, 0.5, 2.25, 999.5, -3.75, NaN, Infinity])
      expect(countText(n), String(n)).toBe(format.format(n));
  });

  it('writes a count and its noun, singular for exactly one', () => {
    expect([0, 1, 2, 1_690].map((n) => countOf(n, 'question'))).toEqual(['0 questions', '1 question', '2 questions', '1,690 questions']);
  });
});
