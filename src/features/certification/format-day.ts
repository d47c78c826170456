import { lazyDateFormat } from '../../ui/lazy-date-format';

/** Calendar days ('yyyy-mm-dd') in words. The day is a date, not an instant, so it is read in UTC. */
const dayFormat = lazyDateFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** '2027-02-28' → '28 February 2027'; anything else is shown as given. */
export function formatDay(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && Number.isFinite(time) ? dayFormat().format(time) : day;
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
