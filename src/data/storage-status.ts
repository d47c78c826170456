/**
 * What the browser does with Bastion's storage: whether it may evict it, how much it holds, whether
 * the app itself is stored for offline use — and, once, asking it to keep the data for good.
 *
 * Persistence is asked for after the learner's first finished session or exam, not on first load:
 * browsers grant it (or prompt for it, in Firefox) to sites that are actually used, and a request
 * out of the blue on a first visit is both likely refused and rude. It is asked once per browser;
 * Settings offers the same request by hand. The "asked" mark lives in localStorage because it
 * belongs to this browser, not to the learner's data (a backup restored elsewhere must not carry it).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';

export const PERSISTENCE_ASKED_KEY = 'bastion:persistence-asked-at';

export interface StorageReport {
  /** Whether the browser has promised not to evict this site's data; null when it cannot say. */
  persisted: boolean | null;
  /** Bytes this site uses, and may use, as the browser estimates them (null: not reported). */
  usage: number | null;
  quota: number | null;
  /** Of `usage`: the learner's database, and the app's offline copy (null where the browser gives no breakdown). */
  databaseBytes: number | null;
  offlineCopyBytes: number | null;
  /** 'ready': a service worker serves the app from its cache; 'pending': not yet; 'unsupported': this browser cannot. */
  offline: 'ready' | 'pending' | 'unsupported';
}

type UsageDetails = Partial<Record<'indexedDB' | 'caches' | 'serviceWorkerRegistrations', number>>;

function storageManager(): Partial<StorageManager> | undefined {
  return globalThis.navigator?.storage as Partial<StorageManager> | undefined;
}

function offlineState(): StorageReport['offline'] {
  const workers = globalThis.navigator?.serviceWorker;
  if (!workers) return 'unsupported';
  return workers.controller ? 'ready' : 'pending';
}

export async function readStorageReport(): Promise<StorageReport> {
  const storage = storageManager();
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : null,
    storage?.estimate ? storage.estimate().catch(() => null) : null,
  ]);
  // Chromium breaks usage down by kind of storage; other browsers give only the total.
  const details = (estimate as { usageDetails?: UsageDetails } | null)?.usageDetails;
  const offlineCopy = details ? (details.caches ?? 0) + (details.serviceWorkerRegistrations ?? 0) : null;
  return {
    persisted,
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
    databaseBytes: details?.indexedDB ?? null,
    offlineCopyBytes: offlineCopy,
    offline: offlineState(),
  };
}

/** Asks the browser to keep this site's data under storage pressure. True when it agreed. */
export async function requestPersistence(): Promise<boolean> {
  const storage = storageManager();
  return storage?.persist ? storage.persist().catch(() => false) : false;
}

function askedBefore(): boolean {
  try {
    return globalThis.localStorage?.getItem(PERSISTENCE_ASKED_KEY) != null;
  } catch {
    return true; // storage blocked: never nag
  }
}

/**
 * Asks the browser, once per browser, to keep Bastion's data under storage pressure. Does nothing
 * when it was asked before or already persists. Returns what the browser answered (null: not asked).
 */
export async function askPersistenceOnce(now: Date): Promise<boolean | null> {
  const storage = storageManager();
  if (askedBefore() || !storage?.persist) return null;
  try {
    globalThis.localStorage?.setItem(PERSISTENCE_ASKED_KEY, now.toISOString());
  } catch {
    return null;
  }
  if (storage.persisted && (await storage.persisted().catch(() => false))) return true;
  return storage.persist().catch(() => false);
}

/** True once any practice, review or exam session has been finished (undefined while loading); false once asked, without reading. */
export function useFirstFinishedSession(): boolean | undefined {
  return useLiveQuery(async () => {
    if (askedBefore()) return false;
    const finished = await db()
      .sessions.where('status')
      .equals('finished')
      .filter((s) => s.kind === 'practice' || s.kind === 'review' || s.kind === 'exam')
      .first();
    return finished !== undefined;
  });
}
