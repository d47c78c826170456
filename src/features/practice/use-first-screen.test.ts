import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectFirstScreen, firstScreenShown } from '../../data/bank-sync-status';
import { useFirstScreen } from './use-first-screen';

vi.mock('../../data/bank-sync-status', () => ({ expectFirstScreen: vi.fn(), firstScreenShown: vi.fn() }));

describe('useFirstScreen', () => {
  it('asks start-up to wait as the screen mounts, and lets it go only once the screen is drawn', () => {
    const { rerender } = renderHook(({ drawn }) => useFirstScreen(drawn), { initialProps: { drawn: false } });
    expect(expectFirstScreen).toHaveBeenCalled();
    expect(firstScreenShown).not.toHaveBeenCalled();
    rerender({ drawn: true });
    expect(firstScreenShown).toHaveBeenCalledTimes(1);
  });
});
