/**
 * Plan and progress as a learner uses them: create a plan, practise, log manual time, and see hours,
 * coverage and on-track status update on Progress and Today.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, seriousAxeViolations, waitForBank } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  ({ page, errors } = await openPage(context, '/plan'));
  await waitForBank(page);
});
afterAll(async () => {
  await browser.close();
});

describe('plan and progress', () => {
  it('creates a plan, logs practice and manual time, and shows them on Progress and Today', async () => {
    await page.getByRole('button', { name: '5 months' }).click();
    await page.getByLabel('Hours per week (1–40)').fill('12');
    // Study every day, so that today (whatever weekday the test runs on) is inside the plan's first week.
    await page.getByRole('checkbox', { name: 'Sun' }).check();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Your plan gives about' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { name: 'Week by week' }).waitFor();
    expect(await page.locator('table').first().locator('tbody tr').count()).toBeGreaterThanOrEqual(20);
    expect(await page.getByText('Final review and mock exams').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Practise three questions.
    await page.goto(baseUrl() + '/practice');
    await expect.poll(() => page.getByRole('button', { name: 'Start practice' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Start practice' }).click();
    for (let i = 0; i < 3; i++) {
      await page.locator('.option.choice').first().waitFor();
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /Next question/ }).waitFor();
      await page.keyboard.press('n');
      await expect.poll(() => page.locator('text=/question \\d+ of/').first().textContent()).toMatch(new RegExp(`question ${i + 2} of`));
    }

    // Log 90 minutes of reading on Domain 3.
    await page.goto(baseUrl() + '/plan');
    await page.getByLabel('Minutes').fill('90');
    await page.getByLabel('Domain').selectOption({ label: '3. Security Architecture and Engineering' });
    await page.getByRole('button', { name: 'Log time' }).click();
    await page.getByText('Logged 90 min of reading.').waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'D3', exact: true }).count()).toBe(1);

    await page.goto(baseUrl() + '/progress');
    const d3 = page.getByRole('row', { name: /^3\. Security Architecture and Engineering/ });
    await expect.poll(() => d3.locator('td').last().textContent()).toBe('1.5');
    const seen = await page.getByRole('table', { name: 'CISSP progress per domain' }).locator('tbody tr td:nth-child(2)').allTextContents();
    expect(seen.reduce((sum, s) => sum + Number(s.split('/')[0]), 0)).toBe(3);
    expect(await page.getByText(/h planned so far/).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(baseUrl() + '/');
    await page.getByRole('heading', { name: 'This week' }).waitFor();
    await expect.poll(() => page.getByText(/h planned so far/).count()).toBe(1);
    const thisWeek = await page.getByText(/^This week: [\d.]+ h done of/).textContent();
    expect(Number(thisWeek?.match(/This week: ([\d.]+) h/)?.[1])).toBeGreaterThanOrEqual(1.5);
    expect(errors).toEqual([]);
  });
});
