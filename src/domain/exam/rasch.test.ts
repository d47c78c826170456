import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addResponse,
  difficultyForAuthored,
  emptyLogLikelihood,
  estimateAbility,
  posteriorEstimate,
  probabilityCorrect,
  refinedDifficulty,
  THETA_GRID,
  type RaschResponse,
} from './rasch';

const responseArb = fc.record({ b: fc.double({ min: -3, max: 3, noNaN: true }), correct: fc.boolean() });
const mirror = (responses: readonly RaschResponse[]) => responses.map((r) => ({ b: -r.b, correct: !r.correct }));

describe('probabilityCorrect', () => {
  it('is one half when ability equals difficulty and σ(1) one logit above', () => {
    expect(probabilityCorrect(0.7, 0.7)).toBe(0.5);
    expect(probabilityCorrect(1, 0)).toBeCloseTo(0.7310585786, 10);
    expect(probabilityCorrect(-2, 0)).toBeCloseTo(0.119202922, 10);
  });

  it('gives complementary probabilities when ability and difficulty swap', () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), fc.double({ min: -6, max: 6, noNaN: true }), (theta, b) => {
        expect(probabilityCorrect(theta, b) + probabilityCorrect(b, theta)).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('the quadrature grid', () => {
  it('has 81 points from −4 to +4 in steps of 0.1, exactly symmetric', () => {
    expect(THETA_GRID).toHaveLength(81);
    expect(THETA_GRID[0]).toBe(-4);
    expect(THETA_GRID[40]).toBe(0);
    expect(THETA_GRID[80]).toBe(4);
    THETA_GRID.forEach((theta, i) => expect(theta + (THETA_GRID[80 - i] ?? Number.NaN)).toBe(0));
  });
});

describe('estimateAbility (EAP, N(0, 1) prior)', () => {
  it('returns the prior with no responses: θ = 0 and SE ≈ 1 (slightly less, the grid stops at ±4)', () => {
    const { theta, se } = estimateAbility([]);
    expect(theta).toBeCloseTo(0, 12);
    expect(se).toBeGreaterThan(0.998);
    expect(se).toBeLessThan(1);
  });

  it('gives θ = 0 for response sets that mirror themselves around 0', () => {
    const balanced: RaschResponse[] = [
      { b: -1, correct: true },
      { b: 1, correct: false },
      { b: 0.5, correct: true },
      { b: -0.5, correct: false },
      { b: 0, correct: true },
      { b: 0, correct: false },
    ];
    expect(estimateAbility(balanced).theta).toBeCloseTo(0, 10);
  });

  it('is antisymmetric: mirroring every response negates θ and keeps SE', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 40 }), (responses) => {
        const original = estimateAbility(responses);
        const mirrored = estimateAbility(mirror(responses));
        expect(mirrored.theta).toBeCloseTo(-original.theta, 9);
        expect(mirrored.se).toBeCloseTo(original.se, 9);
      }),
    );
  });

  it('rises when a wrong answer is changed to a right one', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { minLength: 1, maxLength: 40 }), fc.nat(), (responses, pick) => {
        const wrong = responses.map((r) => ({ ...r, correct: false }));
        const index = pick % wrong.length;
        const oneRight = wrong.map((r, i) => (i === index ? { ...r, correct: true } : r));
        expect(estimateAbility(oneRight).theta).toBeGreaterThan(estimateAbility(wrong).theta);
      }),
    );
  });

  it('matches the hand-derived value for one correct answer at b = 0', () => {
    // Posterior ∝ φ(θ)·σ(θ). E[σ(θ)] = ½ by symmetry and, by Stein's lemma, E[θ·σ(θ)] = E[σ′(θ)], so the
    // EAP is 2·E[σ(θ)(1 − σ(θ))] under N(0, 1) ≈ 0.4132 (integrated finely over ±8 below, independently
    // of the engine's grid). The grid stops at ±4, which costs about 2·10⁻⁴.
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    let expectation = 0;
    let mass = 0;
    for (let i = -16000; i <= 16000; i++) {
      const theta = i / 2000;
      const density = Math.exp(-(theta * theta) / 2);
      expectation += density * sigmoid(theta) * (1 - sigmoid(theta));
      mass += density;
    }
    const handDerived = 2 * (expectation / mass);
    expect(handDerived).toBeCloseTo(0.4132, 4);
    expect(Math.abs(estimateAbility([{ b: 0, correct: true }]).theta - handDerived)).toBeLessThan(1e-3);
  });

  it('stays finite when every answer is correct, or every answer wrong, where MLE would diverge', () => {
    const allRight = estimateAbility(Array.from({ length: 150 }, () => ({ b: 1, correct: true })));
    const allWrong = estimateAbility(Array.from({ length: 150 }, () => ({ b: -1, correct: false })));
    expect(allRight.theta).toBeGreaterThan(3);
    expect(allRight.theta).toBeLessThanOrEqual(4);
    expect(allWrong.theta).toBeLessThan(-3);
    expect(Number.isFinite(allRight.se) && Number.isFinite(allWrong.se)).toBe(true);
  });

  it('narrows the SE as responses accumulate', () => {
    const responses = Array.from({ length: 80 }, (_, i) => ({ b: 0, correct: i % 2 === 0 }));
    expect(estimateAbility(responses.slice(0, 20)).se).toBeGreaterThan(estimateAbility(responses).se);
    expect(estimateAbility(responses).se).toBeLessThan(0.25);
  });

  it('adds responses one at a time to the same result as all at once', () => {
    const responses = [
      { b: -0.3, correct: true },
      { b: 1.2, correct: false },
      { b: 0.4, correct: true },
    ];
    const stepwise = responses.reduce<number[]>((ll, r) => addResponse(ll, r), emptyLogLikelihood());
    expect(posteriorEstimate(stepwise)).toEqual(estimateAbility(responses));
  });

  it('rejects a difficulty that is not a finite number', () => {
    expect(() => estimateAbility([{ b: Number.NaN, correct: true }])).toThrow(/finite/);
  });
});

