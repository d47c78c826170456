import { describe, expect, it } from 'vitest';
import { calendarDayOf, isCalendarDay, utcMidnight } from './calendar-day';

describe('isCalendarDay', () => {
  it('accepts real yyyy-mm-dd days and refuses anything else', () => {
    expect(isCalendarDay('2026-03-04')).toBe(true);
    expect(isCalendarDay('2026-12-31')).toBe(true);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-04-31')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('2026-00-10')).toBe(false);
    expect(isCalendarDay('2026-01-00')).toBe(false);
    expect(isCalendarDay('2026-3-4')).toBe(false);
    expect(isCalendarDay('04/03/2026')).toBe(false);
    expect(isCalendarDay('2026-03-04T00:00')).toBe(false);
    expect(isCalendarDay('')).toBe(false);
  });

  it('has 29 February only in leap years', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2000-02-29')).toBe(true); // divisible by 400
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('1900-02-29')).toBe(false); // divisible by 100, not 400
    expect(isCalendarDay('2100-02-29')).toBe(false);
  });

  it('reads years 0–99 as themselves, not as 1900–1999', () => {
    expect(isCalendarDay('0026-03-04')).toBe(true);
    expect(isCalendarDay('0000-01-01')).toBe(true);
    expect(isCalendarDay('0099-12-31')).toBe(true);
    // Year 0 and year 4 are leap years (1900 was not); year 26 is not (1926 was not either).
    expect(isCalendarDay('0000-02-29')).toBe(true);
    expect(isCalendarDay('0004-02-29')).toBe(true);
    expect(isCalendarDay('0026-02-29')).toBe(false);
    expect(isCalendarDay('0100-02-29')).toBe(false);
  });
});

describe('utcMidnight', () => {
  it('counts from 1970 like Date.UTC for modern years, and keeps years 0–99', () => {
    expect(utcMidnight(1970, 1, 2)).toBe(86_400_000);
    expect(utcMidnight(2026, 3, 4)).toBe(Date.UTC(2026, 2, 4));
    expect(new Date(utcMidnight(26, 3, 4)).toISOString()).toBe('0026-03-04T00:00:00.000Z');
  });
});

describe('calendarDayOf', () => {
  it('reads today from the local calendar, at either end of the day', () => {
    expect(calendarDayOf(new Date(2026, 2, 4, 0, 5))).toBe('2026-03-04');
    expect(calendarDayOf(new Date(2026, 2, 4, 23, 55))).toBe('2026-03-04');
  });

  it('writes the year with four digits', () => {
    const early = new Date(2026, 0, 5, 12);
    early.setFullYear(26);
    expect(calendarDayOf(early)).toBe('0026-01-05');
  });
});
