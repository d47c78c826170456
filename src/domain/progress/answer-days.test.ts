import { describe, expect, it } from 'vitest';
import { inTimeZone } from '../../../tests/fixtures/time-zone';
import { localMidnight } from '../plan/plan-dates';
import { answerDayOf, firstDayOfWindow, sumByQuestion, tallies, tallyColumns, tallyLogs, withAnswer, type AnswerDay } from './answer-days';

const D = '2026-03-01';
const add = (day: AnswerDay | null | undefined, key: string, correct: boolean, delta: 1 | -1 = 1) =>
  withAnswer(day ?? undefined, D, key, correct, delta);

describe('withAnswer', () => {
  it('adds answers per question and takes one back, dropping a question that reaches zero', () => {
    const day = add(add(add(null, 'q1', true), 'q1', false), 'q2', false);
    expect(tallies(day!)).toEqual(
      new Map([
        ['q1', [2, 1]],
        ['q2', [1, 0]],
      ]),
    );
    expect(tallies(add(day, 'q1', false, -1)!)).toEqual(
      new Map([
        ['q1', [1, 1]],
        ['q2', [1, 0]],
      ]),
    );
    expect(tallies(add(day, 'q2', false, -1)!)).toEqual(new Map([['q1', [2, 1]]]));
    expect(add(add(null, 'q1', true), 'q1', true, -1)).toBeNull();
  });

  it('never mutates its input, and never goes below zero or above the answers', () => {
    const day = add(null, 'q1', true)!;
    const copy = { ...day, counts: day.counts.slice() };
    expect(tallies(add(day, 'q9', true, -1)!)).toEqual(new Map([['q1', [1, 1]]]));
    expect(tallies(add(day, 'q1', true)!)).toEqual(new Map([['q1', [2, 2]]]));
    expect(day).toEqual(copy);
  });
});

describe('tallyLogs', () => {
  it('groups logs by local calendar day and question (a log without `correct` is an answer, not a right one)', () => {
    const days = tallyLogs([
      { review: new Date(2026, 2, 10, 0, 0), questionKey: 'a', correct: true },
      { review: new Date(2026, 2, 10, 23, 59), questionKey: 'a', correct: false },
      { review: new Date(2026, 2, 11, 0, 0), questionKey: 'b', correct: true },
      { review: new Date(2026, 2, 11, 8, 0), questionKey: 'b' },
    ]);
    expect(days.map((d) => [d.day, tallies(d)])).toEqual([
      ['2026-03-10', new Map([['a', [2, 1]]])],
      ['2026-03-11', new Map([['b', [2, 1]]])],
    ]);
    expect(sumByQuestion(days)).toEqual(
      new Map([
        ['a', { attempts: 2, correct: 1 }],
        ['b', { attempts: 2, correct: 1 }],
      ]),
    );
  });

  it('gives the same tallies as adding the answers one by one', () => {
    const logs = Array.from({ length: 200 }, (_, i) => ({
      review: new Date(2026, 0, 1 + (i % 9), i % 24),
      questionKey: `q${i % 13}`,
      correct: i % 3 !== 0,
    }));
    const oneByOne = new Map<string, AnswerDay | null>();
    for (const log of logs) {
      const day = answerDayOf(log.review);
      oneByOne.set(day, withAnswer(oneByOne.get(day) ?? undefined, day, log.questionKey, log.correct, 1));
    }
    const asMaps = (days: (AnswerDay | null)[]) => days.map((d) => [d!.day, tallies(d!)]);
    expect(asMaps(tallyLogs(logs))).toEqual(asMaps([...oneByOne.values()]));
  });
});

describe('days', () => {
  it('the last 30 days are today and the 29 days before, across a month end', () => {
    expect(firstDayOfWindow(new Date(2026, 10, 22, 15), 30)).toBe('2026-10-24');
    expect(firstDayOfWindow(new Date(2026, 2, 1, 0, 0), 1)).toBe('2026-03-01');
    expect(localMidnight('2026-03-01')).toEqual(new Date(2026, 2, 1));
  });

  describe('across a daylight-saving change (Europe/Berlin, 29 March 2026)', () => {
    inTimeZone('Europe/Berlin');

    it('keeps each answer on its local day and each day starting at local midnight', () => {
      expect(new Date(2026, 2, 28, 22).getTimezoneOffset()).toBe(-60);
      expect(answerDayOf(new Date(2026, 2, 29, 23, 30))).toBe('2026-03-29');
      expect(answerDayOf(new Date(2026, 2, 30, 0, 30))).toBe('2026-03-30');
      expect(localMidnight('2026-03-30').getHours()).toBe(0);
      expect(firstDayOfWindow(new Date(2026, 2, 31, 12), 3)).toBe('2026-03-29');
    });

    it('tallies answers across both changes of the year on their local days, in order or not', () => {
      const perLog = (times: number[]) => {
        const days = new Map<string, number>();
        for (const at of times) days.set(answerDayOf(new Date(at)), (days.get(answerDayOf(new Date(at))) ?? 0) + 1);
        return days;
      };
      const counted = (days: AnswerDay[]) => new Map(days.map((d) => [d.day, d.counts[0]!]));
      for (const [year, month, day] of [
        [2026, 2, 28],
        [2026, 9, 24],
      ] as const) {
        // An answer every 17 minutes for three days around the change, then the same shuffled.
        const start = new Date(year, month, day, 0, 5).getTime();
        const times = Array.from({ length: 3 * 85 }, (_, i) => start + i * 17 * 60_000);
        const shuffled = times.map((t, i) => times[(i * 97) % times.length]!);
        for (const list of [times, shuffled]) {
          const days = tallyColumns(
            list,
            list.map(() => 'q'),
            list.map(() => true),
          );
          expect(counted(days)).toEqual(perLog(list));
          expect(days.map((d) => [d.day, tallies(d)])).toEqual(
            tallyLogs(list.map((t) => ({ review: new Date(t), questionKey: 'q', correct: true }))).map((d) => [d.day, tallies(d)]),
          );
        }
      }
    });
  });

  it('tallies answers of years 0–99 on their own days', () => {
    const early = new Date(0);
    early.setFullYear(50, 5, 1);
    early.setHours(23, 0, 0, 0);
    const times = [early.getTime(), early.getTime() + 30 * 60_000, early.getTime() + 90 * 60_000];
    const days = tallyColumns(times, ['a', 'a', 'b'], [true, false, true]);
    expect(days.map((d) => [d.day, tallies(d)])).toEqual([
      ['0050-06-01', new Map([['a', [2, 1]]])],
      ['0050-06-02', new Map([['b', [1, 1]]])],
    ]);
  });
});
