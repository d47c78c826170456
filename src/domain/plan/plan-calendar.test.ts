import { describe, expect, it } from 'vitest';
import { phaseWeekCounts, planCalendar, weekCapacity } from './plan-calendar';
import { defaultPlanInput } from './plan-input';

const input = defaultPlanInput('cissp', new Date(2026, 2, 4, 12));

describe('phaseWeekCounts', () => {
  it('splits about 50 / 30 / 20, with at least two final weeks from four weeks on', () => {
    expect(phaseWeekCounts(22)).toEqual({ firstPass: 11, reinforcement: 7, finalReview: 4 });
    expect(phaseWeekCounts(10)).toEqual({ firstPass: 5, reinforcement: 3, finalReview: 2 });
    expect(phaseWeekCounts(4)).toEqual({ firstPass: 1, reinforcement: 1, finalReview: 2 });
    expect(phaseWeekCounts(3)).toEqual({ firstPass: 1, reinforcement: 1, finalReview: 1 });
    expect(phaseWeekCounts(2)).toEqual({ firstPass: 1, reinforcement: 0, finalReview: 1 });
    expect(phaseWeekCounts(1)).toEqual({ firstPass: 0, reinforcement: 0, finalReview: 1 });
  });

  it('always adds up to the number of weeks', () => {
    for (let n = 0; n <= 110; n++) {
      const c = phaseWeekCounts(n);
      expect(c.firstPass + c.reinforcement + c.finalReview).toBe(n);
    }
  });
});

describe('planCalendar', () => {
  it('runs Monday to Sunday from the start week to the exam week', () => {
    const weeks = planCalendar(input);
    expect(weeks[0]).toMatchObject({ index: 0, start: '2026-03-02', end: '2026-03-08', studyDays: 4 });
    expect(weeks.at(-1)).toMatchObject({ start: '2026-08-03', studyDays: 1 });
  });

  it('leaves out edge weeks without a study day', () => {
    // Sunday start without Sunday study; Monday exam.
    const weeks = planCalendar({ ...input, startDate: '2026-03-08', examDate: '2026-03-23' });
    expect(weeks.map((w) => [w.start, w.studyDays])).toEqual([
      ['2026-03-09', 6],
      ['2026-03-16', 6],
    ]);
  });
});

describe('weekCapacity', () => {
  it('pro-rates the weekly hours by study days from a given day', () => {
    const week = { start: '2026-03-16', end: '2026-03-22' };
    expect(weekCapacity(week, input, input.startDate)).toBe(12);
    expect(weekCapacity(week, input, '2026-03-18')).toBe(8); // Wednesday to Saturday
    expect(weekCapacity(week, input, '2026-03-22')).toBe(0); // Sunday: no study day left
  });
});
