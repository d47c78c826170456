import { useEffect, useState } from 'react';
import { useBankSyncStatus } from '../data/bank-sync-status';

/** Longest wait for an idle moment once the bank is settled. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * True once the app has started: the bundled bank is checked (or loaded, on a first visit) and the
 * browser has had an idle moment after that, or 2 s have passed.
 *
 * Work that can wait waits for this. The service worker's install downloads and caches every file of
 * the app (~2 MB); registered at the page's load event, it ran beside a first visit's bank load and
 * first question and cost ~100 ms of a ~1 s cold start (measured with the worker blocked).
 */
export function useStartupSettled(): boolean {
  const bankSettled = useBankSyncStatus((s) => s.phase === 'ready' || s.phase === 'error');
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!bankSettled || settled) return;
    // Safari has no requestIdleCallback: a short timer stands in.
    if (typeof requestIdleCallback !== 'function') {
      const timer = window.setTimeout(() => setSettled(true), 500);
      return () => window.clearTimeout(timer);
    }
    const id = requestIdleCallback(() => setSettled(true), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }, [bankSettled, settled]);
  return settled;
}
