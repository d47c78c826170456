/**
 * Backups in a real browser: a learner practises, exports everything, and restores the file in a
 * new, empty browser profile, where every table then matches the original. A truncated file and a
 * file from a newer app are refused with a precise message and change nothing. axe runs on
 * Settings in light and dark, with the reminder, the preview and the refusal on screen.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewLogChunk } from '../../src/data/review-log-chunks';
import { baseUrl, launchBrowser, openPage, readCards, readReviewLogs, readStore, seriousAxeViolations } from './browser';

let browser: Browser;
let original: BrowserContext;
let page: Page;
let errors: string[];
let backupText = '';

/** Learner tables compared row for row after a restore (packs and questions hold the bundled bank too). */
const learnerStores = [
  'cards', // in buckets (src/data/card-store.ts), read as one list: a bucket's order is the order of its writes
  'logChunks', // the review logs, 64 to a record: a restore must rebuild the same records
  'sessions',
  'settings',
  'flags',
  'studyTime',
  'plans',
  'groups',
  'problemReports',
  'assignments',
  'acceptedAssignments',
  'memberResults',
  'teamCerts',
];

beforeAll(async () => {
  browser = await launchBrowser();
  original = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  ({ page, errors } = await openPage(original, '/practice'));
});
afterAll(async () => {
  await browser.close();
});

const fileInput = (p: Page) => p.getByLabel('Backup file (.json) to check before importing');
const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

async function snapshot(p: Page): Promise<Record<string, unknown[]>> {
  const read = (store: string) => (store === 'cards' ? readCards(p) : readStore(p, store));
  const entries = await Promise.all([...learnerStores, 'meta', 'packs'].map(async (s) => [s, await read(s)] as const));
  return Object.fromEntries(entries);
}

/**
 * Waits for the bundled bank's row in meta. (browser.ts's `waitForBank` passes an async predicate
 * to `waitForFunction`, which takes the returned Promise itself as truthy and returns at once.)
 */
async function bankLoaded(p: Page): Promise<void> {
  const loaded = async () => (await readStore<{ key: string }>(p, 'meta')).some((m) => m.key === 'bundledBankHash');
  await expect.poll(loaded, { timeout: 30_000 }).toBe(true);
}

/** Settings in a new profile, once the app has opened its database and loaded the bank. */
async function openSettings(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const tracked = await openPage(context, '/settings');
  await tracked.page.getByText('No backup yet from this browser.').waitFor({ timeout: 20_000 });
  await bankLoaded(tracked.page);
  return tracked;
}

