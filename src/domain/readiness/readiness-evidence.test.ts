import { describe, expect, it } from 'vitest';
import { answerItem, startExam } from '../exam/cat-engine';
import { syntheticPool } from '../exam/cat-simulation';
import { formFor } from '../exam/exam-form';
import { seededRng } from '../study/random';
import {
  accuracyEvidence,
  addRecallSums,
  chooseMockExam,
  coverageEvidence,
  domainExamEvidence,
  mockExamRecord,
  recallEvidence,
  type MockExamRecord,
} from './readiness-evidence';

const now = new Date('2026-06-30T12:00:00Z');
const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('accuracyEvidence', () => {
  it('is above the 70% bar only when the whole Wilson interval is', () => {
    const a = accuracyEvidence(160, 200); // 80%, 73.9–85.0%
    expect(a.interval.low).toBeCloseTo(0.7391, 4);
    expect(a.level).toBe('above');
    expect(accuracyEvidence(34, 40).level).toBe('above'); // 85%, 70.9–92.9%
  });

  it('is below when the whole interval is under 70%', () => {
    const a = accuracyEvidence(31, 60); // 52%, 39.3–63.8%
    expect(a.interval.high).toBeCloseTo(0.6383, 4);
    expect(a.level).toBe('below');
  });

  it('is near when the interval straddles 70%', () => {
    expect(accuracyEvidence(40, 50).level).toBe('near'); // 80%, but 67.0–88.8%
    expect(accuracyEvidence(41, 60).level).toBe('near'); // 68%, 55.8–78.7%
  });

  it('has no level without answers', () => {
    expect(accuracyEvidence(0, 0)).toEqual({ correct: 0, answered: 0, interval: { low: 0, high: 1, estimate: 0 }, level: null });
  });
});

describe('recallEvidence', () => {
  it('gives the mean with a normal-approximation 95% interval', () => {
    const r = recallEvidence({ cards: 4, sum: 3.2, sumOfSquares: 2.6 });
    // s² = (2.6 − 3.2²/4) / 3 = 0.04/3; half-width = 1.96 · s / 2 ≈ 0.1132
    expect(r?.mean).toBeCloseTo(0.8, 10);
    expect(r?.low).toBeCloseTo(0.6868, 4);
    expect(r?.high).toBeCloseTo(0.9132, 4);
  });

  it('clamps to 0–1, has no interval for one card, and nothing for none', () => {
    const r = recallEvidence({ cards: 2, sum: 1.5, sumOfSquares: 1.25 }); // cards at 1.0 and 0.5
    expect(r?.high).toBe(1);
    expect(r?.low).toBeCloseTo(0.75 - (1.96 * Math.sqrt(0.125)) / Math.sqrt(2), 10);
    expect(recallEvidence({ cards: 1, sum: 0.9, sumOfSquares: 0.81 })).toEqual({ mean: 0.9, cards: 1, low: null, high: null });
    expect(recallEvidence({ cards: 0, sum: 0, sumOfSquares: 0 })).toBeNull();
  });

  it('pools sums across domains', () => {
    expect(
      addRecallSums([
        { cards: 2, sum: 1.5, sumOfSquares: 1.25 },
        { cards: 3, sum: 2.7, sumOfSquares: 2.43 },
      ]),
    ).toEqual({ cards: 5, sum: 4.2, sumOfSquares: 3.68 });
  });
});

describe('coverageEvidence', () => {
  it('reports the share of objectives touched', () => {
    expect(coverageEvidence(3, 12, 20, 60)).toEqual({
      objectivesTouched: 3,
      objectivesTotal: 12,
      seen: 20,
      inBank: 60,
      objectiveShare: 0.25,
    });
    expect(coverageEvidence(0, 0, 0, 0).objectiveShare).toBe(0);
  });
});

const record = (over: Partial<MockExamRecord>): MockExamRecord => ({
  id: 'e',
  exam: 'cissp',
  variant: 'cat',
  finishedAt: daysBefore(5),
  theta: 0,
  se: 0.2,
  cutTheta: 0,
  scoredItems: 100,
  domains: [],
  ...over,
});

describe('chooseMockExam', () => {
  it('takes the newest full exam within 60 days over a newer short one', () => {
    const chosen = chooseMockExam(
      [
        record({ id: 'old-full', finishedAt: daysBefore(61) }),
        record({ id: 'full', finishedAt: daysBefore(20), theta: 0.5, se: 0.2 }),
        record({ id: 'short', variant: 'short', finishedAt: daysBefore(2) }),
        record({ id: 'cc', exam: 'cc', finishedAt: daysBefore(1) }),
      ],
      'cissp',
      now,
    );
    expect(chosen).toMatchObject({ id: 'full', full: true, daysAgo: 20, level: 'above', scaled: { score: 750, low: 710, high: 789 } });
  });

  it('falls back to the newest short exam, and to null when none is recent', () => {
    const shorts = [
      record({ id: 's1', variant: 'short', finishedAt: daysBefore(30) }),
      record({ id: 's2', variant: 'short', finishedAt: daysBefore(3) }),
    ];
    expect(chooseMockExam(shorts, 'cissp', now)).toMatchObject({ id: 's2', full: false });
    expect(chooseMockExam([record({ finishedAt: daysBefore(60.5) })], 'cissp', now)).toBeNull();
    expect(chooseMockExam([record({ finishedAt: daysBefore(60) })], 'cissp', now)?.daysAgo).toBe(60);
    expect(chooseMockExam([], 'cissp', now)).toBeNull();
  });

  it('calls the level from the 95% interval against the cut', () => {
    expect(chooseMockExam([record({ theta: 0.39, se: 0.2 })], 'cissp', now)?.level).toBe('near'); // 0.39 − 0.392 < 0
    expect(chooseMockExam([record({ theta: 0.4, se: 0.2 })], 'cissp', now)?.level).toBe('above');
    expect(chooseMockExam([record({ theta: -0.4, se: 0.2 })], 'cissp', now)?.level).toBe('below');
    expect(chooseMockExam([record({ theta: 0.9, se: 0.2, cutTheta: 0.6 })], 'cissp', now)?.level).toBe('near');
  });
});

describe('mockExamRecord and domainExamEvidence', () => {
  it('summarises a finished engine state with per-domain proficiency', () => {
    const form = formFor('cissp', 'short');
    const pool = syntheticPool(form.domainWeights, 400);
    let state = startExam(form, pool, seededRng(3), daysBefore(1));
    const keys = pool.map((p) => p.key);
    for (let i = 0; i < 25; i++) state = answerItem(state, keys[i * 7]!, true, daysBefore(1));
    const summary = mockExamRecord('exam-1', daysBefore(1), state);
    expect(summary).toMatchObject({ id: 'exam-1', exam: 'cissp', variant: 'short', scoredItems: 20, cutTheta: 0 });
    expect(summary.theta).toBeGreaterThan(1);
    expect(summary.domains.map((d) => d.domain)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(summary.domains.reduce((n, d) => n + d.items, 0)).toBe(20);

    const evidence = chooseMockExam(
      [
        {
          ...summary,
          domains: [
            { domain: 3, items: 5, label: 'above' },
            { domain: 4, items: 4, label: 'below' },
          ],
        },
      ],
      'cissp',
      now,
    );
    expect(domainExamEvidence(evidence, 3)).toEqual({ label: 'above', items: 5, counted: true });
    expect(domainExamEvidence(evidence, 4)).toEqual({ label: 'below', items: 4, counted: false });
    expect(domainExamEvidence(evidence, 9)).toBeNull();
    expect(domainExamEvidence(null, 3)).toBeNull();
  });
});
