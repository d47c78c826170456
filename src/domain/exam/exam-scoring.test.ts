import { describe, expect, it } from 'vitest';
import { seededRng } from '../study/random';
import { startExam, type ExamState } from './cat-engine';
import { syntheticPool } from './cat-simulation';
import { formFor } from './exam-form';
import { domainProficiency, scaledInterval, scaledScore } from './exam-scoring';

describe('scaledScore', () => {
  it('puts the cut at 700 and moves 100 points per logit', () => {
    expect(scaledScore(0, 0)).toBe(700);
    expect(scaledScore(1, 0)).toBe(800);
    expect(scaledScore(-1.5, 0)).toBe(550);
    expect(scaledScore(0.29, 0)).toBe(729);
    expect(scaledScore(1.2, 0.7)).toBe(750);
  });

  it('never shows 700 for a θ below the cut', () => {
    expect(scaledScore(-0.004, 0)).toBe(699);
    expect(scaledScore(0.004, 0)).toBe(700);
  });

  it('clamps to 0–1000', () => {
    expect(scaledScore(3.5, 0)).toBe(1000);
    expect(scaledScore(-8, 0)).toBe(0);
  });

  it('maps the ends of the 95% interval the same way', () => {
    expect(scaledInterval(0, 0.2, 0)).toEqual({ score: 700, low: 660, high: 739 });
    expect(scaledInterval(2.8, 0.5, 0)).toEqual({ score: 980, low: 882, high: 1000 });
  });
});

describe('domainProficiency', () => {
  const form = formFor('cc', 'cat');
  const pool = syntheticPool(form.domainWeights, 600);
  const start = startExam(form, pool, seededRng(1), new Date('2026-03-02T09:00:00Z'));

  /** 20 scored answers in each of domains 1–3: domain 1 all right, 2 all wrong, 3 alternating. */
  const state: ExamState = {
    ...start,
    answered: [1, 2, 3].flatMap((domain) =>
      pool
        .filter((item) => item.domain === domain && Math.abs(item.b) < 0.5)
        .slice(0, 20)
        .map((item, i) => ({ ...item, scored: true, correct: domain === 1 || (domain === 3 && i % 2 === 0), answeredAt: start.startedAt })),
    ),
  };

  it('labels each domain above, near or below proficiency from its own answers', () => {
    const feedback = domainProficiency(state);
    expect(feedback.map((d) => [d.domain, d.items, d.label])).toEqual([
      [1, 20, 'above'],
      [2, 20, 'below'],
      [3, 20, 'near'],
      [4, 0, 'near'],
      [5, 0, 'near'],
    ]);
  });

  it('ignores unscored pretest answers', () => {
    const allPretest = { ...state, answered: state.answered.map((item) => ({ ...item, scored: false })) };
    expect(domainProficiency(allPretest).every((d) => d.items === 0 && d.label === 'near')).toBe(true);
  });

  it('calls a domain near when θ is within one SE of the cut', () => {
    const feedback = domainProficiency({ ...state, form: { ...form, cutTheta: 2.5 } });
    const domain1 = feedback[0]!;
    expect(domain1.theta + domain1.se).toBeGreaterThan(2.5);
    expect(domain1.label).toBe(domain1.theta - domain1.se > 2.5 ? 'above' : 'near');
  });
});
