import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useItemChoice } from './use-item-choice';

describe('useItemChoice', () => {
  it('reads a choice synchronously, before React re-renders', () => {
    const { result } = renderHook(({ key }) => useItemChoice(key), { initialProps: { key: 'q1' } });
    let seen: number | undefined;
    act(() => {
      result.current.choose(2);
      seen = result.current.chosenNow(); // same task as the key press: no render in between
    });
    expect(seen).toBe(2);
    expect(result.current.selected).toBe(2);
  });

  it('starts every new item with no choice, and a choice made on it sticks', () => {
    const { result, rerender } = renderHook(({ key }) => useItemChoice(key), { initialProps: { key: 'q1' } });
    act(() => result.current.choose(1));
    rerender({ key: 'q2' });
    expect(result.current.selected).toBeUndefined();
    expect(result.current.chosenNow()).toBeUndefined();
    act(() => result.current.choose(3));
    expect(result.current.selected).toBe(3);
    expect(result.current.chosenNow()).toBe(3);
  });

  it('binds a choice to the item on screen even when called through a handler made for the previous item', () => {
    const { result, rerender } = renderHook(({ key }) => useItemChoice(key), { initialProps: { key: 'q1' } });
    const staleChoose = result.current.choose;
    rerender({ key: 'q2' });
    act(() => staleChoose(0));
    expect(result.current.selected).toBe(0);
  });
});