describe('backups', () => {
  it('practises a few questions, then exports everything as one file', async () => {
    await expect.poll(() => page.getByRole('button', { name: 'Start practice' }).isEnabled(), { timeout: 20_000 }).toBe(true);
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.locator('.option.choice').first().waitFor();
    await page.keyboard.press('f'); // flag the first question
    const progress = () => page.locator('text=/question \\d+ of \\d+/').first().textContent();
    for (const [i, choice] of ['1', 'b', '3'].entries()) {
      await page.keyboard.press(choice);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /Next question/ }).waitFor();
      await page.keyboard.press('n');
      await expect.poll(progress).toMatch(new RegExp(`question ${i + 2} of \\d+`));
    }
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('heading', { name: /^Session (complete|ended)$/ }).waitFor();

    await page.goto(`${baseUrl()}/settings`);
    await page.getByText('Time for a backup.').waitFor({ timeout: 10_000 });
    await page.getByLabel('New questions per day').fill('15');
    await page.getByLabel('Remind me to back up after this many days without one').fill('10');
    await expect
      .poll(async () => (await readStore<{ key: string }>(page, 'settings')).map((s) => s.key).sort())
      .toEqual(expect.arrayContaining(['backupReminderDays', 'dailyNewLimit']));
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A stored text above U+007F (as an imported question or a note can hold): the file escapes it.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('bastion');
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put({ key: 'unicodeNote', value: 'latency ≈ 5 ms — 😀' });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    // By keyboard, from the reminder's own button: it goes with the reminder, so focus moves to the status saying what was saved.
    await page.getByRole('button', { name: 'Back up now' }).focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(download.suggestedFilename()).toBe(`bastion-backup-${today}.json`);
    backupText = await readFile(await download.path(), 'utf8');
    await page
      .getByRole('status')
      .filter({ hasText: `Saved bastion-backup-${today}.json` })
      .waitFor();
    await expect.poll(() => page.getByText('Time for a backup.').count()).toBe(0);
    await expect
      .poll(() =>
        page.evaluate(() => (document.activeElement?.getAttribute('role') === 'status' ? document.activeElement.textContent : '')),
      )
      .toMatch(/^Saved bastion-backup-/);

    // The CSV button is disabled while the file is made, which drops focus: it goes to the status too.
    await page.getByRole('button', { name: 'Export review history as CSV' }).focus();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(csv.suggestedFilename()).toBe(`bastion-review-history-${today}.csv`);
    await expect
      .poll(() =>
        page.evaluate(() => (document.activeElement?.getAttribute('role') === 'status' ? document.activeElement.textContent : '')),
      )
      .toBe(`Saved bastion-review-history-${today}.csv.`);

    const file = JSON.parse(backupText) as {
      format: string;
      version: number;
      tables: Record<string, { rows: unknown[]; columns?: Record<string, unknown> }>;
    };
    expect(file).toMatchObject({ format: 'bastion-backup', version: 4 });
    // Plain ASCII (ascii-json.ts), the note escaped; the restore below reads it back unchanged.
    expect(backupText).not.toMatch(/[\u0080-\uffff]/);
    expect(backupText).toContain('latency \\u2248 5 ms \\u2014 \\ud83d\\ude00');
    const columns = file.tables.reviewLogs!.columns!;
    expect(columns.id).toHaveLength(3); // the answers, as columns
    // Encoded as version 4 encodes them (column-encodings.ts), here by the engine's own base64.
    expect(columns.stability).toEqual({ f64: expect.stringMatching(/^[A-Za-z0-9+/]{32}$/) });
    expect((columns.sessionId as { index: number[] }).index).toEqual([0, 0, 0]);
    expect(file.tables.questions!.rows).toEqual([]); // the bundled bank is not in a backup
    expect(await readCards(page)).toHaveLength(3);
    // The answers are stored in columns (so the chunk comparisons below compare the numbers too).
    const [chunk] = await readStore<ReviewLogChunk>(page, 'logChunks');
    expect(chunk?.packed?.numbers).toBeInstanceOf(Float64Array);
    expect(await readReviewLogs(page)).toHaveLength(3);
    expect(await readStore(page, 'flags')).toHaveLength(1);
    expect((await readStore<{ key: string }>(page, 'meta')).map((m) => m.key)).toContain('lastBackupAt');
  });

  it('restores the file in an empty browser profile, after refusing a truncated and a newer file', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page: restored, errors: restoredErrors } = await openSettings(fresh);
    const empty = await snapshot(restored);
    expect(empty.logChunks).toEqual([]);

    await fileInput(restored).setInputFiles(json('cut.json', backupText.slice(0, 1000)));
    const alert = restored.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /cut\.json cannot be imported\..*the file is truncated or not JSON: .+ at position 1000 \(line \d+, column \d+\)/,
    );
    expect(await seriousAxeViolations(restored)).toEqual([]);

    await fileInput(restored).setInputFiles(json('future.json', backupText.replace('"version": 4', '"version": 5')));
    await expect
      .poll(() => alert.textContent())
      .toMatch(/future\.json cannot be imported\..*version 5 is newer than this app understands \(4\)/);
    expect(await snapshot(restored)).toEqual(empty);

    await fileInput(restored).setInputFiles(json('backup.json', backupText));
    const preview = restored.getByRole('region', { name: /^Backup of / });
    await preview.waitFor();
    await expect.poll(() => restored.evaluate(() => document.activeElement?.id)).toBe('preview-title');
    const answersRow = preview.getByRole('row', { name: /Answers \(review history\)/ });
    expect(await answersRow.getByRole('cell').allTextContents()).toEqual(['3', '0']);
    await preview.getByText('This replaces all your data in this browser').waitFor();
    expect(await seriousAxeViolations(restored)).toEqual([]);
    expect(await snapshot(restored)).toEqual(empty);

    await preview.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await restored
      .getByRole('status')
      .filter({ hasText: /Your data was replaced with the backup of .*: 3 answers, 3 scheduled questions/ })
      .waitFor();
    // The button pressed went away with the preview: focus is on the outcome, not back at the top.
    await expect.poll(() => restored.evaluate(() => document.activeElement?.textContent)).toMatch(/^Your data was replaced/);

    const before = await snapshot(page);
    const after = await snapshot(restored);
    for (const store of learnerStores) expect(after[store], store).toEqual(before[store]);
    // The file was made before this backup was recorded, so it carries no 'lastBackupAt'; the bank's hash is this browser's own.
    const keys = (rows: unknown[]) => (rows as { key: string }[]).map((m) => m.key).sort();
    expect(keys(after.meta!)).toEqual(keys(before.meta!).filter((k) => k !== 'lastBackupAt'));
    const enabled = (rows: unknown[]) => (rows as { id: string; enabled: number }[]).map((p) => [p.id, p.enabled]);
    expect(enabled(after.packs!)).toEqual(enabled(before.packs!));
    await expect.poll(() => restored.getByLabel('New questions per day').inputValue()).toBe('15');

    // Whether the browser grants persistence is its own decision; either way the learner is told.
    await restored.getByText(/^Storage is (not )?persistent/).waitFor();
    const keep = restored.getByRole('button', { name: 'Keep my data (ask the browser not to evict it)' });
    if (await keep.isVisible()) {
      await keep.click();
      await restored
        .getByRole('status')
        .filter({ hasText: /^The browser (agreed|declined)/ })
        .waitFor();
    }
    expect(restoredErrors).toEqual([]);
    await fresh.close();
  });

  it('has no serious accessibility violations on Settings in the dark theme', async () => {
    const dark = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: 'dark' });
    const { page: darkPage, errors: darkErrors } = await openSettings(dark);
    await expect.poll(() => darkPage.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 22, 28)');
    expect(await seriousAxeViolations(darkPage)).toEqual([]);
    await fileInput(darkPage).setInputFiles(json('cut.json', backupText.slice(0, 1000)));
    await darkPage.getByRole('alert').waitFor();
    expect(await seriousAxeViolations(darkPage)).toEqual([]);
    await fileInput(darkPage).setInputFiles(json('backup.json', backupText));
    await darkPage.getByRole('region', { name: /^Backup of / }).waitFor();
    expect(await seriousAxeViolations(darkPage)).toEqual([]);
    await darkPage.getByRole('button', { name: 'Cancel' }).click();
    await darkPage.getByRole('status').filter({ hasText: 'Import cancelled. Nothing was changed.' }).waitFor();
    expect(await readReviewLogs(darkPage)).toEqual([]);
    expect(darkErrors).toEqual([]);
    expect(errors).toEqual([]);
    await dark.close();
  });
});
