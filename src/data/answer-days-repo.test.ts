import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countAnswerOnDay, loadAnswerSumsBefore, writeAnswerDays } from './answer-days-repo';
import { BastionDb, setDatabase } from './db';
import { tallyLogs } from '../domain/progress/answer-days';

let database: BastionDb;
let n = 0;

beforeEach(() => {
  database = new BastionDb(`answer-days-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

const answer = (day: string, questionKey: string, correct: boolean) => ({ review: new Date(`${day}T12:00:00`), questionKey, correct });

describe('loadAnswerSumsBefore', () => {
  it('sums every answer before the day, keeps the sums while only later days change, and reads again when an earlier one does', async () => {
    await database.transaction('rw', database.answerDays, () =>
      writeAnswerDays(
        database,
        tallyLogs([answer('2026-01-05', 'q1', true), answer('2026-01-06', 'q1', false), answer('2026-03-01', 'q2', true)]),
      ),
    );
    const first = await loadAnswerSumsBefore('2026-02-01');
    expect(first).toEqual(new Map([['q1', { attempts: 2, correct: 1 }]]));
    expect(await loadAnswerSumsBefore('2026-02-01')).toBe(first);

    // Today's answers (after the day) leave the sums as they were, without a new read.
    await database.transaction('rw', database.answerDays, () => countAnswerOnDay(answer('2026-03-02', 'q1', true), 1));
    expect(await loadAnswerSumsBefore('2026-02-01')).toBe(first);

    // A change to an earlier day (an undo there, a restored backup) is read again.
    await database.transaction('rw', database.answerDays, () => countAnswerOnDay(answer('2026-01-07', 'q3', true), 1));
    const again = await loadAnswerSumsBefore('2026-02-01');
    expect(again).not.toBe(first);
    expect(again.get('q3')).toEqual({ attempts: 1, correct: 1 });
    await database.answerDays.clear();
    expect(await loadAnswerSumsBefore('2026-02-01')).toEqual(new Map());
  });

  it('reads afresh for another boundary day', async () => {
    await database.transaction('rw', database.answerDays, () => writeAnswerDays(database, tallyLogs([answer('2026-01-05', 'q1', true)])));
    expect((await loadAnswerSumsBefore('2026-01-05')).size).toBe(0);
    expect((await loadAnswerSumsBefore('2026-01-06')).get('q1')).toEqual({ attempts: 1, correct: 1 });
  });
});
