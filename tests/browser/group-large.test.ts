/**
 * A lead with a real-sized group: 30 members, 8 fortnightly assignments and the reports of 27
 * members (made by the app's own group code: scripts/bench/group-reports.ts), written into the
 * browser's database. The dashboard must stay readable: the overdue work is one line per member,
 * most overdue first, names in the order a lead reads them, each opening onto its assignments
 * from the keyboard.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchGroup, bundledQuestions } from '../../scripts/bench/group-reports';
import { baseUrl, launchBrowser, openPage, seriousAxeViolations, waitForBank } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

const bank = bundledQuestions();

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  ({ page, errors } = await openPage(context, '/'));
  await waitForBank(page);
  const group = benchGroup({ seed: 7, now: Date.now(), members: 30, assignments: 8, bank });
  await page.evaluate(async ({ group: g, assignments, memberResults }) => {
    const open = indexedDB.open('bastion');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = database.transaction(['groups', 'assignments', 'memberResults'], 'readwrite');
    tx.objectStore('groups').put(g);
    for (const a of assignments) tx.objectStore('assignments').put(a);
    for (const r of memberResults) tx.objectStore('memberResults').put(r);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    database.close();
  }, group);
  await page.goto(`${baseUrl()}/group/lead/${group.group.id}`);
});
afterAll(async () => {
  await browser.close();
});

describe('a lead’s group of thirty', () => {
  it('lists the overdue work one line per member, most overdue first, opening from the keyboard', async () => {
    const overdue = page.getByRole('region', { name: 'Overdue' });
    await overdue.waitFor();
    const lines = overdue.locator('ul.overdue-members > li');
    const count = await lines.count();
    expect(count).toBeGreaterThan(5);
    expect(count).toBeLessThanOrEqual(30);
    const summaries = await overdue.locator('summary').allTextContents();
    const overdueCounts = summaries.map((s) => Number(/: (\d+) assignments overdue/.exec(s)?.[1]));
    expect(overdueCounts.every(Number.isInteger)).toBe(true);
    expect([...overdueCounts].sort((a, b) => b - a)).toEqual(overdueCounts);

    // Keyboard: focus the first member's line and open it.
    const first = overdue.locator('summary').first();
    await first.focus();
    await page.keyboard.press('Enter');
    const items = overdue.locator('details').first().locator('li');
    await items.first().waitFor();
    expect(await items.count()).toBe(overdueCounts[0]);
    expect(await items.first().textContent()).toMatch(/ — (no report yet|\d+ of 20 done), due .+ \(\d+ days late\)$/);

    // The completion matrix keeps the roster's order: Member 4 before Member 10.
    const matrix = page.getByRole('table', { name: 'Completion by member and assignment' });
    const rows = await matrix.locator('tbody th').allTextContents();
    expect(rows.indexOf('Member 4')).toBeLessThan(rows.indexOf('Member 10'));
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("adds up each assignment in the completion table's first row, and keeps its headers and member names in view as it scrolls", async () => {
    const matrix = page.getByRole('table', { name: 'Completion by member and assignment' });
    const totals = matrix.getByRole('row', { name: /^All members/ });
    const sums = await totals.getByRole('cell').allTextContents();
    expect(sums).toHaveLength(8);
    for (const sum of sums) expect(sum).toMatch(/^\d+ of 30 done( \(\d+ below target\))?\d+ overdue · \d+ no reportmedian (\d+%|—)$/);

    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 844 });
      const region = page.getByRole('region', { name: /^Completion by member and assignment/ });
      await region.scrollIntoViewIfNeeded();
      // Far down and to the right: a cell there still has its member and its assignment on screen.
      await region.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
      const box = (await region.boundingBox())!;
      const corner = (await matrix.getByRole('columnheader', { name: 'Member' }).boundingBox())!;
      const lastHeader = (await matrix.getByRole('columnheader').last().boundingBox())!;
      const lastMember = (await matrix.getByRole('rowheader').last().boundingBox())!;
      expect(Math.abs(corner.y - box.y)).toBeLessThan(2);
      expect(Math.abs(corner.x - box.x)).toBeLessThan(2);
      expect(Math.abs(lastHeader.y - box.y)).toBeLessThan(2);
      expect(Math.abs(lastMember.x - box.x)).toBeLessThan(2);
      expect(box.height).toBeLessThanOrEqual(844 * 0.7 + 1);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