describe('difficultyForAuthored', () => {
  it('maps easy, medium and hard to −1, 0 and +1 logits', () => {
    expect([1, 2, 3].map((d) => difficultyForAuthored(d as 1 | 2 | 3))).toEqual([-1, 0, 1]);
  });
});

describe('refinedDifficulty', () => {
  it('keeps the authored difficulty when the learner has no attempts', () => {
    expect(refinedDifficulty(0.7, { correct: 0, attempts: 0 })).toBe(0.7);
  });

  it('gives the observed difficulty half weight at 10 attempts', () => {
    // Error rate (0 + 1) / (10 + 2) = 1/12; its logit is ln(1/11) ≈ −2.398; blended half-and-half with 0.
    expect(refinedDifficulty(0, { correct: 10, attempts: 10 })).toBeCloseTo(Math.log(1 / 11) / 2, 12);
  });

  it('moves towards harder when the learner keeps missing the item, and further with more attempts', () => {
    const few = refinedDifficulty(0, { correct: 0, attempts: 3 });
    const many = refinedDifficulty(0, { correct: 0, attempts: 30 });
    expect(few).toBeGreaterThan(0);
    expect(many).toBeGreaterThan(few);
  });

  it('stays within the grid range ±4', () => {
    expect(refinedDifficulty(-4, { correct: 10_000, attempts: 10_000 })).toBe(-4);
    expect(refinedDifficulty(4, { correct: 0, attempts: 10_000 })).toBe(4);
  });

  it('rejects impossible histories', () => {
    expect(() => refinedDifficulty(0, { correct: 3, attempts: 2 })).toThrow(/correct ≤ attempts/);
    expect(() => refinedDifficulty(0, { correct: -1, attempts: 2 })).toThrow(RangeError);
    expect(() => refinedDifficulty(0, { correct: 1.5, attempts: 2 })).toThrow(RangeError);
  });
});
