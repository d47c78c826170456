import { describe, expect, it } from 'vitest';
import { inTimeZone } from '../../../tests/fixtures/time-zone';
import { blueprints } from '../exam-blueprints';
import {
  bucketOf,
  burnUpSeries,
  coverageByDomain,
  localDayStart,
  localWeekStart,
  reviewForecast,
  weeklyAccuracy,
  type BurnUpWeekInput,
} from './chart-series';

// Wednesday 4 March 2026, 15:00 local time.
const now = new Date(2026, 2, 4, 15, 0);
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min);

describe('local calendar boundaries', () => {
  it('finds the local midnight of a day and the Monday of its week', () => {
    expect(localDayStart(now)).toEqual(at(2026, 3, 4, 0));
    expect(localDayStart(now, 28)).toEqual(at(2026, 4, 1, 0));
    expect(localWeekStart(now)).toEqual(at(2026, 3, 2, 0));
    expect(localWeekStart(at(2026, 3, 8, 23, 59))).toEqual(at(2026, 3, 2, 0)); // Sunday belongs to the week before
    expect(localWeekStart(at(2026, 3, 9, 0, 0))).toEqual(at(2026, 3, 9, 0));
    expect(localWeekStart(now, -1)).toEqual(at(2026, 2, 23, 0));
  });

  it('bucketOf finds the half-open interval, and -1 outside', () => {
    const bounds = [0, 10, 20, 30];
    expect([-1, 0, 9, 10, 19, 20, 29, 30, 31].map((t) => bucketOf(bounds, t))).toEqual([-1, 0, 0, 1, 1, 2, 2, -1, -1]);
    expect(bucketOf([], 5)).toBe(-1);
    expect(bucketOf([5], 5)).toBe(-1);
  });
});

describe('burnUpSeries', () => {
  const weeks: BurnUpWeekInput[] = [
    { start: '2026-02-23', end: '2026-03-01', plannedHours: 6, actualHours: 5.5 },
    { start: '2026-03-02', end: '2026-03-08', plannedHours: 12, actualHours: 3.25 },
    { start: '2026-03-09', end: '2026-03-15', plannedHours: 12, actualHours: 0 },
    { start: '2026-03-16', end: '2026-03-22', plannedHours: 10.1, actualHours: 2 }, // a future week cannot have hours yet: ignored
  ];

  it('sums planned hours over every week and actual hours up to the current week', () => {
    const s = burnUpSeries(weeks, '2026-03-04');
    expect(s.points.map((p) => p.plannedCumulative)).toEqual([6, 18, 30, 40.1]);
    expect(s.points.map((p) => p.actualCumulative)).toEqual([5.5, 8.75, null, null]);
    expect(s.points.map((p) => p.week)).toEqual([1, 2, 3, 4]);
    expect(s.currentIndex).toBe(1);
    expect(s.doneHours).toBe(8.75);
    expect(s.plannedByThisWeek).toBe(18);
    expect(s.totalPlanned).toBe(40.1);
  });

  it('keeps sums free of floating-point residue', () => {
    const tenths = Array.from({ length: 3 }, (_, i) => ({
      start: `2026-03-0${i + 1}`,
      end: `2026-03-0${i + 1}`,
      plannedHours: 0.1,
      actualHours: 0.2,
    }));
    const s = burnUpSeries(tenths, '2026-03-31');
    expect(s.points.map((p) => p.plannedCumulative)).toEqual([0.1, 0.2, 0.3]);
    expect(s.points.map((p) => p.actualCumulative)).toEqual([0.2, 0.4, 0.6]);
  });

  it('before the plan starts nothing is done or planned yet; after it ends everything counts', () => {
    const before = burnUpSeries(weeks, '2026-02-01');
    expect(before.currentIndex).toBeNull();
    expect(before.points.every((p) => p.actualCumulative === null)).toBe(true);
    expect([before.doneHours, before.plannedByThisWeek]).toEqual([0, 0]);
    const after = burnUpSeries(weeks, '2026-04-30');
    expect(after.currentIndex).toBeNull();
    expect(after.doneHours).toBe(10.75);
    expect(after.plannedByThisWeek).toBe(40.1);
  });

  it('treats negative or non-finite hours as none', () => {
    const s = burnUpSeries([{ start: '2026-03-02', end: '2026-03-08', plannedHours: Number.NaN, actualHours: -3 }], '2026-03-04');
    expect(s.points[0]).toMatchObject({ plannedCumulative: 0, actualCumulative: 0 });
  });
});

describe('coverageByDomain', () => {
  const outline = blueprints.cc.domains;

  it('counts questions seen and objectives touched per domain in outline order', () => {
    const d1 = outline[0]!;
    const [o1, o2] = [d1.objectives[0]!.id, d1.objectives[1]!.id];
    const rows = coverageByDomain(outline, [
      { domain: 1, objective: o1, seen: true },
      { domain: 1, objective: o1, seen: true },
      { domain: 1, objective: o2, seen: false },
      { domain: 1, objective: 'not-in-outline', seen: true },
      { domain: 2, objective: outline[1]!.objectives[0]!.id, seen: false },
      { domain: 99, objective: 'x', seen: true },
    ]);
    expect(rows.map((r) => r.domain)).toEqual(outline.map((d) => d.number));
    expect(rows[0]).toMatchObject({ inBank: 4, seen: 3, objectivesTouched: 1, objectivesTotal: d1.objectives.length, questionShare: 0.75 });
    expect(rows[0]?.objectiveShare).toBeCloseTo(1 / d1.objectives.length);
    expect(rows[1]).toMatchObject({ inBank: 1, seen: 0, objectivesTouched: 0, questionShare: 0, objectiveShare: 0 });
    expect(rows[2]).toMatchObject({ inBank: 0, seen: 0, questionShare: 0 });
  });
});

