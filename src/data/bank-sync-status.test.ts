import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import bundledBankHash from 'virtual:bundled-bank-hash';
import { defaultSchedulerSettings } from '../domain/study/scheduler';
import { BastionDb, setDatabase } from './db';
import { getCard } from './card-store';

// The pack loader, watched: whether a start fetches the bank is what the hint changes.
vi.mock('./bundled-bank-sources', async (importOriginal) => {
  const real = await importOriginal<typeof import('./bundled-bank-sources')>();
  return { ...real, loadBundledPackSources: vi.fn(real.loadBundledPackSources) };
});

const HINT = 'bastion:bundled-bank';
let database: BastionDb;

/** Fresh copies of the modules (start-up runs once per page), and the watched pack loader, cleared. */
async function freshModules() {
  vi.resetModules();
  (await import('./db')).setDatabase(database); // the fresh module's own copy of the selection
  const sources = await import('./bundled-bank-sources');
  const packLoads = vi.mocked(sources.loadBundledPackSources);
  packLoads.mockClear();
  return { status: await import('./bank-sync-status'), packLoads };
}

/** A fresh start, run to the end of its sync. */
async function startApp() {
  const { status, packLoads } = await freshModules();
  status.firstScreenShown(); // as a screen would: the write need not wait
  await status.startBankSync();
  return { state: status.useBankSyncStatus.getState(), packLoads: packLoads.mock.calls.length };
}

beforeEach(() => {
  database = new BastionDb(`bank-sync-status-${Math.random()}`);
  setDatabase(database);
  localStorage.clear();
});
afterEach(async () => {
  await database.delete();
});

