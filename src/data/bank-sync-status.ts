/**
 * In-flight state of the bundled-bank load (a Zustand store: it is UI state, not persisted truth).
 * `startBankSync` runs once, as the app boots (it never blocks the first paint); the shell shows progress while it runs.
 */
import { create } from 'zustand';
import { BANK_HASH_KEY, DB_NAME, db } from './db';
import { loadActivePool, loadCards } from './pool-cache';
import bundledBankHash from 'virtual:bundled-bank-hash';

export interface BankSyncStatus {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  done: number;
  total: number;
  questionCount: number;
  error?: string;
}

export const useBankSyncStatus = create<BankSyncStatus>(() => ({ phase: 'idle', done: 0, total: 0, questionCount: 0 }));

let started: Promise<void> | undefined;

/** The code and packs of a bank load: the pack chunks and the loader (with zod), fetched side by side. */
function fetchBankLoader() {
  const sources = import('./bundled-bank-sources').then((m) => m.loadBundledPackSources());
  sources.catch(() => {}); // awaited by the loader, which reports a failure
  return { sources, loader: import('./bank-sync') };
}

/** A bank this database has not loaded, with the loader fetched already or now. */
async function loadNewBank(
  hash: string,
  fetched: ReturnType<typeof fetchBankLoader>,
  onProgress: (done: number, total: number) => void,
): Promise<{ questionCount: number }> {
  const { syncBundledBank } = await fetched.loader;
  return syncBundledBank(db(), { hash, load: () => fetched.sources }, onProgress);
}

/**
 * Whether this browser has no Bastion database yet (a first visit): asked before the database is
 * opened, since opening creates it. False when the browser cannot list its databases. Either wrong
 * answer only costs time (a bank fetched early for nothing, or fetched after the check as before).
 */
async function isFirstVisit(): Promise<boolean> {
  try {
    const names = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : null;
    return names !== null && !names.some((d) => d.name === DB_NAME);
  } catch {
    return false;
  }
}

export function startBankSync(): Promise<void> {
  started ??= (async () => {
    useBankSyncStatus.setState({ phase: 'loading' });
    try {
      // The build's bank hash against the stored one first, with no more code than the database: an
      // unchanged bank (every visit but the first) loads neither the validator (zod) nor a pack.
      // The hash is in the main chunk (64 characters), not a chunk of its own: fetched on its own, it
      // queued behind the first screen's chunks and held the whole first-visit sync back ~150 ms.
      // On a first visit the bank is certainly needed: its code and packs are fetched while the
      // database is created (~200 ms), not after (cold start of an empty profile: measured below).
      // The question is sent first and answered while the database opens: awaiting it before opening
      // put its 1–10 ms in front of every visit's check.
      const checkedFrom = performance.now();
      let bankLoader: ReturnType<typeof fetchBankLoader> | undefined;
      void isFirstVisit().then((first) => {
        if (first) bankLoader ??= fetchBankLoader();
      });
      const stored = await db().meta.get(BANK_HASH_KEY);
      performance.measure('bastion:bank-check', { start: checkedFrom, end: performance.now() }); // for `npm run bench`
      const result =
        stored?.value === bundledBankHash
          ? { questionCount: await db().questions.where('retired').equals(0).count() }
          : await loadNewBank(bundledBankHash, (bankLoader ??= fetchBankLoader()), (done, total) =>
              useBankSyncStatus.setState({ done, total }),
            );
      useBankSyncStatus.setState({ phase: 'ready', questionCount: result.questionCount });
      // Read the pool and the cards into memory now, while the learner looks at the first screen, so
      // starting a session or opening Today or Progress does not wait for thousands of records.
      void loadActivePool().catch(() => {});
      void loadCards().catch(() => {});
    } catch (error) {
      useBankSyncStatus.setState({ phase: 'error', error: (error as Error).message });
    }
  })();
  return started;
}
