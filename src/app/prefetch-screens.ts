/**
 * Screens are separate chunks, loaded when first visited. Once the app has started (the bank is
 * synced), this loads the navigation's screens one by one in idle time, so the first click on one
 * renders at once instead of waiting for its chunk to be fetched and parsed (about 100 ms of a
 * dashboard's first click in `npm run bench`). Offline the chunks come from the service worker's
 * precache; a failed load is ignored here and retried by the router on a real visit.
 */
type Loader = () => Promise<unknown>;

const whenIdle = (run: () => void): void => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 50);
};

let started = false;

/** Starts loading `loaders` in idle time, one per idle period; later calls do nothing. */
export function prefetchScreens(loaders: readonly Loader[]): void {
  if (started) return;
  started = true;
  const queue = [...loaders];
  const next = (): void => {
    const load = queue.shift();
    if (!load) return;
    void load()
      .catch(() => undefined)
      .finally(() => whenIdle(next));
  };
  whenIdle(next);
}
