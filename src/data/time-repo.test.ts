import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarDayOf } from '../domain/calendar-day';
import { BastionDb, setDatabase } from './db';
import { addManualEntry } from './time-repo';

let database: BastionDb;
let n = 0;

beforeEach(() => {
  database = new BastionDb(`time-repo-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

describe('manual study time', () => {
  it('says in plain words that nothing was saved when storage refuses the entry', async () => {
    const entry = { date: calendarDayOf(new Date()), minutes: 45, domain: 1, exam: 'cissp' as const, source: 'reading' as const, note: '' };
    await addManualEntry(entry);
    database.close();
    await expect(addManualEntry(entry)).rejects.toThrow("this browser's storage did not take the change. Nothing was changed.");
  });
});
