/**
 * Debian's Chromium driven by playwright-core. Nothing here downloads a browser: CHROMIUM_PATH or
 * /usr/bin/chromium must exist (scripts/ensure-chromium.mjs installs Debian's package).
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { logsOf, type ReviewLogChunk } from '../../src/data/review-log-chunks';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs, headless: true });
}

export interface TrackedPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Every request URL the page made. */
  requests: string[];
}

export async function openPage(context: BrowserContext, path = '/'): Promise<TrackedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(baseUrl() + path);
  return { page, errors, requests };
}

export interface AxeSummary {
  id: string;
  impact: string | null | undefined;
  nodes: number;
  help: string;
  targets: string[];
}

/** Serious or critical WCAG 2.1 A/AA violations on the current page. */
export async function seriousAxeViolations(page: Page): Promise<AxeSummary[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
}

/**
 * Waits until the bundled bank has been loaded into IndexedDB (its content hash is recorded last,
 * in the same transaction). Polls from Node: `waitForFunction` cannot await a promise.
 */
export async function waitForBank(page: Page, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const loaded = await page.evaluate(async () => {
      const open = indexedDB.open('bastion');
      const database: IDBDatabase = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        if (!database.objectStoreNames.contains('meta')) return false;
        const req = database.transaction('meta', 'readonly').objectStore('meta').get('bundledBankHash');
        const row = await new Promise((resolve) => {
          req.onsuccess = () => resolve(req.result);
        });
        return row !== undefined;
      } finally {
        database.close();
      }
    });
    if (loaded) return;
    if (Date.now() > deadline) throw new Error('The bundled question bank did not load into IndexedDB in time');
    await page.waitForTimeout(100);
  }
}

/** Every row of one IndexedDB object store of the app's database, read inside the page. */
export async function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('bastion');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      const req = database.transaction(name, 'readonly').objectStore(name).getAll();
      return await new Promise<unknown[]>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error);
      });
    } finally {
      database.close();
    }
  }, store) as Promise<T[]>;
}

/** Every card, in question-key order: the app keeps them in buckets (src/data/card-store.ts). */
export async function readCards<T = Record<string, unknown>>(page: Page): Promise<T[]> {
  const buckets = await readStore<{ cards: (T & { questionKey: string })[] }>(page, 'cardBuckets');
  return buckets.flatMap((b) => b.cards).sort((a, b) => (a.questionKey < b.questionKey ? -1 : a.questionKey > b.questionKey ? 1 : 0));
}

/**
 * Every review log, in id order: the app keeps them 256 to a record, in columns where it can
 * (src/data/review-log-chunks.ts). Playwright hands typed arrays over as typed arrays.
 */
export async function readReviewLogs<T = Record<string, unknown>>(page: Page): Promise<T[]> {
  const chunks = await readStore<ReviewLogChunk>(page, 'logChunks');
  return chunks.flatMap(logsOf) as T[];
}

/** Waits until a service worker controls the page; the first visit is not controlled (no clients.claim), so reload once it is active. */
export async function waitForServiceWorkerControl(p: Page): Promise<void> {
  await p.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await p.evaluate(() => navigator.serviceWorker.controller !== null)) return;
    await p.reload();
  }
  throw new Error('No service worker took control of the page after five reloads');
}
