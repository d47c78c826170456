import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.resetModules();
});

const flush = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 60));
};

describe('prefetchScreens', () => {
  it('loads every screen once, one after the other, and carries on past a failure', async () => {
    const { prefetchScreens } = await import('./prefetch-screens');
    const order: string[] = [];
    let running = 0;
    let overlap = false;
    const loader =
      (name: string, fail = false) =>
      async () => {
        running++;
        if (running > 1) overlap = true;
        order.push(name);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        if (fail) throw new Error('offline');
      };
    prefetchScreens([loader('today'), loader('practice', true), loader('progress')]);
    prefetchScreens([loader('again')]);
    await flush();
    expect(order).toEqual(['today', 'practice', 'progress']);
    expect(overlap).toBe(false);
  });
});
