import { describe, expect, it } from 'vitest';
import { backgrounds, budgetFit, expectedHours } from './study-need';

describe('expectedHours', () => {
  it('gives the CISSP ranges from exam-facts.md', () => {
    expect(expectedHours('cissp', 'new-to-security')).toMatchObject({ low: 300, high: 390 });
    expect(expectedHours('cissp', 'from-it')).toMatchObject({ low: 150, high: 250 });
    expect(expectedHours('cissp', 'experienced')).toMatchObject({ low: 100, high: 170 });
    expect(expectedHours('cissp', 'experienced').source).toMatch(/Destination Certification.*derived/);
  });

  it('derives the CC ranges from 4–8 weeks at 10–15 h a week, and says so', () => {
    for (const background of backgrounds) {
      const need = expectedHours('cc', background);
      expect(need.low).toBeGreaterThanOrEqual(4 * 10);
      expect(need.high).toBeLessThanOrEqual(8 * 15);
      expect(need.source).toMatch(/^Derived: CC typically takes 4–8 weeks/);
    }
    expect(expectedHours('cc', 'new-to-security')).toMatchObject({ low: 60, high: 120 });
  });

  it('asks less of more experienced learners, for both exams', () => {
    for (const exam of ['cissp', 'cc'] as const) {
      const [novice, it_, expert] = backgrounds.map((b) => expectedHours(exam, b));
      expect(novice!.low).toBeGreaterThan(it_!.low);
      expect(it_!.high).toBeGreaterThan(expert!.high);
      for (const need of [novice!, it_!, expert!]) expect(need.low).toBeLessThan(need.high);
    }
  });
});

describe('budgetFit', () => {
  const need = expectedHours('cissp', 'from-it');

  it('is short below the range and says by how much', () => {
    expect(budgetFit(120, need)).toEqual({
      fit: 'short',
      message:
        'Your plan gives about 120 h; people with your background usually need 150–250 h. That is about 30 h short: add hours per week or move the exam date later.',
    });
  });

  it('fits inside the range, ends included', () => {
    expect(budgetFit(150, need).fit).toBe('fits');
    expect(budgetFit(250, need).fit).toBe('fits');
    expect(budgetFit(200, need).message).toBe('Your plan gives about 200 h, within the usual 150–250 h for your background.');
  });

  it('is generous above the range', () => {
    const verdict = budgetFit(262, need);
    expect(verdict.fit).toBe('generous');
    expect(verdict.message).toMatch(/^Your plan gives about 262 h, more than the usual 150–250 h/);
    expect(verdict.message).toMatch(/you could also sit the exam sooner\.$/);
  });

  it('does not suggest sitting sooner to a learner behind the plan', () => {
    const verdict = budgetFit(262, need, true);
    expect(verdict.fit).toBe('generous');
    expect(verdict.message).not.toMatch(/you could also sit the exam sooner/);
    expect(verdict.message).toMatch(/you are behind the plan: keep your exam date rather than sitting sooner\.$/);
  });
});
