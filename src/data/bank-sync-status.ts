/**
 * In-flight state of the bundled-bank load (a Zustand store: it is UI state, not persisted truth).
 * `startBankSync` runs once, as the app boots (it never blocks the first paint); the shell shows progress while it runs.
 */
import { create } from 'zustand';
import { db } from './db';
import { loadActivePool } from './pool-cache';

export interface BankSyncStatus {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  done: number;
  total: number;
  questionCount: number;
  error?: string;
}

export const useBankSyncStatus = create<BankSyncStatus>(() => ({ phase: 'idle', done: 0, total: 0, questionCount: 0 }));

let started: Promise<void> | undefined;

export function startBankSync(): Promise<void> {
  started ??= (async () => {
    useBankSyncStatus.setState({ phase: 'loading' });
    try {
      // Loaded on demand: the validator (zod) and the bank stay out of the first-load bundle.
      // The pack chunks are fetched only when the build's bank hash differs from the stored one.
      const [{ syncBundledBank }, { loadBundledPackSources }, { default: hash }] = await Promise.all([
        import('./bank-sync'),
        import('./bundled-bank-sources'),
        import('virtual:bundled-bank-hash'),
      ]);
      const bank = { hash, load: loadBundledPackSources };
      const result = await syncBundledBank(db(), bank, (done, total) => useBankSyncStatus.setState({ done, total }));
      useBankSyncStatus.setState({ phase: 'ready', questionCount: result.questionCount });
      // Read the pool into memory now, while the learner looks at the first screen, so starting a
      // review or practice session does not wait for thousands of question records.
      void loadActivePool().catch(() => {});
    } catch (error) {
      useBankSyncStatus.setState({ phase: 'error', error: (error as Error).message });
    }
  })();
  return started;
}