describe('startBankSync', () => {
  it('loads the bank on a first visit and notes it in the hint', async () => {
    const { state, packLoads } = await startApp();
    expect(state.phase).toBe('ready');
    expect(await database.questions.count()).toBeGreaterThan(500);
    expect(packLoads).toBe(1);
    expect(localStorage.getItem(HINT)).toBe(bundledBankHash);
  });

  it('keeps the questions a first load wrote as the pool, equal to reading them back, until a write', async () => {
    performance.clearMeasures('bastion:pool-read');
    await startApp();
    const { loadActivePool } = await import('./pool-cache'); // the started module's own copy
    const primed = await loadActivePool();
    expect(performance.getEntriesByName('bastion:pool-read')).toEqual([]); // not read back
    expect(await loadActivePool()).toBe(primed); // from memory
    const read = await database.questions.where('retired').equals(0).toArray();
    expect(primed).toEqual(read); // the same questions, in the same order (by key)
    await database.packs.update('bastion-core-cissp-d1', { enabled: 0 });
    const after = await loadActivePool();
    expect(after).not.toBe(primed);
    expect(after.length).toBeLessThan(primed.length);
  });

  it('on a first load, holds the pool in memory and writes nothing until the screen that asked to go first is shown', async () => {
    localStorage.setItem(HINT, 'an older bank'); // a hint, so no starter set: the packs are fetched at once
    vi.resetModules();
    (await import('./db')).setDatabase(database);
    const status = await import('./bank-sync-status');
    const { loadActivePool, questionsBeingWritten } = await import('./pool-cache');
    status.expectFirstScreen(); // Practice, opened on a Quick 10
    const started = status.startBankSync();
    await expect.poll(() => status.useBankSyncStatus.getState().poolKnown, { timeout: 5000 }).toBe(true);
    expect(status.useBankSyncStatus.getState().phase).toBe('loading');
    const held = await loadActivePool();
    expect(held.length).toBeGreaterThan(500);
    expect(questionsBeingWritten()?.get(held[0]!.key)).toBe(held[0]);
    expect(await database.questions.count()).toBe(0); // nothing written yet: a first session's reads go first
    status.firstScreenShown();
    await started;
    expect(status.useBankSyncStatus.getState()).toMatchObject({ phase: 'ready', poolKnown: true });
    expect(questionsBeingWritten()).toBeUndefined();
    expect(await database.questions.count()).toBe(held.length);
    expect(await loadActivePool()).toBe(held); // kept, not read back
  });

  it('writes a first visit’s bank after a second when the screen that asked to go first never says it is shown', async () => {
    vi.resetModules();
    (await import('./db')).setDatabase(database);
    const status = await import('./bank-sync-status');
    status.expectFirstScreen();
    const from = Date.now();
    await status.startBankSync();
    expect(status.useBankSyncStatus.getState().phase).toBe('ready');
    expect(Date.now() - from).toBeGreaterThanOrEqual(900);
    expect(Date.now() - from).toBeLessThan(1900); // one second's wait, not one before the fetch and one before the write
    expect(await database.questions.count()).toBeGreaterThan(500);
  });

  it('writes a first visit’s bank at once when no screen asked to go first (Bank → Packs reads the table itself)', async () => {
    vi.resetModules();
    (await import('./db')).setDatabase(database);
    const status = await import('./bank-sync-status');
    const from = Date.now();
    await status.startBankSync();
    expect(status.useBankSyncStatus.getState().phase).toBe('ready');
    expect(Date.now() - from).toBeLessThan(900); // not the second a screen that asked may take
  });

  it('forgets the held pool when the first write fails, so nothing unwritten is drawn from', async () => {
    vi.resetModules();
    (await import('./db')).setDatabase(database);
    const status = await import('./bank-sync-status');
    const { loadActivePool, questionsBeingWritten } = await import('./pool-cache');
    const failing = vi.spyOn(database, 'transaction').mockRejectedValueOnce(new Error('QuotaExceededError'));
    status.firstScreenShown();
    await status.startBankSync();
    failing.mockRestore();
    expect(status.useBankSyncStatus.getState()).toMatchObject({ phase: 'error', poolKnown: false, error: 'QuotaExceededError' });
    expect(questionsBeingWritten()).toBeUndefined();
    expect(await loadActivePool()).toEqual([]);
  });

  it('fetches no pack when the database already holds this bank, with or without the hint', async () => {
    await startApp();
    expect((await startApp()).packLoads).toBe(0);
    localStorage.clear(); // a hint that says nothing only costs a fetch: the database decides
    const { state, packLoads } = await startApp();
    expect(state.phase).toBe('ready');
    expect(packLoads).toBe(1);
    expect(await database.meta.get('bundledBankHash')).toMatchObject({ value: bundledBankHash });
  });

  it('loads the bank when the hint is wrong (a database emptied behind its back)', async () => {
    localStorage.setItem(HINT, bundledBankHash);
    const { state } = await startApp();
    expect(state.phase).toBe('ready');
    expect(await database.questions.count()).toBeGreaterThan(500);
  });

  it('on a first visit, holds the starter set for a Quick 10 and fetches no pack until the first screen is shown', async () => {
    const { status, packLoads } = await freshModules();
    const { loadQuickPool, questionsBeingWritten } = await import('./pool-cache');
    const { startQuickSession } = await import('./study-starters');
    const { recordAnswer } = await import('./study-repo');
    status.expectFirstScreen(); // Practice, opened on a Quick 10
    const started = status.startBankSync();
    await expect.poll(() => status.useBankSyncStatus.getState().starterKnown, { timeout: 5000 }).toBe(true);
    expect(status.useBankSyncStatus.getState()).toMatchObject({ phase: 'loading', poolKnown: false });
    expect(packLoads).not.toHaveBeenCalled();
    const starter = await loadQuickPool();
    expect(starter.length).toBeGreaterThanOrEqual(40);
    expect(starter.length).toBeLessThan(100);

    // A first Quick 10 from it, answered before the bank's write has even begun.
    const now = new Date('2026-11-23T10:00:00Z');
    const id = (await startQuickSession('cissp', now, 7))!;
    const session = await database.sessions.get(id);
    const queue = (session!.state as { queue: string[] }).queue;
    expect(queue).toHaveLength(10);
    const first = questionsBeingWritten()!.get(queue[0]!)!;
    expect(first).toBeDefined();
    await recordAnswer({
      sessionId: id,
      questionKey: first.key,
      chosen: first.answer,
      responseMs: 9000,
      now,
      settings: defaultSchedulerSettings,
    });
    expect(await database.questions.count()).toBe(0);
    expect(await getCard(database, first.key)).toMatchObject({ questionKey: first.key, lastCorrect: true });

    status.firstScreenShown();
    await started;
    expect(packLoads).toHaveBeenCalledTimes(1);
    expect(status.useBankSyncStatus.getState()).toMatchObject({ phase: 'ready', poolKnown: true });
    expect(questionsBeingWritten()).toBeUndefined();
    // Every starter question is in the bank as written, the same record: the session reads on from there.
    expect(await database.questions.bulkGet(starter.map((q) => q.key))).toEqual(starter);
    expect((await loadQuickPool()).length).toBe(await database.questions.count());
  });

  it('lets a first visit’s starter set go when the bank fails to load: nothing unwritten is drawn from', async () => {
    vi.resetModules();
    (await import('./db')).setDatabase(database);
    const status = await import('./bank-sync-status');
    const { loadQuickPool, questionsBeingWritten } = await import('./pool-cache');
    status.expectFirstScreen();
    const started = status.startBankSync();
    await expect.poll(() => status.useBankSyncStatus.getState().starterKnown, { timeout: 5000 }).toBe(true);
    const failing = vi.spyOn(database, 'transaction').mockRejectedValueOnce(new Error('QuotaExceededError'));
    status.firstScreenShown();
    await started;
    failing.mockRestore();
    expect(status.useBankSyncStatus.getState()).toMatchObject({ phase: 'error', poolKnown: false, starterKnown: false });
    expect(questionsBeingWritten()).toBeUndefined();
    expect(await loadQuickPool()).toEqual([]);
  });

  it('fetches the packs at once for a Quick 10 link when the database holds an older bank, hint or not', async () => {
    await startApp(); // a bank loaded, as by an older build…
    await database.meta.put({ key: 'bundledBankHash', value: 'an older bank' });
    localStorage.clear(); // …and no hint (site storage cleared but for the database, or blocked)
    const { status, packLoads } = await freshModules();
    status.expectFirstScreen(); // a Quick 10 link: its screen waits for the bank, so it cannot say it is drawn first
    const started = status.startBankSync();
    // Not after the second a starter-set first visit may wait for its first screen.
    await expect.poll(() => packLoads.mock.calls.length, { timeout: 600 }).toBe(1);
    await started;
    expect(status.useBankSyncStatus.getState()).toMatchObject({ phase: 'ready', starterKnown: false });
    expect(await database.meta.get('bundledBankHash')).toMatchObject({ value: bundledBankHash });
  });
});
