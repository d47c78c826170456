import { describe, expect, it } from 'vitest';
import { outlineNotice } from './outline-notice';

describe('outlineNotice', () => {
  it('tells a CC learner, from the day the new outline applies, that the bank follows the earlier one', () => {
    const after = outlineNotice('cc', new Date('2026-11-23T10:00:00Z'));
    expect(after).toMatch(/^ISC2 put a new CC exam outline into effect on 1 September 2026\./);
    expect(after).toContain('follow the earlier outline');
    expect(after).toContain('Check the current outline with ISC2');
    expect(outlineNotice('cc', new Date('2026-09-01T00:00:00Z'))).toBe(after);
  });

  it('warns before that day that an exam sat on or after it follows the new outline', () => {
    const before = outlineNotice('cc', new Date('2026-08-31T23:59:59Z'));
    expect(before).toMatch(/^ISC2 puts a new CC exam outline into effect on 1 September 2026\./);
    expect(before).toContain('on or after that day');
  });

  it('says nothing for CISSP, whose 2024 outline has no announced successor', () => {
    expect(outlineNotice('cissp', new Date('2026-11-23'))).toBeNull();
  });
});
