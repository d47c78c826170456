/**
 * Calendar days written yyyy-mm-dd, as date inputs give them and the app stores them: today's day,
 * and whether a text names a real day. The one home for both, so every screen agrees on "today"
 * and on which days exist.
 */

const DAY_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * UTC midnight of a day, in milliseconds since 1970, from its year, month (1–12) and day of the
 * month (out-of-range days roll over, as with Date). Not Date.UTC: it reads years 0–99 as 1900–1999.
 * @example utcMidnight(1970, 1, 2) // 86_400_000
 */
export function utcMidnight(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

/**
 * True for a real calendar day written yyyy-mm-dd, in any year from 0000 to 9999.
 * @example isCalendarDay('2028-02-29') // true
 * @example isCalendarDay('2026-02-29') // false
 */
export function isCalendarDay(text: string): boolean {
  const match = DAY_TEXT.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(utcMidnight(year, month, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The learner's calendar day at `now`, yyyy-mm-dd. Local fields on purpose: "today" is the day on
 * the learner's wall calendar (what a date input shows, what "overdue" and "a week that has ended"
 * mean to them), not the UTC day.
 * @example calendarDayOf(new Date(2026, 2, 4, 23, 55)) // '2026-03-04'
 */
export function calendarDayOf(now: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
