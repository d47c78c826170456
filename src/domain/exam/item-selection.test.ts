import { describe, expect, it } from 'vitest';
import { seededRng } from '../study/random';
import {
  domainFurthestBelowQuota,
  pickNearDifficulty,
  randomPretestPositions,
  sortedByDifficulty,
  weightedRandomDomain,
  type SelectableItem,
} from './item-selection';

const items: SelectableItem[] = sortedByDifficulty(
  [-2, -1, -0.4, -0.1, 0.2, 0.3, 0.9, 1.5, 2.4].map((b, i) => ({ key: `k${i}`, domain: 1, b })),
);

describe('randomPretestPositions', () => {
  it('draws distinct sorted positions between 1 and minItems − 1', () => {
    const positions = randomPretestPositions(100, 25, seededRng(1));
    expect(new Set(positions).size).toBe(25);
    expect(positions.every((p) => p >= 1 && p <= 99)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('domainFurthestBelowQuota', () => {
  const weights = { 1: 0.5, 2: 0.3, 3: 0.2 };

  it('starts with the heaviest domain and follows the quotas', () => {
    expect(domainFurthestBelowQuota(weights, {}, [1, 2, 3], seededRng(1))).toBe(1);
    expect(domainFurthestBelowQuota(weights, { 1: 1 }, [1, 2, 3], seededRng(1))).toBe(2);
    // 10 scored: 5 / 3 / 1 → domain 3 is 0.2 × 11 − 1 = 1.2 behind, the most.
    expect(domainFurthestBelowQuota(weights, { 1: 5, 2: 3, 3: 1 }, [1, 2, 3], seededRng(1))).toBe(3);
  });

  it('skips a domain with no items left', () => {
    expect(domainFurthestBelowQuota(weights, {}, [2, 3], seededRng(1))).toBe(2);
  });

  it('keeps a long run within one item of every quota', () => {
    const counts: Record<number, number> = {};
    const rng = seededRng(2);
    for (let n = 0; n < 200; n++) {
      const domain = domainFurthestBelowQuota(weights, counts, [1, 2, 3], rng)!;
      counts[domain] = (counts[domain] ?? 0) + 1;
      for (const [d, w] of Object.entries(weights)) expect(Math.abs((counts[Number(d)] ?? 0) - w * (n + 1))).toBeLessThan(1);
    }
  });
});

describe('weightedRandomDomain', () => {
  it('draws domains in proportion to their weights', () => {
    const rng = seededRng(3);
    const draws = Array.from({ length: 10_000 }, () => weightedRandomDomain({ 1: 0.7, 2: 0.3, 3: 0 }, [1, 2, 3], rng));
    expect(draws.filter((d) => d === 1).length / draws.length).toBeCloseTo(0.7, 1);
    expect(draws).not.toContain(3);
  });
});

describe('pickNearDifficulty', () => {
  it('chooses among the three items closest to the target', () => {
    const chosen = new Set(Array.from({ length: 60 }, (_, seed) => pickNearDifficulty(items, 0.1, seededRng(seed))?.b));
    expect([...chosen].sort()).toEqual([-0.1, 0.2, 0.3]);
  });

  it('skips unavailable items and works past either end of the list', () => {
    const available = (item: SelectableItem) => item.b !== 0.2;
    const chosen = new Set(Array.from({ length: 60 }, (_, seed) => pickNearDifficulty(items, 0.1, seededRng(seed), available)?.b));
    expect([...chosen].sort()).toEqual([-0.1, -0.4, 0.3]);
    expect(pickNearDifficulty(items, 9, seededRng(1), () => true, 1)?.b).toBe(2.4);
    expect(pickNearDifficulty(items, -9, seededRng(1), () => true, 1)?.b).toBe(-2);
    expect(pickNearDifficulty([], 0, seededRng(1))).toBeUndefined();
  });
});
