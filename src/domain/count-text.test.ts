import { describe, expect, it } from 'vitest';
import { countText } from './count-text';

describe('countText', () => {
  it('writes counts with the en thousands separator', () => {
    expect(countText(0)).toBe('0');
    expect(countText(999)).toBe('999');
    expect(countText(1_690)).toBe('1,690');
    expect(countText(100_000)).toBe('100,000');
  });
});
