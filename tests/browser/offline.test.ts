/**
 * Offline first, for real: after one online visit the service worker controls the app; with the
 * network cut, a reload and a deep link still open it, a practice session runs to its summary, and
 * a plan is created and re-planned — all from the precache and IndexedDB. The build's precache
 * holds every built file, and the web manifest is linked, complete, and its icons are real PNGs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  launchBrowser,
  openPage,
  readReviewLogs,
  readStore,
  seriousAxeViolations,
  waitForBank,
  waitForServiceWorkerControl,
} from './browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
/** Requests that failed while the network was cut (a request a reload aborts is not a failure). */
const failedOffline: string[] = [];
let offline = false;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  context.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    if (offline && reason !== 'net::ERR_ABORTED') failedOffline.push(`${r.url()} ${reason}`);
  });
  ({ page, errors } = await openPage(context, '/'));
  await waitForBank(page);
});
afterAll(async () => {
  await browser.close();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative('dist', path)];
  });
}

describe('offline first', () => {
  it('precaches every file of the build, the whole question bank included', () => {
    const sw = readFileSync('dist/sw.js', 'utf8');
    const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
    const built = filesUnder('dist').filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f));
    expect(new Set(precached)).toEqual(new Set(built));
    const packs = built.filter((f) => /\.pack-[\w-]+\.js$/.test(f));
    expect(packs.length).toBe(readdirSync('questions').filter((f) => f.endsWith('.pack.json')).length);
    const bytes = precached.reduce((sum, f) => sum + statSync(join('dist', f)).size, 0);
    console.log(`precache: ${precached.length} files, ${(bytes / 1024).toFixed(1)} KiB (${packs.length} question packs)`);
  });

  it('links a complete web manifest whose icons are real PNGs of the stated sizes', async () => {
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const manifest = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
    }, href!);
    expect(manifest.type).toMatch(/application\/manifest\+json/);
    expect(manifest.body).toMatchObject({
      name: 'Bastion',
      short_name: 'Bastion',
      display: 'standalone',
      start_url: './',
      scope: './',
      theme_color: '#1f4e79',
      background_color: '#f7f8fa',
    });
    const icons = manifest.body.icons as { src: string; sizes: string; type: string; purpose: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) {
      const decoded = await page.evaluate(async (src) => {
        const response = await fetch(new URL(src, new URL('/manifest.webmanifest', location.href)));
        const bitmap = await createImageBitmap(await response.blob());
        return { status: response.status, type: response.headers.get('content-type'), size: `${bitmap.width}x${bitmap.height}` };
      }, icon.src);
      expect(decoded).toEqual({ status: 200, type: 'image/png', size: icon.sizes });
    }
  });

  it('opens, practises and plans with the network cut', async () => {
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    offline = true;
    try {
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      await page.reload();
      await page.getByRole('heading', { level: 1 }).first().waitFor();

      // A deep link: the navigation itself is answered by the service worker.
      await page.goto(`${baseUrl()}/practice`);
      await expect.poll(() => page.getByRole('button', { name: 'Start practice' }).isEnabled(), { timeout: 20_000 }).toBe(true);
      await page.getByRole('button', { name: 'Start practice' }).click();
      const progress = () => page.locator('text=/question \\d+ of \\d+/').first().textContent();
      for (const [i, choice] of ['1', 'b', '3'].entries()) {
        await page.locator('.option.choice').first().waitFor();
        await page.keyboard.press(choice);
        await page.keyboard.press('Enter');
        await page.getByRole('button', { name: /Next question/ }).waitFor();
        await page.keyboard.press('n');
        await expect.poll(progress).toMatch(new RegExp(`question ${i + 2} of \\d+`));
      }
      await page.getByRole('button', { name: 'End session' }).click();
      await page.getByRole('heading', { name: /^Session (complete|ended)$/ }).waitFor();
      expect(await readReviewLogs(page)).toHaveLength(3);

      // Plan screen: a lazily loaded route never visited while online.
      await page.getByRole('link', { name: 'Plan', exact: true }).click();
      await page.getByRole('button', { name: '5 months' }).click();
      await page.getByLabel('Hours per week (1–40)').fill('10');
      await page.getByRole('button', { name: 'Create plan' }).click();
      await page.getByRole('heading', { name: 'Week by week' }).waitFor();
      await page.getByRole('button', { name: 'Change dates or hours' }).click();
      await page.getByLabel('Hours per week (1–40)').fill('14');
      await page.getByRole('button', { name: 'Re-plan with these settings' }).click();
      await page.getByRole('heading', { name: 'Plan history' }).waitFor();
      const plans = await readStore<{ status: string }>(page, 'plans');
      expect(plans.map((p) => p.status).sort()).toEqual(['active', 'archived']);
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.goto(`${baseUrl()}/settings`);
      await page.getByText(/^Works offline: this browser keeps a copy of the app/).waitFor();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    } finally {
      await context.setOffline(false);
      offline = false;
    }
    expect(failedOffline).toEqual([]);
    expect(errors).toEqual([]);
  });
});
