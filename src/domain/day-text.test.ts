import { describe, expect, it } from 'vitest';
import { dateTimeText, dayRangeText, longDateText, longDayText } from './day-text';

describe('day-text', () => {
  it('writes a day as "24 November 2026", whatever the time zone', () => {
    expect(longDayText('2026-11-24')).toBe('24 November 2026');
    expect(longDateText(new Date(2026, 10, 24, 23, 59))).toBe('24 November 2026');
  });

  it('writes a week as a short range, the shared month and year once', () => {
    // The spaces around the dash are the engine's (ICU's), thin or none: only the parts are checked.
    expect(dayRangeText('2026-08-24', '2026-08-30')).toMatch(/^24\s*–\s*30 Aug 2026$/);
    expect(dayRangeText('2026-11-30', '2026-12-06')).toMatch(/^30 Nov\s*–\s*6 Dec 2026$/);
    expect(dayRangeText('2026-12-28', '2027-01-03')).toMatch(/^28 Dec 2026\s*–\s*3 Jan 2027$/);
  });

  it('writes a moment to the minute, without seconds', () => {
    expect(dateTimeText(new Date(2026, 10, 24, 7, 8, 56))).toBe('24 November 2026 at 07:08');
  });
});
