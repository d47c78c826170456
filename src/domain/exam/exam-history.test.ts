import { describe, expect, it } from 'vitest';
import { endedExam } from '../../../tests/fixtures/ended-exams';
import { checkTime } from './cat-engine';
import { examFormName, examHistory, examHistoryEntry } from './exam-history';
import { scaledInterval } from './exam-scoring';

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9));

describe('examHistoryEntry', () => {
  it('reads a passed short exam as the result page does: outcome, scaled score with interval, items, minutes', () => {
    const exam = endedExam({ id: 'exam-a', startedAt: day(1), correct: () => true });
    const entry = examHistoryEntry(exam);
    expect(entry).toMatchObject({ id: 'exam-a', exam: 'cissp', variant: 'short', outcome: 'pass', items: 25, minutes: 25 });
    expect(entry.endedAt).toEqual(exam.endedAt);
    expect(entry.scaled).toEqual(scaledInterval(exam.engine.theta, exam.engine.se, exam.engine.form.cutTheta));
    expect(entry.scaled!.low).toBeLessThan(entry.scaled!.score);
    expect(entry.scaled!.score).toBeGreaterThan(700);
  });

  it('says fail below the line, and "unfinished" for an exam stored ended with no result (as the result page does)', () => {
    expect(examHistoryEntry(endedExam({ id: 'b', startedAt: day(1), correct: () => false })).outcome).toBe('fail');
    const ended = endedExam({ id: 'c', startedAt: day(1), correct: () => true });
    expect(examHistoryEntry({ ...ended, engine: { ...ended.engine, result: null } })).toMatchObject({ outcome: 'unfinished', items: 25 });
  });

  it('counts the minutes the exam ran, the time that ran out included, up to the limit', () => {
    const started = day(1);
    const ended = endedExam({ id: 'd', startedAt: started, correct: () => true });
    // Three answers, then the learner left; they came back three hours later, after the 30-minute limit.
    const backAt = new Date(started.getTime() + 180 * 60_000);
    const engine = checkTime({ ...ended.engine, answered: ended.engine.answered.slice(0, 3), result: null }, backAt);
    const entry = examHistoryEntry({ ...ended, engine, answers: ended.answers.slice(0, 3), endedAt: backAt });
    expect(entry).toMatchObject({ outcome: 'fail', items: 3, minutes: 30 });
  });

  it('gives no score to an exam ended before the form’s minimum number of items', () => {
    const ended = endedExam({ id: 'e', startedAt: day(1), correct: () => true });
    const early = { ...ended.engine, answered: ended.engine.answered.slice(0, 4), result: null };
    expect(examHistoryEntry({ ...ended, engine: early, answers: ended.answers.slice(0, 4) })).toMatchObject({
      outcome: 'unfinished',
      items: 4,
      scaled: null,
    });
  });
});

describe('examHistory', () => {
  it('lists every exam newest first, the later id first on a tie', () => {
    const older = endedExam({ id: 'exam-1', startedAt: day(1), correct: (i) => i % 2 === 0 });
    const newer = endedExam({ id: 'exam-2', startedAt: day(5), correct: () => true });
    const tie = { ...older, id: 'exam-0' };
    expect(examHistory([older, newer, tie]).map((e) => e.id)).toEqual(['exam-2', 'exam-1', 'exam-0']);
    expect(examHistory([])).toEqual([]);
  });
});

describe('examFormName', () => {
  it('names each form the app offers', () => {
    expect(examFormName('cissp', 'cat')).toBe('CISSP CAT');
    expect(examFormName('cissp', 'short')).toBe('CISSP short practice');
    expect(examFormName('cc', 'linear')).toBe('CC linear');
    expect(examFormName('cc', 'cat')).toBe('CC CAT');
  });
});
