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
/** Today on the learner's calendar (the browser runs on this machine, in its time zone). */
const today = ((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`)(
  new Date(),
);
const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim());

afterAll(async () => {
  await browser.close();
});

describe('plan and progress', () => {
  it('refuses a past exam date, lets number and date fields be cleared, and says so in plain words', async () => {
    const problems = page.getByRole('alert');
    await page.getByLabel('Start date').fill('2020-01-06');
    await page.getByLabel('Exam date').fill('2020-06-01');
    await expect.poll(() => problems.textContent()).toContain('The exam date has already passed; pick an exam date after today.');
    expect(await page.getByRole('button', { name: 'Create plan' }).isDisabled()).toBe(true);

    await page.getByLabel('Start date').fill('');
    await expect.poll(() => problems.textContent()).toContain('Enter a start date.');
    const hours = page.getByLabel('Hours per week (1–40)');
    await hours.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => problems.textContent()).toContain('Enter the hours per week (1–40).');
    expect(await hours.inputValue()).toBe('');
    await page.keyboard.type('8');
    expect(await hours.inputValue()).toBe('8');
    await page.getByLabel('Start date').fill(today);
  });

  it('creates a plan, logs practice and manual time, and shows them on Progress and Today', async () => {
    await page.getByRole('button', { name: '5 months' }).click();
    await page.getByLabel('Hours per week (1–40)').fill('12');
    // Study every day, so that today (whatever weekday the test runs on) is inside the plan's first week.
    await page.getByRole('checkbox', { name: 'Sun' }).check();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Your plan gives about' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { name: 'Week by week' }).waitFor();
    // The status line takes focus a frame after it says so.
    await expect.poll(focusedText).toMatch(/^Plan created: \d+ weeks, about \d+ h in all\.$/);

    // "Change dates or hours" can be left with Cancel: focus goes to its heading, then back to the button.
    await page.getByRole('button', { name: 'Change dates or hours' }).click();
    expect(await focusedText()).toBe('Your study plan');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Nothing changed: the active plan is as it was.').waitFor();
    expect(await focusedText()).toBe('Change dates or hours');
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
    // Time cannot be logged on a day that has not come yet.
    await page.getByLabel('Date', { exact: true }).fill('2031-05-05');
    await page.getByText('The date is after today; log time on or before the day you studied.').waitFor();
    expect(await page.getByRole('button', { name: 'Log time' }).isDisabled()).toBe(true);
    await page.getByLabel('Date', { exact: true }).fill(today);
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

  it('lists the latest 50 study-time entries, says how many there are, and shows all of them with focus on the first new row', async () => {
    // Sixty more days of reading, older than anything logged so far.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('bastion');
          open.onsuccess = () => {
            const tx = open.result.transaction('studyTime', 'readwrite');
            for (let i = 1; i <= 60; i++)
              tx.objectStore('studyTime').add({ date: new Date(2024, 0, i, 9), minutes: 30, domain: 1, exam: 'cissp', source: 'reading' });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.goto(baseUrl() + '/plan');
    const entries = page.getByRole('table', { name: 'Study time entries, newest first' });
    const note = page.getByText(/^Showing the latest 50 of \d+ entries\.$/);
    await note.waitFor({ timeout: 10_000 });
    const total = Number((await note.textContent())!.match(/of (\d+) entries/)![1]);
    expect(total).toBeGreaterThan(60);
    expect(await entries.locator('tbody tr').count()).toBe(50);
    // The plan's dates are written in words, weeks as short ranges.
    expect(await page.getByRole('columnheader', { name: 'Mock exams planned' }).count()).toBe(1);
    expect(
      await page
        .locator('main')
        .getByText(/\d{4}-\d{2}-\d{2}/)
        .count(),
    ).toBe(0);

    await page.getByRole('button', { name: `Show all ${total} entries` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => entries.locator('tbody tr').count()).toBe(total);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TR');
    expect(await page.evaluate(() => (document.activeElement as HTMLTableRowElement).rowIndex)).toBe(51);
    expect(await entries.getByRole('button', { name: 'Edit the reading entry of 1 January 2024 (30 min)' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
