/**
 * The Certification screen in a real browser, as a newcomer meets it: two jobs (one entered by
 * keyboard alone) and a degree give the CISSP experience verdict; a pass date gives the endorsement
 * countdown; a CPE entry lands in the log, the progress and the CSV export; a role shows its path
 * and opens the plan. The app's clock is fixed at 1 March 2026, noon, so every date below can be
 * worked out by hand. axe runs in light and dark.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, readStore, seriousAxeViolations, waitForBank } from './browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

/** Moves the app's clock (src/data/clock.ts) to a local time and reloads. */
async function setAppClock(target: Page, localTime: Date): Promise<void> {
  await target.evaluate((ms) => sessionStorage.setItem('bastion:clock-offset-ms', String(ms)), localTime.getTime() - Date.now());
  await target.reload();
}

beforeAll(async () => {
  browser = await launchBrowser();
  // en-US fixes the order of the date fields (mm/dd/yyyy) for the keyboard entry below.
  context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-US' });
  ({ page, errors } = await openPage(context, '/certification'));
  await waitForBank(page);
  await setAppClock(page, new Date(2026, 2, 1, 12, 0));
  await page.getByRole('heading', { name: /CISSP experience check/ }).waitFor();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Presses Tab until the control labelled `label` has focus. Chromium gives a date input several
 * Tab stops (month, day, year, picker), so counting presses would test Chromium, not the form.
 */
async function tabTo(p: Page, label: string): Promise<void> {
  const focusedLabel = () =>
    p.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return (el?.labels?.[0]?.textContent ?? el?.textContent ?? '').trim();
    });
  for (let presses = 0; presses < 40; presses++) {
    await p.keyboard.press('Tab');
    if ((await focusedLabel()) === label) return;
  }
  throw new Error(`Tab never reached "${label}"`);
}

const jobForm = (p: Page) => p.getByRole('form', { name: 'Add a job' });

async function addJobWithMouse(p: Page, title: string, start: string, end: string, domain: string, hours?: string): Promise<void> {
  const form = jobForm(p);
  await form.getByLabel('Job title').fill(title);
  await form.getByLabel('Start date').fill(start);
  await form.getByLabel('End date').fill(end);
  if (hours) {
    await form.getByText('Part time').click();
    await form.getByLabel('Hours per week').fill(hours);
  }
  await form.getByText(domain).click();
  await form.getByRole('button', { name: 'Add job' }).click();
  await p.getByText(`Saved “${title}”.`).waitFor();
}

async function addCpeEntry(p: Page, date: string, activity: string, hours: string, evidence: string): Promise<void> {
  const form = p.getByRole('form', { name: 'Log a CPE activity' });
  await form.getByLabel('Date').fill(date);
  await form.getByLabel('Activity', { exact: true }).fill(activity);
  await form.getByLabel('Hours (credits)').fill(hours);
  await form.getByLabel(/^Evidence/).fill(evidence);
  await form.getByRole('button', { name: 'Add CPE entry' }).click();
  await p.getByText(`Logged “${activity}”.`).waitFor();
}

