import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPlanInput } from '../domain/plan/plan-input';
import { BastionDb, setDatabase } from './db';
import { createPlan, replanActive, weekActuals } from './plan-repo';
import { addActiveMinutes, addManualEntry, manualEntryProblems } from './time-repo';

let database: BastionDb;
let n = 0;
const now = new Date(2026, 2, 4, 10, 0, 0); // Wednesday 4 March 2026, local time

beforeEach(async () => {
  database = new BastionDb(`plan-repo-${++n}`);
  setDatabase(database);
  await database.open();
});
afterEach(async () => {
  await database.delete();
});

describe('study time', () => {
  it('adds automatic minutes to one row per day and source', async () => {
    await addActiveMinutes('practice', 'cissp', 3, now);
    await addActiveMinutes('practice', 'cissp', 2.5, new Date(now.getTime() + 3_600_000));
    await addActiveMinutes('review', 'cissp', 1, now);
    const rows = await database.studyTime.toArray();
    expect(rows.map((r) => [r.source, r.minutes])).toEqual([
      ['practice', 5.5],
      ['review', 1],
    ]);
  });

  it('rejects a manual entry with a clear message and writes nothing', async () => {
    const bad = { date: '2026-03-04', minutes: 0, domain: 9, exam: 'cissp' as const, source: 'reading' as const, note: '' };
    expect(manualEntryProblems(bad)).toEqual(['Minutes must be between 1 and 1440.', 'Choose a domain, or “all domains”.']);
    await expect(addManualEntry(bad)).rejects.toThrow(/Minutes must be between/);
    expect(await database.studyTime.count()).toBe(0);
  });

  it('refuses time logged on a day after today, and writes nothing', async () => {
    const future = { date: '2026-03-05', minutes: 30, domain: 0, exam: 'cissp' as const, source: 'reading' as const, note: '' };
    expect(manualEntryProblems(future, '2026-03-04')).toEqual(['The date is after today; log time on or before the day you studied.']);
    expect(manualEntryProblems(future, '2026-03-05')).toEqual([]);
    await expect(addManualEntry({ ...future, date: '2999-05-05' })).rejects.toThrow('The date is after today');
    expect(await database.studyTime.count()).toBe(0);
  });
});

describe('plans', () => {
  it('creates an active plan, re-plans from logged time and keeps the old plan in history', async () => {
    const plan = await createPlan(defaultPlanInput('cissp', now), now);
    expect((await database.plans.get(plan.id))?.status).toBe('active');
    await addManualEntry({ date: '2026-03-05', minutes: 120, domain: 3, exam: 'cissp', source: 'reading', note: '' });
    await addActiveMinutes('practice', 'cissp', 60, new Date(2026, 2, 6, 9));
    const actual = weekActuals(plan, await database.studyTime.toArray());
    expect(actual[0]?.hours).toBeCloseTo(3);
    expect(actual[0]?.domainHours[3]).toBeGreaterThan(2); // 2 h logged to D3 plus its share of the hour of practice
    expect(Object.values(actual[0]!.domainHours).reduce((a, b) => a + b, 0)).toBeCloseTo(3);

    const later = new Date(2026, 2, 20, 10);
    const next = await replanActive(later);
    expect(next?.basedOn).toBe(plan.id);
    const rows = await database.plans.toArray();
    expect(rows.map((r) => r.status).sort()).toEqual(['active', 'archived']);
    expect(next!.weeks[0]).toMatchObject({ status: 'done' });
    expect(next!.weeks[0]!.hours).toBeCloseTo(3);
  });

  it('refuses a plan whose exam date has passed, and a re-plan after the exam date, changing nothing', async () => {
    const past = { ...defaultPlanInput('cissp', now), startDate: '2020-01-06', examDate: '2020-06-01' };
    await expect(createPlan(past, now)).rejects.toThrow('The exam date has already passed; pick an exam date after today.');
    expect(await database.plans.count()).toBe(0);

    const plan = await createPlan(defaultPlanInput('cissp', now), now);
    const afterExam = new Date(2026, 7, 5, 10); // the day after the default exam date, 4 August 2026
    await expect(replanActive(afterExam)).rejects.toThrow(/The exam date of this plan has passed.*set a new exam date/);
    expect((await database.plans.toArray()).map((r) => [r.id, r.status])).toEqual([[plan.id, 'active']]);

    const moved = await replanActive(afterExam, { ...plan.input, examDate: '2026-12-01' });
    expect(moved?.input.examDate).toBe('2026-12-01');
  });
});
