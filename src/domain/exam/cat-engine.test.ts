import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRng, type Rng } from '../study/random';
import {
  answerItem,
  applyStopRules,
  checkTime,
  EASY_OPENING_MAX_B,
  examRunMs,
  nextItem,
  startExam,
  timeRemainingMs,
  timeRuleFailure,
  type ExamState,
  type PoolItem,
} from './cat-engine';
import { syntheticPool } from './cat-simulation';
import { formFor, type ExamForm } from './exam-form';

const START = new Date('2026-03-02T09:00:00.000Z');
const minutesIn = (minutes: number) => new Date(START.getTime() + minutes * 60_000);
const cissp = formFor('cissp', 'cat');
const pool = syntheticPool(cissp.domainWeights, 1200);
const difficulty = new Map(pool.map((item) => [item.key, item.b]));

/** Answers items one a minute until the exam ends or `limit` items are delivered. */
function sit(form: ExamForm, seed: number, isCorrect: (b: number, index: number) => boolean, limit = Infinity): ExamState {
  const rng = seededRng(seed);
  let state = startExam(form, pool, rng, START);
  while (!state.result && state.answered.length < limit) {
    const key = nextItem(state, rng);
    if (key === undefined) throw new Error('no item');
    state = answerItem(state, key, isCorrect(difficulty.get(key) ?? 0, state.answered.length), minutesIn(state.answered.length + 1));
  }
  return state;
}

/** A state with `count` delivered items and the given estimate, as if the exam had run that far. */
function constructed(form: ExamForm, count: number, theta: number, se: number, thetaHistory: number[] = []): ExamState {
  const state = startExam(form, pool, seededRng(7), START);
  const answered = pool.slice(0, count).map((item, i) => ({
    ...item,
    scored: !state.pretestPositions.includes(i),
    correct: true,
    answeredAt: minutesIn(i + 1).toISOString(),
  }));
  return { ...state, answered, theta, se, thetaHistory };
}

describe('startExam', () => {
  it('places the form’s pretest items at distinct random positions among the first minItems, never first', () => {
    const positionsBySeed = [1, 2, 3].map((seed) => startExam(cissp, pool, seededRng(seed), START).pretestPositions);
    for (const positions of positionsBySeed) {
      expect(new Set(positions).size).toBe(25);
      expect(Math.min(...positions)).toBeGreaterThanOrEqual(1);
      expect(Math.max(...positions)).toBeLessThan(100);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
    expect(positionsBySeed[0]).not.toEqual(positionsBySeed[1]);
  });

  it('starts at the prior and produces plain JSON', () => {
    const state = startExam(cissp, pool, seededRng(1), START);
    expect(state.theta).toBeCloseTo(0, 12);
    expect(state.se).toBeCloseTo(1, 2);
    expect(state.result).toBeNull();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('refuses a pool with repeated keys, an item without a difficulty, or fewer items than the maximum length', () => {
    const first = pool[0]!;
    expect(() => startExam(cissp, [...pool, first], seededRng(1), START)).toThrow(/duplicate/);
    expect(() => startExam(cissp, pool.slice(0, 149), seededRng(1), START)).toThrow(/at least 150/);
    expect(() => startExam(cissp, [...pool, { key: 'x', domain: 1, b: Number.NaN }], seededRng(1), START)).toThrow(/Item 'x'/);
  });
});

describe('nextItem', () => {
  it('opens with an easy item (b ≤ −0.5)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const state = startExam(cissp, pool, seededRng(seed), START);
      expect(difficulty.get(nextItem(state, seededRng(seed)) ?? '')).toBeLessThanOrEqual(EASY_OPENING_MAX_B);
    }
  });

  it('opens with the easiest item when the pool has no easy one', () => {
    const hardPool: PoolItem[] = pool.map((item) => ({ ...item, b: Math.abs(item.b) }));
    const easiest = Math.min(...hardPool.map((item) => item.b));
    const key = nextItem(startExam(cissp, hardPool, seededRng(3), START), seededRng(3));
    expect(hardPool.find((item) => item.key === key)?.b).toBeLessThanOrEqual(easiest + 0.01);
  });

  it('never repeats an item, whatever the answers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.array(fc.boolean(), { minLength: 150, maxLength: 150 }), (seed, answers) => {
        const state = sit(cissp, seed, (_b, i) => answers[i] ?? false);
        const keys = state.answered.map((item) => item.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect(keys.length).toBeGreaterThanOrEqual(100);
        expect(keys.length).toBeLessThanOrEqual(150);
      }),
      { numRuns: 15 },
    );
  });

  it('delivers exactly the pretest items unscored, at the pretest positions', () => {
    const state = sit(cissp, 11, (b) => b < 0.2);
    const unscored = state.answered.flatMap((item, i) => (item.scored ? [] : [i]));
    expect(unscored).toEqual(state.pretestPositions);
    expect(unscored).toHaveLength(25);
  });

  it('picks the scored item from the domain furthest below its quota', () => {
    // 10 scored items so far, none from domain 1 (weight 16%): it is the furthest behind.
    const state = constructed(cissp, 10, 0, 0.5);
    const without1 = pool.filter((item) => item.domain !== 1).slice(0, 10);
    const answered = without1.map((item) => ({ ...item, scored: true, correct: true, answeredAt: START.toISOString() }));
    const key = nextItem({ ...state, pretestPositions: [50], answered }, seededRng(5));
    expect(pool.find((item) => item.key === key)?.domain).toBe(1);
  });

  it('picks a scored item among the three closest to θ in the chosen domain', () => {
    const theta = 1.3;
    const state = { ...constructed(cissp, 1, theta, 0.5), pretestPositions: [] };
    for (let seed = 1; seed <= 10; seed++) {
      const key = nextItem(state, seededRng(seed));
      const chosen = pool.find((item) => item.key === key)!;
      const sameDomain = pool.filter((item) => item.domain === chosen.domain && item.key !== state.answered[0]?.key);
      const distances = sameDomain.map((item) => Math.abs(item.b - theta)).sort((a, b) => a - b);
      expect(Math.abs(chosen.b - theta)).toBeLessThanOrEqual(distances[2]!);
    }
  });

  it('returns undefined once the exam has ended', () => {
    expect(
      nextItem(
        sit(cissp, 2, () => true),
        seededRng(1),
      ),
    ).toBeUndefined();
  });
});

