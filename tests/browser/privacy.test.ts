/**
 * Nothing leaves the browser. Every request of a full tour — Today, practice, review, a short exam,
 * a plan, progress, the bank, the group screen, a backup export — made by the pages or by the
 * service worker goes to the app's own origin (or is a data:/blob: URL). The CSP that enforces it is
 * in the served index.html and in the preview server's headers, with no inline script and no eval,
 * and the tour never makes it refuse anything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, readReviewLogs, waitForBank, waitForServiceWorkerControl } from './browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
/** Every request of the context: pages and the service worker alike. */
const requests: { url: string; from: 'page' | 'service worker' }[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  context.on('request', (r) => requests.push({ url: r.url(), from: r.serviceWorker() ? 'service worker' : 'page' }));
  // A refused script or eval is a console error here: the CSP must never have to refuse anything
  // (zod probed for eval until it was told not to, and each probe was a reported violation).
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  ({ page, errors } = await openPage(context, '/'));
  await waitForBank(page);
});
afterAll(async () => {
  await browser.close();
});

/** The directive's sources: "script-src 'self'" → ["'self'"]. */
function directive(policy: string, name: string): string[] | undefined {
  const found = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  return found?.slice(1);
}

function checkPolicy(policy: string): void {
  expect(directive(policy, 'script-src')).toEqual(["'self'"]);
  expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
  expect(directive(policy, 'default-src')).toEqual(["'self'"]);
  expect(directive(policy, 'worker-src')).toContain("'self'");
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).not.toContain("'unsafe-eval'");
}

async function answer(p: Page, choices: string[]): Promise<void> {
  for (const choice of choices) {
    await p.locator('.option.choice').first().waitFor();
    const before = await p.locator('text=/question \\d+ of \\d+/').first().textContent();
    await p.keyboard.press(choice);
    await p.keyboard.press('Enter');
    await p.getByRole('button', { name: /Next question/ }).waitFor();
    await p.keyboard.press('n');
    await expect.poll(() => p.locator('text=/question \\d+ of \\d+/').first().textContent()).not.toBe(before);
  }
}

describe('privacy', () => {
  it('serves the CSP in index.html and as a header, with no inline script and no eval', async () => {
    const response = await fetch(`${baseUrl()}/`);
    const html = await response.text();
    const header = response.headers.get('content-security-policy');
    expect(header).toBeTruthy();
    checkPolicy(header!);
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]?.replaceAll('&#39;', "'");
    expect(meta).toBe(header);
    checkPolicy(meta!);
    // Every script is a file: no inline script for the CSP to refuse, and nothing that needs 'unsafe-inline'.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\//);
      expect(body!.trim()).toBe('');
    }
    // The service worker script is served under the same policy.
    const sw = await fetch(`${baseUrl()}/sw.js`);
    expect(sw.status).toBe(200);
    checkPolicy(sw.headers.get('content-security-policy')!);
  });

  it('serves the hashed assets compressed ahead of time and cacheable for good; the shell and worker revalidated', async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    const script = html.match(/<script\b[^>]*\bsrc="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeTruthy();
    const onDisk = readFileSync(join('dist', script!), 'utf8');
    for (const encoding of ['br', 'gzip']) {
      const response = await fetch(`${baseUrl()}${script}`, { headers: { 'accept-encoding': encoding } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      checkPolicy(response.headers.get('content-security-policy')!);
      expect(await response.text()).toBe(onDisk); // fetch decodes it
    }
    // A new version is found only if the shell and the worker are asked for again.
    for (const path of ['/', '/sw.js']) expect((await fetch(`${baseUrl()}${path}`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('makes no request to any other origin during a full tour', async () => {
    await waitForServiceWorkerControl(page);
    await page.getByRole('heading', { level: 1 }).first().waitFor();

    await page.goto(`${baseUrl()}/practice`);
    await expect.poll(() => page.getByRole('button', { name: 'Start practice' }).isEnabled(), { timeout: 20_000 }).toBe(true);
    await page.getByRole('button', { name: 'Start practice' }).click();
    await answer(page, ['1', 'b', '3']);
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('heading', { name: /^Session (complete|ended)$/ }).waitFor();

    await page.goto(`${baseUrl()}/review`);
    await page.getByRole('button', { name: 'Start review' }).click({ timeout: 10_000 });
    await answer(page, ['2', 'a']);
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('heading', { name: /^Session (complete|ended)$/ }).waitFor();

    await page.goto(`${baseUrl()}/exam`);
    await page.getByRole('radio', { name: /Short practice exam/ }).check();
    await expect.poll(() => page.getByRole('button', { name: 'Start exam' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Start exam' }).click();
    for (let i = 0; i < 3; i++) {
      await expect.poll(() => page.locator('text=/item \\d+ of 25/').first().textContent()).toMatch(new RegExp(`item ${i + 1} of 25`));
      await page.keyboard.press(['a', '2', 'C'][i]!);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => page.locator('text=/item \\d+ of 25/').first().textContent()).toMatch(/item 4 of 25/);

    await page.goto(`${baseUrl()}/plan`);
    await page.getByRole('button', { name: '5 months' }).click();
    await page.getByLabel('Hours per week (1–40)').fill('10');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { name: 'Week by week' }).waitFor();

    for (const [path, heading] of [
      ['/progress', /Progress/],
      ['/bank', /Question bank/],
      ['/group', /Study group/],
      ['/certification', /./],
    ] as const) {
      await page.goto(baseUrl() + path);
      await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
    }
    await page.goto(`${baseUrl()}/bank`);
    await page.locator('.bank-list-item a').first().click();
    await page.getByRole('button', { name: 'Show answer and explanations' }).click();

    await page.goto(`${baseUrl()}/settings`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^bastion-backup-.*\.json$/);
    expect(await readReviewLogs(page)).toHaveLength(8);

    const origin = new URL(baseUrl()).origin;
    const foreign = requests.filter((r) => !r.url.startsWith(`${origin}/`) && !/^(data|blob):/.test(r.url));
    expect(foreign).toEqual([]);
    // The tour really went through both kinds of requester.
    expect(requests.some((r) => r.from === 'service worker')).toBe(true);
    expect(requests.filter((r) => r.from === 'page').length).toBeGreaterThan(20);
    expect(errors).toEqual([]);
  });
});
