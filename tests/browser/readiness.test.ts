/**
 * The readiness report as a learner meets it: a fresh profile says "not enough data yet" with the
 * steps that would help; after practice and a short exam taken by keyboard, Progress shows the
 * evidence table with the exam's interval on the 0–1000 scale and a row per domain; the steps' links
 * start what they promise. Light and dark, desktop and 360 px, axe-clean.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, readReviewLogs, readStore, seriousAxeViolations, waitForBank } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  ({ page, errors } = await openPage(context, '/'));
  await waitForBank(page);
});
afterAll(async () => {
  await browser.close();
});

const readiness = () => page.getByRole('region', { name: /^Readiness for CISSP/ });
const steps = () => readiness().locator('.readiness-steps > li');
/** Waiting for the choice to register before Enter keeps a busy machine from submitting nothing. */
const checkedOptions = () => page.locator('.option.choice input:checked').count();

async function horizontalOverflow(p: Page): Promise<number> {
  return p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('readiness report', () => {
  it('says "not enough data yet" on a fresh profile, with what would help and links to start it', async () => {
    await readiness().getByText('Overall:').waitFor();
    expect(await readiness().locator('.readiness-verdict .verdict').textContent()).toBe('Not enough data yet');
    const reasons = await readiness().locator('.readiness-reasons li').allTextContents();
    expect(reasons).toEqual([
      '0 answers in the last 30 days; at least 30 needed.',
      '0 of 62 objectives touched; at least 31 (half) needed.',
      'No CISSP mock exam finished in the last 60 days.',
    ]);
    expect(await steps().count()).toBe(2);
    expect(await steps().nth(0).getByRole('link').textContent()).toBe('Start Quick 10');
    expect(await steps().nth(1).textContent()).toContain('Take a full CISSP mock exam — you have none in the last 60 days.');
    expect(await readiness().getByRole('link', { name: 'See the evidence per domain on Progress' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/readiness-today-fresh.png', fullPage: true });
  });

  it('starts a Quick 10 from the first step and answers it by keyboard', async () => {
    await steps().nth(0).getByRole('link', { name: 'Start Quick 10' }).click();
    for (let i = 0; i < 10; i++) {
      await expect
        .poll(() => page.locator('text=/question \\d+ of 10/').first().textContent())
        .toMatch(new RegExp(`question ${i + 1} of 10`));
      await page.keyboard.press(['1', 'b', '3', 'D'][i % 4]!);
      await expect.poll(checkedOptions).toBe(1);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /Next question/ }).waitFor();
      await page.keyboard.press('n');
    }
    await page.getByRole('heading', { name: /^Session (complete|ended)$/ }).waitFor();
  });

  it('opens the exam form preselected from the second step, then runs a short exam by keyboard', async () => {
    await page.goto(baseUrl() + '/');
    await steps().nth(0).waitFor();
    const examLink = readiness().getByRole('link', { name: 'Set up a full CISSP mock exam' });
    expect(await examLink.getAttribute('href')).toBe('/exam?exam=cissp&variant=cat');
    await examLink.click();
    expect(await page.getByRole('radio', { name: /Full CISSP CAT/ }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: /Short practice exam/ }).check();
    await expect.poll(() => page.getByRole('button', { name: 'Start exam' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Start exam' }).click();
    for (let i = 0; i < 25; i++) {
      await expect.poll(() => page.locator('text=/item \\d+ of 25/').first().textContent()).toMatch(new RegExp(`item ${i + 1} of 25`));
      await page.keyboard.press(['a', '2', 'C', '4'][i % 4]!);
      await expect.poll(checkedOptions).toBe(1);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: /^Simulated result: (pass|fail)/ }).waitFor();
  });

  it('shows the evidence per domain on Progress, with the exam’s interval on the 0–1000 scale', async () => {
    await page.goto(baseUrl() + '/progress');
    const table = page.getByRole('table', { name: /^CISSP readiness: the evidence per domain/ });
    await table.waitFor();
    const headers = await table.locator('thead th[scope="col"]').allTextContents();
    expect(headers).toEqual([
      'Domain',
      'Mock exam (0–1000, 700 to pass)',
      'Recall now (FSRS)',
      'Coverage',
      'Accuracy, last 30 days',
      'Verdict',
    ]);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(9);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(9);

    const overall = table.getByRole('row', { name: /^All domains/ });
    const examCell = (await overall.locator('td').nth(0).textContent()) ?? '';
    const [, score, low, high] = examCell.match(/^(\d+) \((\d+)–(\d+)\)/) ?? [];
    expect(Number(low)).toBeLessThanOrEqual(Number(score));
    expect(Number(score)).toBeLessThanOrEqual(Number(high));
    expect(Number(high) - Number(low)).toBeGreaterThan(0);
    expect(examCell).toContain('25-item practice exam, today');
    // 10 practice answers and 25 exam answers, all within the last 30 days.
    expect(await overall.locator('td').nth(3).textContent()).toMatch(/^\d+%\s*\(\d+–\d+%, \d+ of 35\)$/);
    expect(await overall.locator('td').nth(1).textContent()).toMatch(/^\d+%\s*\((\d+–\d+%, )?35 cards\)$/);

    const logs = await readReviewLogs<{ questionKey: string }>(page);
    expect(logs).toHaveLength(35);
    // "Accuracy, all time" counts exactly the answers given (QA Q1, Q7).
    const allTime = await page
      .getByRole('table', { name: 'CISSP progress per domain' })
      .locator('tbody tr td:nth-child(4)')
      .allTextContents();
    expect(allTime.reduce((sum, t) => sum + Number(t.match(/n=([\d,]+)/)?.[1]?.replace(/,/g, '') ?? 0), 0)).toBe(35);
    const d1 = table.getByRole('row', { name: /^D1 Security and Risk Management/ });
    expect(await d1.locator('td').nth(0).textContent()).toMatch(/^(Above|Near|Below) \(\d+ items(: too few to count)?\)$/);
    expect(await d1.locator('td .verdict').textContent()).toMatch(/^(Likely ready|Borderline|Not yet|Not enough data yet)$/);

    // The verdict is explained, and so is what it does and does not mean.
    expect(await readiness().getByRole('heading', { name: 'What it does not mean' }).count()).toBe(1);
    expect(
      await readiness()
        .getByText(/not a prediction of your ISC2 result/)
        .count(),
    ).toBe(1);
    const firstStep = (await steps().nth(0).textContent()) ?? '';
    expect(firstStep).toMatch(/Take a full CISSP mock exam: your latest, today, was a 25-item practice exam|objectives touched/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/readiness-progress-light.png', fullPage: true });
  });

  it('starts a focused practice session from a domain step', async () => {
    const link = readiness().locator('.readiness-steps a[href^="/practice?exam=cissp"]').first();
    await link.waitFor();
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.locator('.option.choice').first().waitFor();
    const sessions = await readStore<{ kind: string; status: string; state: { config: { domains: number[]; objectives: string[] } } }>(
      page,
      'sessions',
    );
    const active = sessions.find((s) => s.kind === 'practice' && s.status === 'active')!;
    const params = new URLSearchParams(href.split('?')[1]);
    expect(active.state.config.domains).toEqual(params.getAll('domain').map(Number));
    expect(active.state.config.objectives).toEqual(params.getAll('objective'));
    expect(errors).toEqual([]);
  });

  it('reads well in dark mode and at 360 px without horizontal scrolling', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(baseUrl() + '/progress');
    await page.getByRole('table', { name: /^CISSP readiness/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/readiness-progress-dark.png', fullPage: true });
    await page.goto(baseUrl() + '/');
    await readiness().locator('.verdict').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/readiness-today-dark.png', fullPage: true });

    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await readiness().locator('.verdict').first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/readiness-today-360.png', fullPage: true });
    await page.goto(baseUrl() + '/progress');
    await page.getByRole('table', { name: /^CISSP readiness/ }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The table scrolls sideways in its own box, which keyboard users can focus.
    expect(await page.getByRole('region', { name: /^Evidence per domain/ }).getAttribute('tabindex')).toBe('0');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/readiness-progress-360.png', fullPage: true });
    expect(errors).toEqual([]);
  });
});