describe('certification screen', () => {
  it('gives the CISSP experience verdict for two jobs and a degree', async () => {
    // Job 1 by keyboard alone: title, start, end, (current and kind left as they are: full time), domains 1 and 3.
    await jobForm(page).getByLabel('Job title').focus();
    await page.keyboard.type('Security engineer');
    await tabTo(page, 'Start date');
    await page.keyboard.type('01012018');
    await tabTo(page, 'End date');
    await page.keyboard.type('12312020');
    await tabTo(page, '1. Security and Risk Management');
    await page.keyboard.press('Space');
    await tabTo(page, '3. Security Architecture and Engineering');
    await page.keyboard.press('Space');
    await tabTo(page, 'Add job');
    await page.keyboard.press('Enter');
    await page.getByText('Saved “Security engineer”.').waitFor();

    // Job 2 with the mouse: 18 months part time at 20 h/week, right after job 1.
    await addJobWithMouse(page, 'SOC analyst (part time)', '2021-01-01', '2022-06-30', '7. Security Operations', '20');
    await page.getByLabel('Name of the degree or credential').fill('BSc Computer Science');
    await page.getByRole('button', { name: 'Add degree or credential' }).click();

    // Credited months, with a month of 365.25 / 12 = 30.4375 days:
    //   job 1: 2018-01-01..2020-12-31 = 365 + 365 + 366 = 1096 days full time
    //   job 2: 2021-01-01..2022-06-30 = 365 + 181 = 546 days at 20/40 = 273 full-time days
    //   (1096 + 273) / 30.4375 = 44.98 → 45.0 months; the degree waives 12 of 60, so 48 are needed.
    await expect.poll(() => page.locator('.stat').first().textContent()).toBe('45 of 48 months');
    const reasons = page.getByRole('list', { name: 'Reasons for the verdict' });
    await expect.poll(() => reasons.textContent()).toContain('Waiver rule: your degree "BSc Computer Science" waives 1 year');
    expect(await reasons.textContent()).toContain('your work spans 3 domains');
    expect(await reasons.textContent()).toContain('counts at 20 of 40 hours a week');
    expect(await reasons.textContent()).toContain('Projection: no date, because none of your current work is accruing');
    expect(await page.getByText(/^Associate path: you can sit the CISSP exam now/).textContent()).toContain('3 more months');

    const jobs = await page.getByRole('list', { name: 'Your jobs' }).getByRole('listitem').allTextContents();
    expect(jobs[0]).toContain('1 January 2018 to 31 December 2020 · full time · domains 1, 3');
    expect(jobs[1]).toContain('part time, 20 h/week · domain 7');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // An over-long title (a realistic 242-character one) is refused in plain words, not silently or by the schema.
    await jobForm(page)
      .getByLabel('Job title')
      .fill('Senior '.repeat(34) + 'lead');
    await jobForm(page).getByRole('button', { name: 'Add job' }).click();
    expect(await jobForm(page).getByRole('alert').textContent()).toContain('Keep the job title to 200 characters or fewer (it has 242).');
    expect(await jobForm(page).getByRole('alert').textContent()).not.toMatch(/Too big|expected string|jobs\[/);
    await jobForm(page).getByLabel('Job title').fill('');

    // Part-time hours below 1 are refused in the app's banner: the browser's own check of the field
    // (min 1, half-hour steps) neither blocks the form nor shows a bubble first.
    await jobForm(page).getByText('Part time').click();
    await jobForm(page).getByLabel('Hours per week').fill('0.75');
    await jobForm(page).getByRole('button', { name: 'Add job' }).click();
    await expect.poll(() => jobForm(page).getByRole('alert').textContent()).toContain('Enter the hours worked per week, between 1 and 40.');
    await jobForm(page).getByText('Full time').click();
    expect(await page.getByRole('list', { name: 'Your jobs' }).getByRole('listitem').count()).toBe(2);
  });

  it('counts down to the endorsement deadline and logs, exports and shows a CPE entry', async () => {
    await page.getByLabel('Day you passed the exam').fill('2026-01-15');
    // 15 January + 9 months = 15 October 2026. From 1 March to 1 October is 31 + 30 + 31 + 30 + 31 + 31 + 30 = 214 days,
    // and 14 more to 15 October: 228.
    await page.getByText('Endorse by 15 October 2026: 228 days left.').waitFor();

    await page.getByLabel('Day you were certified (starts your CPE cycle)').fill('2025-10-01');
    await page.getByText('Annual maintenance fee: US$135, next due on 1 October 2026.').waitFor();
    await addCpeEntry(page, '2026-02-10', 'ISC2 webinar: securing LLM agents', '2', 'certificate-0210.pdf');

    const row = page.getByRole('table', { name: 'CPE log' }).getByRole('row', { name: /securing LLM agents/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['10 February 2026', 'A', '2', 'certificate-0210.pdf', 'EditDelete']);
    await page.getByText('2 of 120 credits').waitFor();
    // 120 − 2 = 118 for the cycle; 90 − 2 = 88 of them Group A; year 1 keeps pace at 40, so 38 more.
    expect(await page.getByRole('status').filter({ hasText: 'On track' }).textContent()).toContain(
      'On track: 118 more credits by 30 September 2028, at least 88 of them Group A. This cycle year (to 30 September 2026) needs 38 more',
    );

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CPE as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('bastion-cpe-2026-03-01.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toBe(
      '\uFEFFDate,Activity,Group,Hours,Evidence\r\n2026-02-10,ISC2 webinar: securing LLM agents,A,2,certificate-0210.pdf\r\n',
    );

    // A pass date after today is refused and not saved.
    await page.getByLabel('Day you passed the exam').fill('2030-03-01');
    await page.getByText('The day you passed is after today; enter the day you passed the exam.').waitFor();
    expect(await page.getByText('Endorse by 15 October 2026: 228 days left.').count()).toBe(1);
    await page.getByLabel('Day you passed the exam').fill('2026-01-15');

    // A long certificate link wraps inside the log, keeping Delete inside the card; Delete asks first.
    const link =
      'https://www.isc2.org/-/media/ISC2/Certifications/CPE/certificates/2026/02/cpe-certificate-securing-llm-agents-0211-attendee-9f8e7d6c5b4a39281706f5e4d3c2b1a0.pdf';
    await addCpeEntry(page, '2026-02-11', 'Cloud security course', '1', link);
    const card = page.getByRole('region', { name: 'CPE credits' });
    const remove = page.getByRole('button', { name: 'Delete Cloud security course on 11 February 2026' });
    const [cardBox, removeBox] = [await card.boundingBox(), await remove.boundingBox()];
    expect(removeBox!.x + removeBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
    await remove.click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep');
    await page.getByRole('button', { name: 'Yes, delete Cloud security course on 11 February 2026' }).click();
    await page.getByText('Deleted “Cloud security course”.').waitFor();
    // The status line takes focus a frame after it says so.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Deleted “Cloud security course”.');
    expect(await page.getByRole('table', { name: 'CPE log' }).getByRole('row').count()).toBe(2); // the header and the webinar

    // Everything survives a reload.
    await page.reload();
    await page.getByText('Endorse by 15 October 2026: 228 days left.').waitFor();
    await page.getByText('45 of 48 months').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows the path for a role and plans for its exam', async () => {
    await page.getByLabel('ML engineer or data scientist').check();
    const path = page.getByRole('region', { name: 'Certification path for ML engineer or data scientist' });
    await path.waitFor();
    expect(await path.textContent()).toContain('Shows you can defend models themselves');
    expect(await path.getByRole('button', { name: /^Plan for/ }).allTextContents()).toEqual(['Plan for CC', 'Plan for CISSP']);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await path.getByRole('button', { name: 'Plan for CC' }).click();
    await page.waitForURL(`${baseUrl()}/plan`);
    const settings = await readStore<{ key: string; value: unknown }>(page, 'settings');
    expect(settings.find((s) => s.key === 'focusExam')?.value).toBe('cc');
    expect(settings.find((s) => s.key === 'certificationProfile')?.value).toMatchObject({ role: 'ml-engineer', passDate: '2026-01-15' });
    expect(errors).toEqual([]);
  });

  it('has no serious accessibility violations in the dark theme', async () => {
    const dark = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: 'dark' });
    const tracked = await openPage(dark, '/certification');
    const darkPage = tracked.page;
    await waitForBank(darkPage);
    await darkPage.getByRole('heading', { name: /CISSP experience check/ }).waitFor();
    await expect.poll(() => darkPage.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 22, 28)');

    await addJobWithMouse(darkPage, 'Platform security lead', '2019-05-01', '2024-04-30', '5. Identity and Access Management (IAM)');
    await darkPage.getByText('Two-domain rule: all of your qualifying work covers only domain 5').waitFor();
    await jobForm(darkPage).getByRole('button', { name: 'Add job' }).click(); // an empty job: the error list
    await jobForm(darkPage).getByRole('alert').waitFor();
    await darkPage.getByLabel('Day you passed the exam').fill('2026-01-15');
    await darkPage.getByLabel('Day you were certified (starts your CPE cycle)').fill('2025-10-01');
    await addCpeEntry(darkPage, '2026-02-10', 'Conference talk', '3', '');
    await darkPage.getByLabel('Solution architect').check();
    await darkPage.getByRole('region', { name: 'Certification path for Solution architect' }).waitFor();
    expect(await seriousAxeViolations(darkPage)).toEqual([]);
    expect(tracked.errors).toEqual([]);
    await dark.close();
  });
});
