import { describe, expect, it } from 'vitest';
import { assignmentProgress, daysUntil, isComplete, isOverdue, reportEntry } from './assignment-progress';
import { calendarDayOf } from '../calendar-day';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute));
const input = {
  questionKeys: ['a', 'b', 'c', 'gone'],
  available: new Set(['a', 'b', 'c']),
  domainOf: new Map([
    ['a', 1],
    ['b', 1],
    ['c', 2],
  ]),
};

describe('assignmentProgress', () => {
  it('counts each question once, by its first answer; sums every answer time; ignores other questions', () => {
    const p = assignmentProgress({
      ...input,
      answers: [
        { questionKey: 'a', answeredAt: at(5), correct: true, responseMs: 4000 }, // a retry, after the first
        { questionKey: 'a', answeredAt: at(1), correct: false, responseMs: 9000 },
        { questionKey: 'c', answeredAt: at(2), correct: true, responseMs: 3000 },
        { questionKey: 'zzz', answeredAt: at(3), correct: true, responseMs: 1000 },
      ],
    });
    expect(p).toMatchObject({ total: 4, missing: 1, done: 2, correct: 1, accuracy: 0.5, timeSpentMs: 16_000, lastAnsweredAt: at(5) });
    expect(p.remainingKeys).toEqual(['b']);
    expect(p.byDomain).toEqual([
      { domain: 1, done: 1, correct: 0 },
      { domain: 2, done: 1, correct: 1 },
    ]);
    expect(p.history.map((h) => h.questionKey)).toEqual(['a', 'c', 'a']);
    expect(isComplete(p)).toBe(false);
  });

  it('has no accuracy before any answer, and is complete when only missing questions are left', () => {
    expect(assignmentProgress({ ...input, answers: [] })).toMatchObject({ done: 0, accuracy: null, lastAnsweredAt: null });
    const answers = ['a', 'b', 'c'].map((k, i) => ({ questionKey: k, answeredAt: at(i), correct: true, responseMs: 1 }));
    const p = assignmentProgress({ ...input, answers });
    expect(isComplete(p)).toBe(true);
    const entry = reportEntry({ id: 'a-1234', title: 'T', exam: 'cissp', dueDate: '2026-03-15' }, p, false);
    expect(entry).toEqual({
      assignmentId: 'a-1234',
      title: 'T',
      exam: 'cissp',
      dueDate: '2026-03-15',
      total: 4,
      missing: 1,
      done: 3,
      correct: 3,
      timeSpentMs: 3,
      lastAnsweredAt: at(2).toISOString(),
      byDomain: [
        { domain: 1, done: 2, correct: 2 },
        { domain: 2, done: 1, correct: 1 },
      ],
    });
    expect(reportEntry({ id: 'a-1234', title: 'T', exam: 'cissp', dueDate: '2026-03-15' }, p, true).history).toHaveLength(3);
  });
});

describe('due dates', () => {
  const now = new Date(2026, 2, 10, 23, 30); // local time, late evening
  it('counts calendar days in local time', () => {
    expect(calendarDayOf(now)).toBe('2026-03-10');
    expect(daysUntil('2026-03-10', now)).toBe(0);
    expect(daysUntil('2026-03-13', now)).toBe(3);
    expect(daysUntil('2026-03-08', now)).toBe(-2);
    const early = new Date(now);
    early.setFullYear(60);
    expect(daysUntil('0060-03-13', early)).toBe(3);
  });
  it('is overdue from the day after the due date, while unfinished', () => {
    expect(isOverdue('2026-03-10', 1, 4, now)).toBe(false);
    expect(isOverdue('2026-03-09', 1, 4, now)).toBe(true);
    expect(isOverdue('2026-03-09', 4, 4, now)).toBe(false);
  });
});