/** One answer given at `review`. */
const one = (review: Date, correct: boolean) => ({ at: review, answered: 1, correct: correct ? 1 : 0 });

describe('weeklyAccuracy', () => {
  it('buckets answers into local weeks, oldest first, with Wilson intervals and gaps for empty weeks', () => {
    const weeks = weeklyAccuracy(
      [
        one(at(2026, 3, 2, 0, 0), true), // Monday 00:00 opens the current week
        one(at(2026, 3, 4, 9), false),
        one(at(2026, 3, 1, 23, 59), true), // Sunday 23:59 closes the week before
        one(at(2026, 2, 16, 8), true),
        one(at(2026, 2, 15, 8), true), // before the first of the 3 weeks: ignored
        one(at(2026, 3, 9, 0, 0), true), // next week: ignored
      ],
      now,
      3,
    );
    expect(weeks.map((w) => w.start)).toEqual(['2026-02-16', '2026-02-23', '2026-03-02']);
    expect(weeks.map((w) => [w.correct, w.answered])).toEqual([
      [1, 1],
      [1, 1],
      [1, 2],
    ]);
    expect(weeks[2]?.accuracy).toBe(0.5);
    expect(weeks[2]?.low).toBeCloseTo(0.0945, 3);
    expect(weeks[2]?.high).toBeCloseTo(0.9055, 3);
    expect(weeks[0]).toMatchObject({ accuracy: 1, high: 1 });
  });

  it('a week with no answers is a gap (null), not a zero', () => {
    const weeks = weeklyAccuracy([one(at(2026, 2, 24), false)], now, 3);
    expect(weeks.map((w) => w.accuracy)).toEqual([null, 0, null]);
    expect(weeks[0]).toMatchObject({ answered: 0, low: null, high: null });
    expect(weeks[1]).toMatchObject({ answered: 1, low: 0 });
  });
});

describe('reviewForecast', () => {
  it('counts cards per local day from today, overdue ones today, and drops those after the horizon', () => {
    const days = reviewForecast(
      [
        at(2026, 1, 10), // long overdue
        at(2026, 3, 3, 23, 59), // due yesterday
        at(2026, 3, 4, 0, 0), // due at today's midnight
        at(2026, 3, 4, 23, 59), // later today
        at(2026, 3, 5, 0, 0), // tomorrow
        at(2026, 4, 2, 23, 59), // day 29, the last one shown
        at(2026, 4, 3, 0, 0), // day 30: after the horizon
        new Date(Number.NaN),
      ],
      now,
      30,
    );
    expect(days).toHaveLength(30);
    expect(days[0]).toMatchObject({ date: '2026-03-04', due: 4, overdue: 2 });
    expect(days[1]).toMatchObject({ date: '2026-03-05', due: 1, overdue: 0 });
    expect(days[29]).toMatchObject({ date: '2026-04-02', due: 1 });
    expect(days.reduce((s, d) => s + d.due, 0)).toBe(6);
  });

  it('gives nothing for a horizon of no days', () => {
    expect(reviewForecast([at(2026, 1, 1)], now, 0)).toEqual([]);
  });
});

// Days are calendar days: across a daylight-saving change a day is 23 or 25 hours long.
describe('across a daylight-saving change (Europe/Berlin, clocks go forward on 29 March 2026)', () => {
  inTimeZone('Europe/Berlin');

  it('keeps answers and due cards on their local day', () => {
    const saturday = new Date(2026, 2, 28, 22, 0);
    expect(saturday.getTimezoneOffset()).toBe(-60); // the time zone really is in effect
    const days = reviewForecast([new Date(2026, 2, 29, 23, 30), new Date(2026, 2, 30, 0, 30)], saturday, 3);
    expect(days.map((d) => [d.date, d.due])).toEqual([
      ['2026-03-28', 0],
      ['2026-03-29', 1],
      ['2026-03-30', 1],
    ]);
    const weeks = weeklyAccuracy(
      [one(new Date(2026, 2, 29, 23, 30), true), one(new Date(2026, 2, 30, 0, 30), false)],
      new Date(2026, 2, 31, 12),
      2,
    );
    expect(weeks.map((w) => [w.start, w.answered, w.correct])).toEqual([
      ['2026-03-23', 1, 1],
      ['2026-03-30', 1, 0],
    ]);
  });
});

describe('weeklyAccuracy from counts', () => {
  it('adds counted answers (per day and question) like single ones', () => {
    const now = new Date(2026, 2, 4, 10);
    const weeks = weeklyAccuracy(
      [
        { at: new Date(2026, 2, 2), answered: 5, correct: 4 },
        one(new Date(2026, 2, 3, 9), false),
        { at: new Date(2026, 1, 23), answered: 0, correct: 0 },
      ],
      now,
      2,
    );
    expect(weeks.map((w) => [w.start, w.answered, w.correct])).toEqual([
      ['2026-02-23', 0, 0],
      ['2026-03-02', 6, 4],
    ]);
    expect(weeks[0]?.accuracy).toBeNull();
  });
});
