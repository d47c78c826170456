/**
 * Storage, as the learner meets it:
 * - persistent storage is asked for once, after the first finished session — not on first load;
 * - Settings says whether storage is persistent, how much is used (the learner's data and the app's
 *   offline copy) and that the app works offline, in plain words;
 * - a full disk: every IndexedDB write is made to fail with a QuotaExceededError (as Firefox reports
 *   it; Chromium cannot be given a small quota from a test), the alert says what happened in plain
 *   words, nothing of the answer is written, and once there is room again the same answer saves.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  launchBrowser,
  openPage,
  readCards,
  readReviewLogs,
  seriousAxeViolations,
  waitForBank,
  waitForServiceWorkerControl,
} from './browser';
import { readSessions } from './sessions';

let browser: Browser;
let page: Page;
let errors: string[];

/** Counts persist() calls across reloads, and lets the test make every write fail as on a full disk. */
function instrumentStorage(): void {
  const persist = StorageManager.prototype.persist;
  StorageManager.prototype.persist = function (this: StorageManager) {
    localStorage.setItem('test:persist-calls', String(Number(localStorage.getItem('test:persist-calls') ?? 0) + 1));
    return persist.call(this);
  };
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
      if ((window as unknown as { diskFull?: boolean }).diskFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.addInitScript(instrumentStorage);
  ({ page, errors } = await openPage(context, '/practice'));
  await waitForBank(page);
});
afterAll(async () => {
  await browser.close();
});

const persistCalls = () => page.evaluate(() => Number(localStorage.getItem('test:persist-calls') ?? 0));
const askedAt = () => page.evaluate(() => localStorage.getItem('bastion:persistence-asked-at'));

async function practiseOneAndEnd(): Promise<void> {
  await page.goto(`${baseUrl()}/practice`);
  await expect.poll(() => page.getByRole('button', { name: 'Start practice' }).isEnabled(), { timeout: 20_000 }).toBe(true);
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.locator('.option.choice').first().waitFor();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /Next question/ }).waitFor();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('heading', { name: /^Session (complete|ended)$/ }).waitFor();
}

describe('storage', () => {
  it('asks for persistent storage once, after the first finished session', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Practice', exact: true }).waitFor();
    expect(await persistCalls()).toBe(0);
    expect(await askedAt()).toBeNull();

    await practiseOneAndEnd();
    await expect.poll(persistCalls).toBe(1);
    expect(await askedAt()).toMatch(/^\d{4}-\d\d-\d\dT/);

    await practiseOneAndEnd();
    await page.reload();
    await page.getByRole('heading', { name: 'Practice', exact: true }).waitFor();
    expect(await persistCalls()).toBe(1);
  });

  it('says in Settings whether storage is persistent, what is used, and that the app works offline', async () => {
    await waitForServiceWorkerControl(page);
    await page.goto(`${baseUrl()}/settings`);
    const storage = page.getByRole('region', { name: 'Storage' });
    await storage.getByText(/^Storage is (not )?persistent: /).waitFor();
    const usage = await storage.getByText(/^Using /).textContent();
    expect(usage).toMatch(
      /^Using [\d.,]+ (KB|MB) of the [\d.,]+ (KB|MB|GB) this browser allows this site: your data [\d.,]+ (KB|MB), the offline copy of the app [\d.,]+ (KB|MB)\.$/,
    );
    await storage.getByText(/^Works offline: this browser keeps a copy of the app and the whole question bank/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('says plainly when the disk is full, writes nothing, and saves the answer once there is room', async () => {
    await page.goto(`${baseUrl()}/practice`);
    await expect.poll(() => page.getByRole('button', { name: 'Start practice' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.locator('.option.choice').first().waitFor();
    const logsBefore = await readReviewLogs(page);
    const cardsBefore = await readCards(page);
    const sessionsBefore = await readSessions(page);

    await page.evaluate(() => Object.assign(window, { diskFull: true }));
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'Not saved: storage is full.' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'Bastion could not save your last change: this device has no storage space left for it. Nothing was half-saved, and everything saved before is still here.',
    );
    // The answer is not shown as given: the options are back, and nothing was written.
    await page.locator('.option.choice').first().waitFor();
    expect(await readReviewLogs(page)).toEqual(logsBefore);
    expect(await readCards(page)).toEqual(cardsBefore);
    expect(await readSessions(page)).toEqual(sessionsBefore);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Room again: close the message by keyboard and answer again.
    await page.evaluate(() => Object.assign(window, { diskFull: false }));
    await alert.getByRole('button', { name: 'Close this message' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => alert.count()).toBe(0);
    await page.locator('.option.choice').first().click();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Next question/ }).waitFor();
    await expect.poll(async () => (await readReviewLogs(page)).length).toBe(logsBefore.length + 1);
    expect(errors).toEqual([]);
  });
});
