/**
 * Days in words for messages, "1 June 2027": day, English month, year, as the interface writes them
 * whatever the browser's locale. The formatters are made on first use: building one is costly, and
 * modules that import this load at start-up.
 */
const longDay: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
let calendarDayFormat: Intl.DateTimeFormat | undefined;
let localDayFormat: Intl.DateTimeFormat | undefined;

/** A calendar day, 'yyyy-mm-dd' (a date, not an instant, so read in UTC): '2020-01-31' → '31 January 2020'. */
export function longDayText(day: string): string {
  return (calendarDayFormat ??= new Intl.DateTimeFormat('en-GB', { ...longDay, timeZone: 'UTC' })).format(new Date(`${day}T00:00:00Z`));
}

/** The day of a moment on the local calendar: '1 June 2027'. */
export function longDateText(moment: Date): string {
  return (localDayFormat ??= new Intl.DateTimeFormat('en-GB', longDay)).format(moment);
}