describe('answerItem', () => {
  it('re-estimates θ from scored answers only', () => {
    let state = startExam(cissp, pool, seededRng(4), START);
    const rng: Rng = seededRng(4);
    while (state.answered.length < 30) state = answerItem(state, nextItem(state, rng)!, true, minutesIn(state.answered.length + 1));
    const scored = state.answered.filter((item) => item.scored).length;
    expect(state.thetaHistory).toHaveLength(scored);
    expect(scored).toBeLessThan(30);
    expect(state.theta).toBeGreaterThan(1);
  });

  it('refuses unknown, repeated and post-exam answers', () => {
    const state = startExam(cissp, pool, seededRng(1), START);
    const key = nextItem(state, seededRng(1))!;
    const once = answerItem(state, key, true, minutesIn(1));
    expect(() => answerItem(state, 'nope', true, minutesIn(1))).toThrow(/not in this exam/);
    expect(() => answerItem(once, key, true, minutesIn(2))).toThrow(/already answered/);
    const ended = sit(cissp, 2, () => true);
    expect(() => answerItem(ended, pool[1199]!.key, true, minutesIn(170))).toThrow(/answers are final/);
  });

  it('resumes identically from a JSON copy of the state', () => {
    const half = sit(cissp, 9, (b) => b < 0.5, 60);
    const resumed = JSON.parse(JSON.stringify(half)) as ExamState;
    const next = (s: ExamState) => answerItem(s, nextItem(s, seededRng(99))!, true, minutesIn(61));
    expect(next(resumed)).toEqual(next(half));
  });
});

describe('stop rule (a): confidence', () => {
  it('does not stop before minItems, however clear the estimate', () => {
    expect(applyStopRules(constructed(cissp, 99, 3, 0.1), minutesIn(99)).result).toBeNull();
  });

  it('from minItems on, passes when the 95% interval is wholly above the cut and fails when wholly below', () => {
    expect(applyStopRules(constructed(cissp, 100, 0.5, 0.25), minutesIn(100)).result).toMatchObject({
      passed: true,
      endedBy: 'confidence',
    });
    expect(applyStopRules(constructed(cissp, 120, -0.5, 0.25), minutesIn(120)).result).toMatchObject({
      passed: false,
      endedBy: 'confidence',
    });
  });

  it('keeps going while the interval touches the cut (|θ − cut| ≤ 1.96·SE)', () => {
    expect(applyStopRules(constructed(cissp, 100, 0.48, 0.25), minutesIn(100)).result).toBeNull();
    expect(applyStopRules(constructed(cissp, 100, 0.49, 0.25), minutesIn(100)).result).toBeNull();
  });

  it('ends a real exam at exactly 100 items for a candidate who answers everything right', () => {
    const state = sit(cissp, 5, () => true);
    expect(state.answered).toHaveLength(100);
    expect(state.result).toMatchObject({ passed: true, endedBy: 'confidence' });
  });

  it('is measured against the form’s cut', () => {
    const strictForm = { ...cissp, cutTheta: 1 };
    expect(applyStopRules(constructed(strictForm, 100, 0.5, 0.2), minutesIn(100)).result).toMatchObject({
      passed: false,
      endedBy: 'confidence',
    });
  });
});

