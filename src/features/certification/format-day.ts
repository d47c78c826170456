import { isCalendarDay } from '../../domain/calendar-day';
import { longDayText } from '../../domain/day-text';

/** '2027-02-28' → '28 February 2027' (as every message writes a day); anything else is shown as given. */
export function formatDay(day: string): string {
  return isCalendarDay(day) ? longDayText(day) : day;
}
