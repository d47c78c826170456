import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blueprints, type ExamId } from '../exam-blueprints';
import { domainShares, domainWeakness, SHARE_BOUND, UNKNOWN_WEAKNESS, type DomainProgress } from './domain-split';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('domainWeakness', () => {
  it('averages the gaps it has data for', () => {
    expect(domainWeakness({ domain: 1, accuracy: 0.8, retention: null, coverage: 0.6 })).toBeCloseTo(0.3, 12);
    expect(domainWeakness({ domain: 1, accuracy: 0.8, retention: 0.5, coverage: 0.6 })).toBeCloseTo(1.1 / 3, 12);
    expect(domainWeakness({ domain: 1, accuracy: null, retention: null, coverage: 0 })).toBe(1);
  });

  it('is halfway without a progress entry, and ignores figures outside 0–1 by clamping them', () => {
    expect(domainWeakness(undefined)).toBe(UNKNOWN_WEAKNESS);
    expect(domainWeakness({ domain: 1, accuracy: 1.4, retention: Number.NaN, coverage: -2 })).toBe(0.5);
  });
});

describe('domainShares', () => {
  it('equals the exam weights when every domain is equally weak', () => {
    const shares = domainShares('cissp', []);
    for (const d of blueprints.cissp.domains) expect(shares[d.number]).toBeCloseTo(d.weight, 12);
  });

  it('moves hours toward the weak domain', () => {
    const progress: DomainProgress[] = [1, 2, 3, 4, 5].map((domain) => ({
      domain,
      accuracy: domain === 2 ? 0.2 : 0.9,
      retention: null,
      coverage: 0.8,
    }));
    const shares = domainShares('cc', progress);
    expect(shares[2]).toBeGreaterThan(0.1);
    expect(shares[1]).toBeLessThan(0.26);
    expect(sum(Object.values(shares))).toBeCloseTo(1, 12);
  });

  it('clamps to the band even when weakness is given far more pull than the default', () => {
    const progress: DomainProgress[] = [
      { domain: 8, accuracy: 0, retention: 0, coverage: 0 },
      ...[1, 2, 3, 4, 5, 6, 7].map((domain) => ({ domain, accuracy: 1, retention: 1, coverage: 1 })),
    ];
    const shares = domainShares('cissp', progress, 50);
    expect(shares[8]).toBeCloseTo(SHARE_BOUND.max * 0.1, 12);
    expect(shares[1]).toBeCloseTo((0.16 * (1 - 0.16)) / 0.9, 9); // the others share what is left, by weight
    expect(sum(Object.values(shares))).toBeCloseTo(1, 12);
  });

  it('keeps every share within [0.6, 1.6] × its weight and sums to 1, for any data and pull', () => {
    const unit = fc.option(fc.double({ min: -0.5, max: 1.5, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(
        fc.constantFrom<ExamId>('cissp', 'cc'),
        fc.array(
          fc.record({
            domain: fc.integer({ min: 1, max: 8 }),
            accuracy: unit,
            retention: unit,
            coverage: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
        ),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (exam, progress, k) => {
          const shares = domainShares(exam, progress, k);
          expect(sum(Object.values(shares))).toBeCloseTo(1, 9);
          for (const d of blueprints[exam].domains) {
            expect(shares[d.number]).toBeGreaterThanOrEqual(SHARE_BOUND.min * d.weight - 1e-9);
            expect(shares[d.number]).toBeLessThanOrEqual(SHARE_BOUND.max * d.weight + 1e-9);
          }
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });
});
