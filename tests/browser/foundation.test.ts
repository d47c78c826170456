/**
 * The foundation as a newcomer meets it: every route by keyboard alone, accessibility in both
 * themes, deep links that survive reload, the bank browser, and no console errors anywhere.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navRoutes } from '../../src/app/routes';
import { baseUrl, launchBrowser, openPage, seriousAxeViolations, waitForBank } from './browser';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser.close();
});

async function tabTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === label) return;
  }
  throw new Error(`Could not reach "${label}" with the Tab key`);
}

/**
 * Text fields, selects and fieldsets the theme does not draw: a text field or select whose
 * background is not the theme's surface, a fieldset whose border is not the theme's border colour.
 * (An input without a `type` once kept the browser's own grey box in both themes, and fieldsets
 * their near-white groove in the dark one.) Runs in the page.
 */
function unthemedControls(): string[] {
  const probe = (value: string, property: 'backgroundColor' | 'borderTopColor') => {
    const el = document.createElement('div');
    el.style.setProperty(property === 'backgroundColor' ? 'background-color' : 'border-top-color', value);
    document.body.append(el);
    const colour = getComputedStyle(el)[property];
    el.remove();
    return colour;
  };
  const surface = probe('var(--surface)', 'backgroundColor');
  const border = probe('var(--border)', 'borderTopColor');
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.getAttribute('type') ? '[type=' + el.getAttribute('type') + ']' : ''}`;
  const fields = document.querySelectorAll(
    'input:not([type]), input[type=text], input[type=search], input[type=number], input[type=date], textarea, select',
  );
  const problems: string[] = [];
  for (const el of fields)
    if (getComputedStyle(el).backgroundColor !== surface) problems.push(`${name(el)} background ${getComputedStyle(el).backgroundColor}`);
  for (const el of document.querySelectorAll('fieldset'))
    if (getComputedStyle(el).borderTopColor !== border) problems.push(`${name(el)} border ${getComputedStyle(el).borderTopColor}`);
  return problems;
}

describe('app shell', () => {
  it('reaches every route with the keyboard alone, without console errors', async () => {
    const { page, errors } = await openPage(context, '/');
    await waitForBank(page);
    for (const route of navRoutes) {
      await page.goto(baseUrl() + '/');
      await page.locator('h1').first().waitFor();
      await tabTo(page, route.label);
      await page.keyboard.press('Enter');
      await page.waitForURL(baseUrl() + route.path);
      await expect.poll(() => page.locator('h1').first().textContent()).toBeTruthy();
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations on any route in the ${scheme} theme`, async () => {
      const themed = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      const { page, errors } = await openPage(themed, '/');
      await waitForBank(page);
      const found: Record<string, unknown> = {};
      const unthemedByRoute: Record<string, string[]> = {};
      for (const route of [...navRoutes.map((r) => r.path), '/bank?domain=1']) {
        await page.goto(baseUrl() + route);
        await page.locator('h1').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
        const violations = await seriousAxeViolations(page);
        if (violations.length > 0) found[route] = violations;
        const unthemed = await page.evaluate(unthemedControls);
        if (unthemed.length > 0) unthemedByRoute[route] = unthemed;
      }
      expect(found).toEqual({});
      expect(unthemedByRoute).toEqual({});
      expect(errors).toEqual([]);
      await themed.close();
    });
  }

  it('survives a reload on a deep link', async () => {
    const { page } = await openPage(context, '/bank?domain=3&q=key');
    await waitForBank(page);
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Question bank');
    expect(await page.getByRole('checkbox', { name: /3\. Security Architecture/ }).isChecked()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Search questions' }).inputValue()).toBe('key');
    await page.goto(baseUrl() + '/settings');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Settings');
    await page.close();
  });
});

