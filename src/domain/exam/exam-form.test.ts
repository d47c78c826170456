import { describe, expect, it } from 'vitest';
import { cisspBlueprint } from '../exam-blueprints';
import { assertValidForm, DEFAULT_CUT_THETA, formFor } from './exam-form';

const shape = (exam: 'cissp' | 'cc', variant: 'cat' | 'linear' | 'short') => {
  const { kind, minItems, maxItems, pretestItems, minutes, confidenceStop } = formFor(exam, variant);
  return { kind, minItems, maxItems, pretestItems, minutes, confidenceStop };
};

describe('formFor', () => {
  it('builds the CISSP CAT: 100–150 items, 180 minutes, 25 pretest', () => {
    expect(shape('cissp', 'cat')).toEqual({
      kind: 'cat',
      minItems: 100,
      maxItems: 150,
      pretestItems: 25,
      minutes: 180,
      confidenceStop: true,
    });
  });

  it('builds the CC CAT (100–125 items, 120 minutes) and the CC linear form (exactly 100)', () => {
    expect(shape('cc', 'cat')).toEqual({ kind: 'cat', minItems: 100, maxItems: 125, pretestItems: 25, minutes: 120, confidenceStop: true });
    expect(shape('cc', 'linear')).toEqual({
      kind: 'linear',
      minItems: 100,
      maxItems: 100,
      pretestItems: 25,
      minutes: 120,
      confidenceStop: false,
    });
  });

  it('builds the short practice exam for either exam: 25 items, 30 minutes, 5 pretest, no early stop', () => {
    for (const exam of ['cissp', 'cc'] as const) {
      expect(shape(exam, 'short')).toEqual({
        kind: 'cat',
        minItems: 25,
        maxItems: 25,
        pretestItems: 5,
        minutes: 30,
        confidenceStop: false,
      });
    }
  });

  it('takes the domain weights from the blueprint and the default cut', () => {
    const form = formFor('cissp', 'cat');
    expect(form.domainWeights).toEqual({ 1: 0.16, 2: 0.1, 3: 0.13, 4: 0.13, 5: 0.13, 6: 0.12, 7: 0.13, 8: 0.1 });
    expect(form.cutTheta).toBe(DEFAULT_CUT_THETA);
    expect(formFor('cc', 'cat', undefined, 0.4).cutTheta).toBe(0.4);
  });

  it('refuses a form the exam does not have, or a blueprint for another exam', () => {
    expect(() => formFor('cissp', 'linear')).toThrow(/CISSP has no linear exam form/);
    expect(() => formFor('cc', 'cat', cisspBlueprint)).toThrow(/not for exam 'cc'/);
  });
});

describe('assertValidForm', () => {
  it('accepts every built-in form', () => {
    for (const [exam, variant] of [
      ['cissp', 'cat'],
      ['cissp', 'short'],
      ['cc', 'cat'],
      ['cc', 'linear'],
      ['cc', 'short'],
    ] as const) {
      expect(() => assertValidForm(formFor(exam, variant))).not.toThrow();
    }
  });

  it('lists what is wrong with a hand-built form', () => {
    const broken = { ...formFor('cc', 'cat'), maxItems: 50, pretestItems: 100, domainWeights: { 1: -1 } };
    expect(() => assertValidForm(broken)).toThrow(/maxItems must be ≥ minItems.*pretestItems.*domainWeights/);
  });
});
