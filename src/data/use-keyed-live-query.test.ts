import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useKeyedLiveQuery } from './use-keyed-live-query';

describe('useKeyedLiveQuery', () => {
  it("never returns the previous key's result while the new key's query runs", async () => {
    let releaseB: (value: string) => void = () => {};
    const query = (key: string | undefined) =>
      key === 'b' ? new Promise<string | null>((resolve) => (releaseB = resolve)) : Promise.resolve(key ? `row ${key}` : null);
    const { result, rerender } = renderHook(({ key }) => useKeyedLiveQuery(key, query), {
      initialProps: { key: undefined as string | undefined },
    });
    await waitFor(() => expect(result.current).toBeNull());

    rerender({ key: 'b' });
    // The null read for "no key" is not an answer for "b": still loading.
    expect(result.current).toBeUndefined();
    await new Promise((r) => setTimeout(r, 20));
    expect(result.current).toBeUndefined();
    releaseB('row b');
    await waitFor(() => expect(result.current).toBe('row b'));

    rerender({ key: 'a' });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBe('row a'));
  });
});
