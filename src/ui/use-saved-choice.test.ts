import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSaveFailure, useSavedChoice } from './use-saved-choice';

const refused = () =>
  Promise.reject(new Error('The role was not saved: this browser’s storage did not take the change. Nothing was changed.'));

describe('useSavedChoice', () => {
  it('shows a choice at once, and puts the saved one back with the reason when the save fails', async () => {
    const { result } = renderHook(() => useSavedChoice<string | null>(null, refused));
    await act(async () => {
      result.current[1]('engineer');
      await Promise.resolve();
    });
    expect(result.current[0]).toBeNull();
    expect(result.current[2]).toBe('The role was not saved: this browser’s storage did not take the change. Nothing was changed.');
  });

  it('keeps a choice whose save succeeds, with nothing to say', async () => {
    const { result } = renderHook(() => useSavedChoice<string | null>(null, () => Promise.resolve()));
    await act(async () => {
      result.current[1]('engineer');
      await Promise.resolve();
    });
    expect(result.current[0]).toBe('engineer');
    expect(result.current[2]).toBe('');
  });
});

describe('useSaveFailure', () => {
  it('says what a failed save said, and forgets it when the next save starts', async () => {
    const { result } = renderHook(() => useSaveFailure());
    await act(async () => {
      result.current[1](Promise.reject(new Error('The day you passed was not saved: no space. Nothing was changed.')));
      await Promise.resolve();
    });
    expect(result.current[0]).toBe('The day you passed was not saved: no space. Nothing was changed.');
    await act(async () => {
      result.current[1](new Promise(() => {}));
      await Promise.resolve();
    });
    expect(result.current[0]).toBe('');
  });
});
