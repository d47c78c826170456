import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useBankSyncStatus } from '../data/bank-sync-status';
import { useStartupSettled } from './use-startup-settled';

afterEach(() => {
  vi.useRealTimers();
  useBankSyncStatus.setState({ phase: 'idle', done: 0, total: 0 });
});

describe('useStartupSettled', () => {
  it('waits for the bank, then for an idle moment (a timer where the browser has no idle callback)', () => {
    vi.useFakeTimers();
    useBankSyncStatus.setState({ phase: 'loading' });
    const { result } = renderHook(() => useStartupSettled());
    act(() => void vi.advanceTimersByTime(5_000));
    expect(result.current).toBe(false);

    act(() => useBankSyncStatus.setState({ phase: 'ready' }));
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(500));
    expect(result.current).toBe(true);
  });

  it('settles after a failed bank load too: the app still runs', () => {
    vi.useFakeTimers();
    useBankSyncStatus.setState({ phase: 'error', error: 'disk full' });
    const { result } = renderHook(() => useStartupSettled());
    act(() => void vi.advanceTimersByTime(500));
    expect(result.current).toBe(true);
  });

  it('uses the idle callback where there is one, with a deadline', () => {
    const calls: { timeout?: number }[] = [];
    let run = () => {};
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options: { timeout?: number }) => {
      calls.push(options);
      run = callback;
      return 1;
    });
    vi.stubGlobal('cancelIdleCallback', () => {});
    useBankSyncStatus.setState({ phase: 'ready' });
    const { result } = renderHook(() => useStartupSettled());
    expect(result.current).toBe(false);
    expect(calls).toEqual([{ timeout: 2_000 }]);
    act(() => run());
    expect(result.current).toBe(true);
    vi.unstubAllGlobals();
  });
});
