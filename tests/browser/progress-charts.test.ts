/**
 * The Progress charts as a learner meets them: make a plan, answer three questions, log manual time,
 * edit one entry and delete another, then open Progress. Four uPlot charts are drawn (a canvas with
 * the series' colour on it), each has a table view with the same numbers, axe is clean in both
 * views and both themes, nothing leaves the origin, and 360 px has no horizontal scroll.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, readStore, seriousAxeViolations, waitForBank } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];
let requests: string[];

const titles = ['Hours burn-up', 'Coverage by domain', 'Accuracy by week', 'Review forecast'] as const;
const panel = (p: Page, title: string) => p.getByRole('region', { name: title });

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  ({ page, errors, requests } = await openPage(context, '/plan'));
  await waitForBank(page);
});
afterAll(async () => {
  await browser.close();
});

/** How many pixels of the canvas are within a small distance of `rgb` (the series colour). */
async function pixelsOfColour(canvas: Locator, rgb: [number, number, number]): Promise<number> {
  return canvas.evaluate((el, [r, g, b]) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i + 3]! > 200 && Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 30) n++;
    return n;
  }, rgb);
}

const hex = (h: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];

/** The charts' series colours in each theme (src/app/styles.css: --accent and --focus). */
const PALETTE = {
  light: { accent: '#1f4e79', focus: '#b35c00' },
  dark: { accent: '#8cc4ff', focus: '#ffb454' },
} as const;

/**
 * The series each chart is checked by. Coverage's "Questions seen" bars (the accent) are under a
 * pixel high with the three answers this test gives in a bank of ~3,000 questions, so it is checked
 * by its "Objectives touched" bars (the focus colour): three answers touch a tenth or more of a
 * domain's objectives.
 */
const seriesOf = (title: (typeof titles)[number]) => (title === 'Coverage by domain' ? 'focus' : 'accent');

/**
 * Every chart drawn in `theme`: a labelled canvas with a real size, its data series in the theme's
 * colour and none left in the other theme's, which is what says the chart redrew in its theme.
 */
async function expectChartsDrawn(p: Page, theme: keyof typeof PALETTE) {
  const otherTheme = theme === 'light' ? 'dark' : 'light';
  for (const title of titles) {
    const canvas = panel(p, title).locator('canvas[role="img"]');
    await canvas.waitFor();
    // A title may go on ("Accuracy by week, last 26 weeks"); the label starts with it and then the figures.
    expect(await canvas.getAttribute('aria-label')).toMatch(new RegExp(`^${title}(, [^:]+)?: .+\\d`));
    const size = await canvas.evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
    expect(size[0]).toBeGreaterThan(150);
    expect(size[1]).toBeGreaterThan(150);
    const series = seriesOf(title);
    const colours = async () => ({
      drawn: (await pixelsOfColour(canvas, hex(PALETTE[theme][series]))) > 10,
      otherTheme: await pixelsOfColour(canvas, hex(PALETTE[otherTheme][series])),
    });
    await expect
      .poll(colours, { message: `${title} draws its data (${series}) in the ${theme} theme's colour` })
      .toEqual({ drawn: true, otherTheme: 0 });
  }
}

async function showTable(p: Page, title: string): Promise<Locator> {
  const toggle = panel(p, title).getByRole('button', { name: 'Show as table' });
  await toggle.click();
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  return panel(p, title).locator('table');
}

const columnTotal = async (table: Locator, column: number) =>
  (await table.locator(`tbody tr td:nth-of-type(${column})`).allTextContents()).reduce((s, t) => s + Number(t.split(/[ /]/)[0]), 0);

