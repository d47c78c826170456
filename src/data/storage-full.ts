/**
 * Writes the disk has no room for. When the browser refuses a write for lack of space
 * (`QuotaExceededError`), its transaction aborts and IndexedDB rolls back every table it touched, so
 * nothing is half-written; what the learner needs is to be told, in plain words, at once and
 * wherever they are. A Dexie middleware on the one database sees every such failure — from any
 * repository, in any screen — and raises a flag the app shell shows as an alert.
 *
 * Browsers report a full disk in two places, and both are watched:
 * - on the write request itself (Firefox; and a write that throws at once): the request fails, or
 *   the call throws, with a QuotaExceededError;
 * - on commit (Chromium checks the quota when the transaction commits): the transaction aborts with
 *   a QuotaExceededError as its `error`.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { create } from 'zustand';

export const STORAGE_FULL_MESSAGE =
  'Bastion could not save your last change: this device has no storage space left for it. ' +
  'Nothing was half-saved, and everything saved before is still here. ' +
  'Free some disk space (or clear other sites’ data in your browser’s settings), then try again.';

/**
 * A write refused for lack of space, with the words to show the learner; `cause` holds the browser's
 * error. (Not named 'QuotaExceededError': Dexie would wrap that name again, words and all.)
 */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super(STORAGE_FULL_MESSAGE, { cause });
    this.name = 'StorageFullError';
  }
}

/**
 * Whether `error` is, or wraps, a quota failure: the DOMException itself, Dexie's
 * `QuotaExceededError`, an `AbortError` whose `inner` is one, a bulk write's `failures`, or our
 * StorageFullError.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError' || error instanceof StorageFullError) return true;
  const failures = Array.isArray(e.failures) ? e.failures : [];
  return isQuotaExceeded(e.inner, depth + 1) || isQuotaExceeded(e.cause, depth + 1) || failures.some((f) => isQuotaExceeded(f, depth + 1));
}

/**
 * Why storage refused a write, in the learner's words, for "… was not saved: <why>. Nothing was
 * changed." (IndexedDB's own names, "QuotaExceededError", "AbortError", mean nothing to them).
 */
export function storageRefusal(error: unknown): string {
  return isQuotaExceeded(error) ? 'this device has no storage space left' : "this browser's storage did not take the change";
}

/** A write storage refused, as every screen says it: "<what failed>: <why>. Nothing was changed." */
export function refusedWrite(failed: string, error: unknown): string {
  return `${failed}: ${storageRefusal(error)}. Nothing was changed.`;
}

interface StorageFullState {
  /** When the last write was refused for lack of space (null: none since the app started or the alert was closed). */
  failedAt: Date | null;
}

/** UI state (not persisted): whether to show the "storage full" alert. */
export const useStorageFull = create<StorageFullState>(() => ({ failedAt: null }));

export function reportStorageFull(): void {
  useStorageFull.setState({ failedAt: new Date() });
}

export function dismissStorageFull(): void {
  useStorageFull.setState({ failedAt: null });
}

function watchCommit(transaction: DBCoreTransaction): void {
  // In the browser the DBCore transaction is the IDBTransaction itself.
  const idb = transaction as unknown as Partial<IDBTransaction>;
  idb.addEventListener?.('abort', () => {
    if (isQuotaExceeded(idb.error)) reportStorageFull();
  });
}

function watchedMutate(table: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  // A plain promise chain (no async function), as Dexie's own middlewares do, so the transaction's zone carries through.
  return table.mutate(req).then(
    (response) => {
      if (response.numFailures > 0 && Object.values(response.failures).some((f) => isQuotaExceeded(f))) reportStorageFull();
      return response;
    },
    (error: unknown) => {
      if (!isQuotaExceeded(error)) throw error;
      reportStorageFull();
      throw new StorageFullError(error);
    },
  );
}

/** The Dexie middleware: registered once on the database (src/data/db.ts). */
export const storageFullWatch: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'storageFullWatch',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const transaction = down.transaction(stores, mode, options);
      if (mode === 'readwrite') watchCommit(transaction);
      return transaction;
    },
    table(name) {
      const table = down.table(name);
      return { ...table, mutate: (req) => watchedMutate(table, req) };
    },
  }),
};