describe('stop rule (b): maximum length', () => {
  it('at maxItems passes if and only if θ ≥ cut', () => {
    expect(applyStopRules(constructed(cissp, 150, 0, 0.2), minutesIn(150)).result).toMatchObject({ passed: true, endedBy: 'max-length' });
    expect(applyStopRules(constructed(cissp, 150, -0.01, 0.2), minutesIn(150)).result).toMatchObject({
      passed: false,
      endedBy: 'max-length',
    });
    expect(applyStopRules(constructed(cissp, 149, 0, 0.2), minutesIn(149)).result).toBeNull();
  });

  it('ends a real exam at 150 items when the candidate sits right at the cut', () => {
    // Right exactly when the item is easier than the cut: θ hovers around 0 and never clears 1.96·SE.
    const state = sit(cissp, 8, (b) => b < 0);
    expect(state.answered).toHaveLength(150);
    expect(state.result?.endedBy).toBe('max-length');
    expect(state.result?.passed).toBe(state.theta >= 0);
  });

  it('is the only length rule of the short practice exam, even with a clear estimate', () => {
    const short = formFor('cissp', 'short');
    expect(applyStopRules(constructed(short, 25, 3, 0.1), minutesIn(25)).result).toMatchObject({ passed: true, endedBy: 'max-length' });
    expect(sit(short, 3, () => true).answered).toHaveLength(25);
  });

  it('ends the linear CC form at exactly 100 items with θ against the cut', () => {
    const linear = formFor('cc', 'linear');
    const state = sit(linear, 6, () => true);
    expect(state.answered).toHaveLength(100);
    expect(state.answered.filter((item) => !item.scored)).toHaveLength(25);
    expect(state.result).toMatchObject({ passed: true, endedBy: 'max-length' });
    expect(applyStopRules(constructed(linear, 99, -3, 0.1), minutesIn(99)).result).toBeNull();
  });
});

describe('stop rule (c): time', () => {
  const above75 = Array.from({ length: 75 }, () => 0.3);

  it('leaves the exam running before the limit', () => {
    const state = constructed(cissp, 40, 0.2, 0.3);
    expect(checkTime(state, minutesIn(179.9))).toBe(state);
    expect(timeRemainingMs(state, minutesIn(179))).toBe(60_000);
  });

  it('fails a candidate out of time with fewer than minItems answered, whatever θ', () => {
    const state = constructed(cissp, 99, 2, 0.3, above75);
    expect(checkTime(state, minutesIn(180)).result).toMatchObject({ passed: false, endedBy: 'time' });
    expect(timeRuleFailure(state)).toBe('too-few-items');
  });

  it('passes only if θ stayed above the cut across the last 75 scored items', () => {
    const stayedAbove = constructed(cissp, 110, 0.3, 0.3, [-1, -0.5, ...above75]);
    const dippedInWindow = constructed(cissp, 110, 0.3, 0.3, [-1, ...above75.slice(0, 40), -0.05, ...above75.slice(0, 34)]);
    expect(checkTime(stayedAbove, minutesIn(180)).result).toMatchObject({ passed: true, endedBy: 'time' });
    expect(checkTime(dippedInWindow, minutesIn(181)).result).toMatchObject({ passed: false, endedBy: 'time' });
    expect(timeRuleFailure(stayedAbove)).toBeNull();
    expect(timeRuleFailure(dippedInWindow)).toBe('not-above-cut');
  });

  it('counts the time an exam ran up to its end, never beyond the limit', () => {
    const state = constructed(cissp, 3, 0.2, 0.3);
    expect(examRunMs(state, minutesIn(42))).toBe(42 * 60_000);
    expect(examRunMs(state, minutesIn(180))).toBe(180 * 60_000);
    expect(examRunMs(state, minutesIn(60 * 24))).toBe(180 * 60_000); // came back a day later
    expect(examRunMs(state, minutesIn(-1))).toBe(0);
  });

  it('ends the exam instead of recording an answer given after the limit', () => {
    const state = sit(cissp, 4, (b) => b < 0.5, 20);
    const late = answerItem(state, nextItem(state, seededRng(1))!, true, minutesIn(200));
    expect(late.answered).toHaveLength(20);
    expect(late.result).toMatchObject({ passed: false, endedBy: 'time', endedAt: minutesIn(200).toISOString() });
  });
});
