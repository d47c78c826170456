/**
 * Calendar arithmetic on yyyy-mm-dd strings for the study plan.
 *
 * Days are counted in UTC so a daylight-saving change never makes a day 23 or 25 hours
 * long and a plan never drifts by a day. No date library is installed, and the plan only needs
 * whole days, weekdays and ISO weeks (Monday first).
 */

import { isCalendarDay, utcMidnight } from '../calendar-day';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01. Throws on anything but a valid yyyy-mm-dd date. */
export function dayNumber(isoDate: string): number {
  if (!isCalendarDay(isoDate)) throw new RangeError(`"${isoDate}" is not a calendar date written yyyy-mm-dd.`);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.round(utcMidnight(y, m, d) / DAY_MS);
}

/** The yyyy-mm-dd date of a day number. @example fromDayNumber(0) // '1970-01-01' */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** @example addDays('2026-02-27', 2) // '2026-03-01' */
export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(dayNumber(isoDate) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Calendar months later, keeping the day of the month or the month's last day when it is shorter.
 * @example addMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(utcMidnight(year, month + 2, 0)).getUTCDate();
  return fromDayNumber(Math.round(utcMidnight(year, month + 1, Math.min(d, lastDay)) / DAY_MS));
}

/** 0 = Sunday … 6 = Saturday, like Date.getDay(). 1970-01-01 was a Thursday. */
export function weekday(isoDate: string): number {
  return (((dayNumber(isoDate) + 4) % 7) + 7) % 7;
}

/** The Monday that starts the ISO week holding `isoDate`. @example mondayOf('2026-03-08') // '2026-03-02' */
export function mondayOf(isoDate: string): string {
  return addDays(isoDate, -((weekday(isoDate) + 6) % 7));
}

/** The local midnight of a yyyy-mm-dd calendar date (the inverse of calendar-day's `calendarDayOf`). */
export function localMidnight(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** How many days from `from` to `to`, both included, fall on one of `weekdays` (0 = Sunday). */
export function countWeekdays(from: string, to: string, weekdays: readonly number[]): number {
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (last < first) return 0;
  const wanted = new Set(weekdays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6));
  const span = last - first + 1;
  const fullWeeks = Math.floor(span / 7);
  let count = fullWeeks * wanted.size;
  for (let day = first + fullWeeks * 7; day <= last; day++) {
    if (wanted.has((((day + 4) % 7) + 7) % 7)) count++;
  }
  return count;
}

/** The earlier / later of two yyyy-mm-dd dates (string order is date order for this format). */
export const minDate = (a: string, b: string): string => (a <= b ? a : b);
export const maxDate = (a: string, b: string): string => (a >= b ? a : b);