describe('progress charts', () => {
  it('draws four charts with table views from a plan, practice and edited manual time', async () => {
    // A plan that studies every day, so today is inside its first week.
    await page.getByRole('button', { name: '5 months' }).click();
    await page.getByLabel('Hours per week (1–40)').fill('12');
    await page.getByRole('checkbox', { name: 'Sun' }).check();
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { name: 'Week by week' }).waitFor();

    // Three answers: the first option each time, so some are right and some wrong.
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

    // Two manual entries; edit the first (90 → 120 min), delete the second.
    await page.goto(baseUrl() + '/plan');
    await page.getByLabel('Minutes').fill('90');
    await page.getByLabel('Domain').selectOption({ label: '3. Security Architecture and Engineering' });
    await page.getByRole('button', { name: 'Log time' }).click();
    await page.getByText('Logged 90 min of reading.').waitFor();
    await page.getByLabel('Minutes').fill('30');
    await page.getByLabel('Activity').selectOption('video');
    await page.getByRole('button', { name: 'Log time' }).click();
    await page.getByText('Logged 30 min of video.').waitFor();

    await page.getByRole('button', { name: /^Edit the reading entry of .* \(90 min\)$/ }).click();
    const form = page.getByRole('form', { name: /^Edit the reading entry/ });
    expect(await form.getByLabel('Minutes').inputValue()).toBe('90');
    expect(await form.getByLabel('Domain').inputValue()).toBe('3');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('date'); // focus moved into the form
    await form.getByLabel('Minutes').fill('0');
    await page.getByRole('alert').filter({ hasText: 'Minutes must be between 1 and 1440.' }).waitFor();
    expect(await form.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
    await form.getByLabel('Minutes').fill('120');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/^Saved: 120 min of reading/).waitFor();
    expect(await page.getByRole('button', { name: 'Log time' }).count()).toBe(1); // back to adding
    expect(await page.getByRole('button', { name: /^Edit the (practice|review)/ }).count()).toBe(0); // automatic time is not editable

    await page.getByRole('button', { name: /^Delete the video entry .* \(30 min\)$/ }).click();
    const keep = page.getByRole('button', { name: 'Keep' });
    expect(await keep.evaluate((b) => b === document.activeElement)).toBe(true);
    await keep.click(); // changing one's mind deletes nothing
    expect(await page.getByRole('button', { name: /^Delete the video entry/ }).count()).toBe(1);
    await page.getByRole('button', { name: /^Delete the video entry .* \(30 min\)$/ }).click();
    await page.getByRole('button', { name: /^Yes, delete the video entry/ }).click();
    await page.getByText(/^Deleted the video entry/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const manual = (await readStore<{ source: string; minutes: number; domain: number }>(page, 'studyTime')).filter(
      (r) => !['practice', 'review', 'exam'].includes(r.source),
    );
    expect(manual.map((r) => [r.source, r.minutes, r.domain])).toEqual([['reading', 120, 3]]);

    // Progress: four charts, drawn.
    await page.goto(baseUrl() + '/progress');
    await expectChartsDrawn(page, 'light');
    // Answers given within the current minute count in the tables' last 30 days too (same read).
    const byDomain = page.getByRole('table', { name: /progress per domain/ });
    const answeredRows = byDomain.locator('tbody tr').filter({ has: page.locator('td:nth-of-type(1)', { hasText: /^[1-9]/ }) });
    expect(await answeredRows.count()).toBeGreaterThan(0);
    expect(await answeredRows.locator('td:nth-of-type(4)').allTextContents()).not.toContain('no answers yet');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/progress-charts-light.png', fullPage: true });

    // Each table view has the same numbers.
    const burnUp = await showTable(page, 'Hours burn-up');
    const thisWeek = burnUp.locator('tbody tr[aria-current="date"]');
    const done = Number((await thisWeek.locator('td').nth(2).textContent())?.replace(' h', ''));
    expect(done).toBeGreaterThanOrEqual(2); // the edited 120 min, plus a little automatic practice time
    expect(done).toBeLessThan(2.5);
    expect(await burnUp.locator('caption').textContent()).toMatch(/per week/);

    const coverage = await showTable(page, 'Coverage by domain');
    expect(await columnTotal(coverage, 1)).toBe(3);
    const accuracy = await showTable(page, 'Accuracy by week');
    expect(await accuracy.locator('tbody tr').first().locator('td').first().textContent()).toMatch(/^[0-3] \/ 3$/);
    const forecast = await showTable(page, 'Review forecast');
    expect(await columnTotal(forecast, 1)).toBe(3);
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Back to the chart, from the keyboard.
    const toggle = panel(page, 'Review forecast').getByRole('button', { name: 'Show as table' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await panel(page, 'Review forecast').locator('canvas[role="img"]').waitFor();

    expect(requests.filter((url) => !url.startsWith(baseUrl()))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is legible in dark mode and fits 360 px without horizontal scroll', async () => {
    // A new learner in dark mode: no plan, no answers. Coverage still draws; the others say why not.
    const dark = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    const tracked = await openPage(dark, '/progress');
    await waitForBank(tracked.page);
    await panel(tracked.page, 'Coverage by domain').locator('canvas[role="img"]').waitFor();
    expect(await tracked.page.getByRole('link', { name: 'Make a study plan' }).count()).toBe(1);
    expect(await seriousAxeViolations(tracked.page)).toEqual([]);
    expect(await tracked.page.getByText('No answers in the last 26 weeks yet', { exact: false }).count()).toBe(1);
    expect(await tracked.page.getByText(/^No CISSP reviews are due/).count()).toBe(1);
    await dark.close();

    // The learner's own page, back to charts and switched to dark: they redraw in the dark theme's colours.
    for (const title of titles) {
      const toggle = panel(page, title).getByRole('button', { name: 'Show as table' });
      if ((await toggle.getAttribute('aria-pressed')) === 'true') await toggle.click();
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectChartsDrawn(page, 'dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/progress-charts-dark.png', fullPage: true });

    await page.setViewportSize({ width: 360, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await expectChartsDrawn(page, 'light');
    // At most 0: the page keeps its scrollbar's room (scrollbar-gutter), so its content may be narrower than the viewport.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
      .toBeLessThanOrEqual(0);
    const widths = await page.locator('canvas[role="img"]').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().right));
    expect(Math.max(...widths)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: '/tmp/progress-charts-360.png', fullPage: true });
    expect(errors).toEqual([]);
  });
});
