// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { formFor } from './exam-form';
import { distribution, normalQuantile, runCatSimulation, syntheticPool, type SimulationFigures } from './cat-simulation';

describe('syntheticPool', () => {
  const weights = formFor('cissp', 'cat').domainWeights;
  const pool = syntheticPool(weights, 1200);

  it('splits the items over the domains in proportion to the weights', () => {
    const count = (domain: number) => pool.filter((item) => item.domain === domain).length;
    expect(pool).toHaveLength(1200);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(count)).toEqual([192, 120, 156, 156, 156, 144, 156, 120]);
    expect(new Set(pool.map((item) => item.key)).size).toBe(1200);
  });

  it('spreads difficulties like N(0, 1) within every domain', () => {
    const bs = pool.map((item) => item.b);
    const mean = bs.reduce((s, b) => s + b, 0) / bs.length;
    const sd = Math.sqrt(bs.reduce((s, b) => s + (b - mean) ** 2, 0) / bs.length);
    expect(mean).toBeCloseTo(0, 6);
    expect(sd).toBeGreaterThan(0.95);
    expect(sd).toBeLessThan(1.01);
    const domain2 = pool.filter((item) => item.domain === 2).map((item) => item.b);
    expect(Math.min(...domain2)).toBeLessThan(-2);
    expect(Math.max(...domain2)).toBeGreaterThan(2);
  });
});

describe('normalQuantile', () => {
  it('inverts the normal CDF', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
    expect(normalQuantile(0.2)).toBeCloseTo(-normalQuantile(0.8), 9);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe('distribution', () => {
  it('gives the mean and nearest-rank percentiles', () => {
    expect(distribution([5, 1, 4, 2, 3, 100, 6, 7])).toEqual({ mean: 16, min: 1, p25: 2, median: 4, p75: 6, max: 100 });
  });
});

describe('CISSP CAT simulation: 1,000 synthetic candidates, seed 2026', () => {
  let figures: SimulationFigures;
  beforeAll(() => {
    // Paces up to 1.2× the time per item at full length, so some candidates meet the time rule too.
    figures = runCatSimulation({ seed: 2026, candidates: 1000, paceRange: [0.7, 1.2] });
  }, 120_000);

  it('includes plenty of candidates at least 0.5 logits from the cut', () => {
    expect(figures.candidates).toBe(1000);
    expect(figures.accuracy.clearCandidates).toBeGreaterThanOrEqual(600);
    expect(figures.accuracy.nearCandidates).toBeGreaterThanOrEqual(100);
  });

  it('classifies at least 95% of candidates 0.5 logits or more from the cut correctly', () => {
    expect(figures.accuracy.clear).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps every domain’s share of scored items within 3 percentage points of its weight, on average and in every exam', () => {
    expect(figures.domainShares).toHaveLength(8);
    expect(figures.maxDomainDeviation).toBeLessThanOrEqual(0.03);
    expect(figures.worstExamDomainDeviation).toBeLessThanOrEqual(0.03);
  });

  it('delivers between 100 and 150 items, and every stop rule ends some exams', () => {
    const { length, endedBy } = figures;
    expect(length.min).toBeGreaterThanOrEqual(100);
    expect(length.max).toBeLessThanOrEqual(150);
    expect(length.min <= length.p25 && length.p25 <= length.median && length.median <= length.p75 && length.p75 <= length.max).toBe(true);
    expect(length.mean).toBeGreaterThan(100);
    expect(endedBy.confidence + endedBy['max-length'] + endedBy.time).toBeCloseTo(1, 12);
    // Most candidates are clear cases, and clear cases stop at the first chance.
    expect(endedBy.confidence).toBeGreaterThan(0.5);
    expect(endedBy['max-length']).toBeGreaterThan(0);
    expect(endedBy.time).toBeGreaterThan(0);
  });

  it('recovers the true ability to within a few tenths of a logit', () => {
    expect(figures.thetaRmse).toBeLessThan(0.35);
  });

  it('replays exactly for the same seed', () => {
    expect(runCatSimulation({ seed: 2026, candidates: 20 })).toEqual(runCatSimulation({ seed: 2026, candidates: 20 }));
  });
});
