import { describe, expect, it } from 'vitest';
import { asksForQuick10, isQuick10Address, QUICK_10_HREF } from './quick-link';

describe('the Quick 10 link', () => {
  it('is read back as a Quick 10, and nothing else is', () => {
    const [path, search] = QUICK_10_HREF.split('?');
    expect(isQuick10Address(path!, `?${search}`)).toBe(true);
    expect(asksForQuick10(new URLSearchParams(search))).toBe(true);
    expect(isQuick10Address('/practice', '?exam=cissp&domain=3')).toBe(false);
    expect(isQuick10Address('/review', '?quick=1')).toBe(false);
  });
});
