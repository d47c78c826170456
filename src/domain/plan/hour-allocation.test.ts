import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, firstPassFocus, fitToMargins, reinforcementFocus } from './hour-allocation';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('apportion', () => {
  it('hands out whole units by largest remainder', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [0.5, 0.25, 0.25])).toEqual([50, 25, 25]);
    expect(apportion(5, [0, 0])).toEqual([3, 2]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });

  it('always sums to the total and never goes negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }),
        fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          expect(sum(parts)).toBe(total);
          expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });
});

describe('fitToMargins', () => {
  it('meets the row and column totals while keeping zeros', () => {
    const table = fitToMargins(
      [
        [1, 1, 0],
        [1, 2, 3],
      ],
      [4, 8],
      [3, 4, 5],
    );
    expect(table.map(sum)).toEqual([expect.closeTo(4, 9), expect.closeTo(8, 9)]);
    expect([0, 1, 2].map((j) => sum(table.map((r) => r[j] ?? 0)))).toEqual([
      expect.closeTo(3, 9),
      expect.closeTo(4, 9),
      expect.closeTo(5, 9),
    ]);
    expect(table[0]?.[2]).toBe(0);
  });
});

describe('firstPassFocus', () => {
  it('lays domains over weeks in order, by hours', () => {
    const focus = firstPassFocus(
      [10, 10],
      [
        { domain: 1, hours: 5 },
        { domain: 2, hours: 10 },
        { domain: 3, hours: 5 },
      ],
    );
    expect(focus[0]).toEqual([
      { domain: 1, from: 0, to: 1, ofWeek: 0.5 },
      { domain: 2, from: 0, to: 0.5, ofWeek: 0.5 },
    ]);
    expect(focus[1]).toEqual([
      { domain: 2, from: 0.5, to: 1, ofWeek: 0.5 },
      { domain: 3, from: 0, to: 1, ofWeek: 0.5 },
    ]);
  });
});

describe('reinforcementFocus', () => {
  it('takes two domains per week from the weakest, cycling', () => {
    expect([0, 1, 2].map((r) => reinforcementFocus(r, [4, 7, 1, 2, 3]))).toEqual([
      [4, 7],
      [1, 2],
      [3, 4],
    ]);
    expect(reinforcementFocus(0, [5])).toEqual([5]);
  });
});
