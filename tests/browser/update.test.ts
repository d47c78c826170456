/**
 * A new version of the app while the learner is busy. The built service worker is changed on disk
 * (as a deploy would), the browser finds it and installs it, and it waits. The "Update available"
 * banner appears, but offers no reload while a practice session or an exam is in progress; once
 * both are over, "Reload to update" is reachable by keyboard and swaps the new version in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, seriousAxeViolations, waitForBank, waitForServiceWorkerControl } from './browser';

const swPath = 'dist/sw.js';
const originalSw = readFileSync(swPath, 'utf8');
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  ({ page, errors } = await openPage(context, '/practice'));
  await waitForBank(page);
  await waitForServiceWorkerControl(page);
});
afterAll(async () => {
  writeFileSync(swPath, originalSw);
  await browser.close();
});

const banner = () => page.getByRole('status').filter({ hasText: 'Update available.' });
const reloadButton = () => page.getByRole('button', { name: 'Reload to update' });

async function serviceWorkers(): Promise<{ waiting: boolean; active: string | undefined }> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { waiting: !!registration?.waiting, active: registration?.active?.state };
  });
}

describe('update prompt', () => {
  it(
    'waits for the session and the exam to end before offering the reload, then swaps the new version in',
    { timeout: 120_000 },
    async () => {
      // A practice session in progress.
      await expect.poll(() => page.getByRole('button', { name: 'Start practice' }).isEnabled(), { timeout: 20_000 }).toBe(true);
      await page.getByRole('button', { name: 'Start practice' }).click();
      await page.locator('.option.choice').first().waitFor();
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /Next question/ }).waitFor();

      // A new version is deployed; the browser checks for it (as it does on navigation, and the app hourly).
      writeFileSync(swPath, `${originalSw}\n// a new build, ${new Date().toISOString()}\n`);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await banner().waitFor({ timeout: 20_000 });
      expect(await serviceWorkers()).toEqual({ waiting: true, active: 'activated' });
      expect(await banner().textContent()).toContain('once your practice session is finished or ended');
      expect(await reloadButton().count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // An exam starts as well (from another screen: the practice session stays in progress).
      await page.goto(`${baseUrl()}/exam`);
      await page.getByRole('radio', { name: /Short practice exam/ }).check();
      await expect.poll(() => page.getByRole('button', { name: 'Start exam' }).isEnabled()).toBe(true);
      await page.getByRole('button', { name: 'Start exam' }).click();
      await expect.poll(() => banner().textContent()).toContain('once your exam and your practice session are finished or ended');

      // The practice session ends: the exam still holds the update back.
      await page.goto(`${baseUrl()}/practice`);
      await page.getByRole('button', { name: 'End session' }).click();
      await page.getByRole('heading', { name: /^Session (complete|ended)$/ }).waitFor();
      await expect.poll(() => banner().textContent()).toContain('once your exam is finished or ended');
      expect(await reloadButton().count()).toBe(0);

      // The exam runs to its end; nothing reloads meanwhile.
      await page.goto(`${baseUrl()}/exam`);
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));
      const counter = () => page.locator('text=/item \\d+ of 25/').first().textContent();
      for (let i = 0; i < 25; i++) {
        await expect.poll(counter).toMatch(new RegExp(`item ${i + 1} of 25`));
        await page.keyboard.press(['a', 'b', 'c', 'd'][i % 4]!);
        // Enter pressed before the choice has rendered submits nothing on a busy machine: wait for it.
        await expect.poll(() => page.locator('.option.choice input:checked').count()).toBe(1);
        await page.keyboard.press('Enter');
      }
      await page.getByRole('heading', { name: /^Simulated result: (pass|fail)/ }).waitFor();
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

      // Nothing in progress: the reload is offered, first in the main content for keyboard users.
      await reloadButton().waitFor();
      expect(await banner().textContent()).toContain('Reloading takes a moment; your data stays as it is.');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.goto(`${baseUrl()}/`);
      await banner().waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reload to update');
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);

      await expect.poll(serviceWorkers, { timeout: 20_000 }).toEqual({ waiting: false, active: 'activated' });
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await banner().count()).toBe(0);
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${baseUrl()}/sw.js`);
      expect(errors).toEqual([]);
    },
  );
});