describe('bank browser', () => {
  it('filters by domain and by text, and shows a question with every explanation', async () => {
    const { page, errors } = await openPage(context, '/bank');
    await waitForBank(page);
    const status = page.getByRole('status').filter({ hasText: 'questions' });
    await expect.poll(() => status.textContent()).toMatch(/^([\d,]+) of \1 CISSP questions$/);
    const shownCount = (text: string | null) => Number(text?.split(' ')[0]?.replaceAll(',', ''));
    const total = shownCount(await status.textContent());
    expect(total).toBeGreaterThan(0);

    await page.getByRole('checkbox', { name: /^4\. Communication and Network Security/ }).check();
    await expect.poll(async () => shownCount(await status.textContent())).toBeLessThan(total);
    const firstItem = page.locator('.bank-list-item a').first();
    // In the outline's order: the domain's first objective comes first.
    await expect.poll(() => firstItem.textContent()).toMatch(/^CISSP 4\.1 ·/);

    // Back to the same filtered list, at the question opened (the tenth), with focus on it: by the
    // question's link and by the browser's Back.
    const filtered = await status.textContent();
    await page.locator('.bank-list-item a').nth(9).click();
    await page.getByRole('link', { name: '← All questions' }).waitFor();
    const id = ((await page.locator('h1').textContent()) ?? '').split(' ')[1]!;
    const focusedItem = () =>
      page.evaluate(() => (document.activeElement?.closest('.bank-list-item') ? document.activeElement.textContent : null));
    await page.getByRole('link', { name: '← All questions' }).click();
    await expect.poll(() => status.textContent()).toBe(filtered);
    expect(new URL(page.url()).searchParams.getAll('domain')).toEqual(['4']);
    await expect.poll(focusedItem).toContain(id);
    expect(await page.locator('.bank-list').evaluate((list) => list.scrollTop)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: new RegExp(`^Question ${id}`) }).waitFor();
    await page.goBack();
    await expect.poll(focusedItem).toContain(id);

    const stemWord = ((await firstItem.textContent()) ?? '').split('·')[1]?.trim().split(/\s+/)[1] ?? '';
    await page.getByRole('searchbox', { name: 'Search questions' }).fill(stemWord);
    await expect.poll(async () => shownCount(await status.textContent())).toBeGreaterThan(0);

    await page.locator('.bank-list-item a').first().click();
    await page.getByRole('button', { name: 'Show answer and explanations' }).click();
    const explained = page.getByRole('list', { name: 'Options with explanations' }).locator('li');
    expect(await explained.count()).toBe(4);
    expect(await page.locator('.explanation').count()).toBe(4);
    expect(await page.getByText('Correct answer').count()).toBe(1);

    // A search that finds nothing says so, and offers to clear the filters.
    await page.getByRole('link', { name: '← All questions' }).click();
    await page.getByRole('searchbox', { name: 'Search questions' }).fill('zzzzqqqq');
    await page.getByText('No CISSP question matches these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect.poll(async () => shownCount(await status.textContent())).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Into reports/ (ignored by git) on every run, so a test run leaves the checkout clean; into docs/,
  // where the README shows them, with `npm run screenshots`.
  it('saves screenshots of Today and the bank browser for the README', async () => {
    const folder = process.env.UPDATE_README_SCREENSHOTS === '1' ? 'docs' : 'reports/screenshots';
    mkdirSync(folder, { recursive: true });
    const { page } = await openPage(context, '/');
    await waitForBank(page);
    await page.locator('h1').first().waitFor();
    await page.getByRole('table').first().waitFor();
    await page.screenshot({ path: `${folder}/screenshot-today.png` });
    await page.goto(baseUrl() + '/bank?domain=1');
    await page.locator('.bank-list-item').first().waitFor();
    await page.screenshot({ path: `${folder}/screenshot-bank.png` });
    await page.close();
  });
});

describe('phone width', () => {
  it('lays out the bank without horizontal scrolling at 360 px', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page } = await openPage(phone, '/bank');
    await waitForBank(page);
    await page.locator('.bank-list-item').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });

  it('lays out every screen without horizontal scrolling at 360 px (wide tables scroll in their own region)', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const { page } = await openPage(phone, '/');
    await waitForBank(page);
    const wider: string[] = [];
    for (const { path, label } of navRoutes) {
      await page.goto(baseUrl() + path);
      await page.locator('main h1').first().waitFor();
      await page.waitForFunction(
        () => !document.querySelector('main [aria-busy="true"]') && !/^Loading…$/.test(document.querySelector('main')?.textContent ?? ''),
      );
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wider.push(`${label}: ${overflow} px too wide`);
    }
    expect(wider).toEqual([]);
    await phone.close();
  });
});
