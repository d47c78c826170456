import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionState, type SessionConfig } from '../domain/study/session';
import { seededRng } from '../domain/study/random';
import { BastionDb, setDatabase } from './db';
import {
  askPersistenceOnce,
  PERSISTENCE_ASKED_KEY,
  readStorageReport,
  requestPersistence,
  useFirstFinishedSession,
} from './storage-status';
import { advanceSession, createStudySession } from './study-repo';

let database: BastionDb;
let n = 0;
const t0 = new Date('2026-03-01T09:00:00Z');

function fakeStorage(overrides: Partial<Record<'persisted' | 'persist' | 'estimate', () => Promise<unknown>>> = {}) {
  const storage = {
    persisted: vi.fn(async () => false),
    persist: vi.fn(async () => true),
    estimate: vi.fn(async () => ({ usage: 3 * 2 ** 20, quota: 2 ** 30 })),
    ...overrides,
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

beforeEach(() => {
  database = new BastionDb(`storage-status-${++n}`);
  setDatabase(database);
  localStorage.clear();
});
afterEach(async () => {
  Reflect.deleteProperty(navigator, 'storage');
  await database.delete();
});

describe('storage report', () => {
  it('reports unknown when the browser has no StorageManager and no service workers', async () => {
    expect(await readStorageReport()).toEqual({
      persisted: null,
      usage: null,
      quota: null,
      databaseBytes: null,
      offlineCopyBytes: null,
      offline: 'unsupported',
    });
    expect(await requestPersistence()).toBe(false);
  });

  it('splits usage into the learner’s data and the offline copy where the browser says', async () => {
    fakeStorage({
      persisted: async () => true,
      estimate: async () => ({
        usage: 6e6,
        quota: 1e10,
        usageDetails: { indexedDB: 1.6e6, caches: 4.3e6, serviceWorkerRegistrations: 1e5 },
      }),
    });
    expect(await readStorageReport()).toMatchObject({
      persisted: true,
      usage: 6e6,
      quota: 1e10,
      databaseBytes: 1.6e6,
      offlineCopyBytes: 4.4e6,
    });
  });

  it('gives the total alone where the browser gives no breakdown', async () => {
    fakeStorage();
    expect(await readStorageReport()).toMatchObject({ persisted: false, usage: 3 * 2 ** 20, databaseBytes: null, offlineCopyBytes: null });
  });
});

describe('asking for persistent storage', () => {
  it('asks once per browser, and not when storage is already persistent', async () => {
    const storage = fakeStorage();
    expect(await askPersistenceOnce(t0)).toBe(true);
    expect(localStorage.getItem(PERSISTENCE_ASKED_KEY)).toBe(t0.toISOString());
    expect(await askPersistenceOnce(t0)).toBeNull();
    expect(storage.persist).toHaveBeenCalledTimes(1);

    localStorage.clear();
    const persistent = fakeStorage({ persisted: async () => true });
    expect(await askPersistenceOnce(t0)).toBe(true);
    expect(persistent.persist).not.toHaveBeenCalled();
  });

  it('is due only after a practice session has finished, and no longer once asked', async () => {
    const config: SessionConfig = {
      kind: 'practice',
      exam: 'cissp',
      title: 'P',
      domains: [],
      objectives: [],
      tags: [],
      difficulties: [],
      source: 'all',
      size: 1,
    };
    const { result } = renderHook(() => useFirstFinishedSession());
    await waitFor(() => expect(result.current).toBe(false));
    await createStudySession('s1', createSessionState(config, ['q1'], seededRng(1)), t0);
    await waitFor(() => expect(result.current).toBe(false));
    await advanceSession('s1', 'q1', t0);
    await waitFor(() => expect(result.current).toBe(true));

    fakeStorage();
    await askPersistenceOnce(t0);
    await database.sessions.update('s1', { updatedAt: new Date(t0.getTime() + 1) });
    await waitFor(() => expect(result.current).toBe(false));
  });
});
