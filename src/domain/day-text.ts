/**
 * Days in words for the screen and messages, "1 June 2027": day, English month, year, as the
 * interface writes them whatever the browser's locale; a week "24 – 30 Aug 2026"; a moment "1 June
 * 2027 at 14:05" (no seconds). The one place dates are written, so every screen agrees. The
 * formatters are made on first use: building one is costly, and modules that import this load at
 * start-up.
 */
const longDay: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const shortDay: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
let calendarDayFormat: Intl.DateTimeFormat | undefined;
let calendarRangeFormat: Intl.DateTimeFormat | undefined;
let localDayFormat: Intl.DateTimeFormat | undefined;
let localMomentFormat: Intl.DateTimeFormat | undefined;

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** A calendar day, 'yyyy-mm-dd' (a date, not an instant, so read in UTC): '2020-01-31' → '31 January 2020'. */
export function longDayText(day: string): string {
  return (calendarDayFormat ??= new Intl.DateTimeFormat('en-GB', { ...longDay, timeZone: 'UTC' })).format(utcDay(day));
}

/**
 * Two calendar days as a short range, the parts they share written once: a plan week in a narrow
 * table column.
 * @example dayRangeText('2026-08-24', '2026-08-30') // '24 – 30 Aug 2026'
 * @example dayRangeText('2026-12-28', '2027-01-03') // '28 Dec 2026 – 3 Jan 2027'
 */
export function dayRangeText(from: string, to: string): string {
  return (calendarRangeFormat ??= new Intl.DateTimeFormat('en-GB', { ...shortDay, timeZone: 'UTC' })).formatRange(utcDay(from), utcDay(to));
}

/** The day of a moment on the local calendar: '1 June 2027'. */
export function longDateText(moment: Date): string {
  return (localDayFormat ??= new Intl.DateTimeFormat('en-GB', longDay)).format(moment);
}

/** A moment on the local calendar and clock, to the minute: '1 June 2027 at 14:05'. */
export function dateTimeText(moment: Date): string {
  return (localMomentFormat ??= new Intl.DateTimeFormat('en-GB', { ...longDay, ...time })).format(moment);
}
