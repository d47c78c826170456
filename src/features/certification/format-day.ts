import { longDayText } from '../../domain/day-text';

/** '2027-02-28' → '28 February 2027' (as every message writes a day); anything else is shown as given. */
export function formatDay(day: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && Number.isFinite(Date.parse(`${day}T00:00:00Z`)) ? longDayText(day) : day;
}

/** A calendar day of `now`, as 'yyyy-mm-dd' in the user's time zone (what a date input shows). */
export function isoToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True for a real calendar day in 'yyyy-mm-dd' form. */
export function isRealDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && Number.isFinite(time) && new Date(time).toISOString().startsWith(day);
}
