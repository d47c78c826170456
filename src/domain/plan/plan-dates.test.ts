import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, countWeekdays, dayNumber, daysBetween, fromDayNumber, mondayOf, weekday } from './plan-dates';

describe('plan dates', () => {
  it('counts days only from real yyyy-mm-dd dates, years 0–99 included', () => {
    expect(() => dayNumber('04/03/2026')).toThrow('is not a calendar date written yyyy-mm-dd');
    expect(() => dayNumber('2026-02-29')).toThrow('is not a calendar date written yyyy-mm-dd');
    expect(fromDayNumber(dayNumber('0026-03-04'))).toBe('0026-03-04');
    expect(addMonths('0004-01-31', 1)).toBe('0004-02-29');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-03-04', '2026-08-04')).toBe(153);
    expect(fromDayNumber(0)).toBe('1970-01-01');
  });

  it('is not moved by daylight-saving changes (last Sunday of March, first Sunday of November)', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-31', 2)).toBe('2026-11-02');
  });

  it('adds months keeping the day or the month’s last day', () => {
    expect(addMonths('2026-03-04', 5)).toBe('2026-08-04');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-10-15', 4)).toBe('2027-02-15');
  });

  it('knows weekdays and ISO week Mondays', () => {
    expect(weekday('2026-03-04')).toBe(3); // Wednesday
    expect(weekday('2026-03-08')).toBe(0); // Sunday
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
  });

  it('counts study days like a day-by-day walk', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20000, max: 21000 }),
        fc.integer({ min: -3, max: 60 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
        (first, span, days) => {
          const from = fromDayNumber(first);
          const to = fromDayNumber(first + span);
          let walked = 0;
          for (let d = 0; d <= span; d++) if (days.includes(weekday(addDays(from, d)))) walked++;
          expect(countWeekdays(from, to, days)).toBe(walked);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});
