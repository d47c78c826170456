import { describe, expect, it } from 'vitest';
import { isReviewTask, mockExamHours, mockExamsForWeek, objectiveRange, reviewLoadTask, weekTasks, shownWeekTask } from './plan-tasks';

describe('mock exams', () => {
  it('last as long as the real exam', () => {
    expect(mockExamHours('cissp')).toBe(3);
    expect(mockExamHours('cc')).toBe(2);
  });

  it('fit one per week with room for it, two with five times the room', () => {
    expect(mockExamsForWeek('cissp', 2.5)).toBe(0);
    expect(mockExamsForWeek('cissp', 3)).toBe(1);
    expect(mockExamsForWeek('cissp', 14.9)).toBe(1);
    expect(mockExamsForWeek('cissp', 15)).toBe(2);
    expect(mockExamsForWeek('cc', 10)).toBe(2);
  });
});

describe('objectiveRange', () => {
  it('names the objectives a slice of the domain covers', () => {
    expect(objectiveRange('cissp', { domain: 3, from: 0, to: 0.5 })).toBe('objectives 3.1–3.5');
    expect(objectiveRange('cissp', { domain: 3, from: 0.5, to: 1 })).toBe('objectives 3.6–3.10');
    expect(objectiveRange('cissp', { domain: 4, from: 0.4, to: 0.6 })).toBe('objective 4.2');
    expect(objectiveRange('cissp', { domain: 9, from: 0, to: 1 })).toBe('all objectives');
  });
});

describe('weekTasks', () => {
  const base = { exam: 'cissp' as const, hours: 12, studyDays: 6, focus: [], drillDomains: [4, 7], mockExams: 0 };

  it('writes first-pass sets with question counts and objectives', () => {
    const tasks = weekTasks({
      ...base,
      phase: 'first-pass',
      domainHours: { 3: 10, 1: 2 },
      focus: [{ domain: 3, from: 0, to: 0.5, ofWeek: 1 }],
    });
    // 10 h × 0.8 (the rest is review) = 8 h; half of it questions at 30 an hour = 120.
    expect(tasks).toEqual(['Domain 3 set: 120 questions, objectives 3.1–3.5 (≈ 8 h with reading)', 'Review due cards (≈ 16 per day)']);
  });

  it('writes reinforcement drills for the focus domains', () => {
    const tasks = weekTasks({ ...base, phase: 'reinforcement', domainHours: { 4: 5, 7: 5, 1: 2 } });
    expect(tasks[0]).toBe('Domain 4 drill: 120 questions, missed and unseen first (≈ 4 h)');
    expect(tasks).toHaveLength(3);
  });

  it('puts a full mock exam, its review and drills in a final week', () => {
    const tasks = weekTasks({ ...base, phase: 'final-review', domainHours: { 1: 12 }, mockExams: 1 });
    expect(tasks.slice(0, 3)).toEqual([
      'Full mock exam (CAT, 3 h)',
      'Go through each mock’s wrong answers by domain (≈ 1.5 h per mock)',
      'Domain 4 drill: 75 questions on missed objectives',
    ]);
  });

  it('falls back to a timed mini mock when the week is too short', () => {
    const tasks = weekTasks({ ...base, phase: 'final-review', hours: 2, studyDays: 1, domainHours: { 1: 2 } });
    expect(tasks[0]).toBe('Timed mini mock: 75 questions in 90 min (the week is too short for a full 3 h mock)');
  });

  it('says so when a week has no hours left', () => {
    expect(weekTasks({ ...base, phase: 'first-pass', hours: 0, domainHours: {} })).toEqual(['No study days left in this week.']);
  });
});

describe('reviewLoadTask', () => {
  it('says what is due now and what comes due each day, in place of the plan’s rate', () => {
    expect(reviewLoadTask(1551, 30.4)).toBe('Review due cards: 1,551 due now; about 30 more come due each day');
    expect(reviewLoadTask(0, 0.2)).toBe('Review due cards: none due now; hardly any more come due each day');
    expect(reviewLoadTask(1, 1)).toBe('Review due cards: 1 due now; about 1 more comes due each day');
  });

  it('shows the stored review task with what is due, once that is known, and every other task as stored', () => {
    const load = { dueNow: 12, comingPerDay: 3.4 };
    expect(shownWeekTask('Review due cards (≈ 19 per day)', load)).toBe('Review due cards: 12 due now; about 3 more come due each day');
    expect(shownWeekTask('Review due cards (≈ 19 per day)', undefined)).toBe('Review due cards (≈ 19 per day)');
    expect(shownWeekTask('Domain 7 drill: 100 questions', load)).toBe('Domain 7 drill: 100 questions');
  });

  it('recognises the stored review task it replaces, and nothing else', () => {
    expect(isReviewTask('Review due cards (≈ 19 per day)')).toBe(true);
    expect(isReviewTask('Domain 7 drill: 100 questions, missed and unseen first (≈ 3 h)')).toBe(false);
  });
});
