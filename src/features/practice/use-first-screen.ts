import { useEffect } from 'react';
import { expectFirstScreen, firstScreenShown } from '../../data/bank-sync-status';

/**
 * For a study screen whose first drawing reads IndexedDB: start-up's bulk work (a first visit's bank
 * write, the pool and cards preload) waits until `drawn` (see bank-sync-status.ts). An active
 * session's player reports itself, once its question is on screen.
 */
export function useFirstScreen(drawn: boolean): void {
  useEffect(() => expectFirstScreen(), []);
  useEffect(() => {
    if (drawn) firstScreenShown();
  }, [drawn]);
}
