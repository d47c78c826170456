import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracyByDomain, wilsonInterval } from './progress-math';

describe('wilsonInterval', () => {
  it('matches known 95% intervals', () => {
    const eight = wilsonInterval(8, 10);
    expect(eight.estimate).toBe(0.8);
    expect(eight.low).toBeCloseTo(0.4902, 3);
    expect(eight.high).toBeCloseTo(0.9433, 3);
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 3);
    const half = wilsonInterval(50, 100);
    expect(half.low).toBeCloseTo(0.4038, 3);
    expect(half.high).toBeCloseTo(0.5962, 3);
    expect(wilsonInterval(10, 10).high).toBe(1);
  });

  it('narrows with a smaller z', () => {
    const z90 = wilsonInterval(8, 10, 1.645);
    expect(z90.low).toBeGreaterThan(wilsonInterval(8, 10).low);
    expect(z90.low).toBeCloseTo(0.5408, 3);
  });

  it('knows nothing with no trials: the whole 0–1 range', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1, estimate: 0 });
  });

  it('refuses impossible counts', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow('0 ≤ successes ≤ trials');
  });

  it('always holds the estimate inside 0–1, and mirrors for failures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const k = Math.round(f * n);
        const ci = wilsonInterval(k, n);
        expect(0 <= ci.low && ci.low <= ci.estimate && ci.estimate <= ci.high && ci.high <= 1).toBe(true);
        const mirror = wilsonInterval(n - k, n);
        expect(mirror.low).toBeCloseTo(1 - ci.high, 9);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('accuracyByDomain', () => {
  it('counts per domain in domain order with an interval each', () => {
    const answers = [
      { domain: 3, correct: true },
      { domain: 1, correct: false },
      { domain: 3, correct: false },
      { domain: 3, correct: true },
    ];
    const rows = accuracyByDomain(answers);
    expect(rows.map((r) => [r.domain, r.correct, r.answered])).toEqual([
      [1, 0, 1],
      [3, 2, 3],
    ]);
    expect(rows[1]?.interval).toEqual(wilsonInterval(2, 3));
  });
});
