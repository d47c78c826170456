/** Number and date wording shared by the Progress charts and their tables. */
import { localMidnight } from '../../domain/plan/plan-dates';
import { lazyDateFormat } from '../../ui/lazy-date-format';

/** Hours to one decimal: 1.25 → "1.3". */
export const hoursText = (h: number) => String(Math.round(h * 10) / 10);

/** A share 0–1 as a whole percentage: 0.425 → "43%". */
export const percentText = (x: number) => `${Math.round(x * 100)}%`;

const shortDate = lazyDateFormat(undefined, { day: 'numeric', month: 'short' });
const weekdayDate = lazyDateFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

export { localMidnight };

/** "4 Mar" (in the reader's locale) for a yyyy-mm-dd date. */
export const dateText = (isoDate: string) => shortDate().format(localMidnight(isoDate));

/** "2–8 Mar" or "Mar 2 – 8" (the reader's locale) for two yyyy-mm-dd dates. */
export const dateRangeText = (from: string, to: string) => shortDate().formatRange(localMidnight(from), localMidnight(to));

/** "Wed 4 Mar" (in the reader's locale) for a yyyy-mm-dd date. */
export const dayText = (isoDate: string) => weekdayDate().format(localMidnight(isoDate));
