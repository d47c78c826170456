/**
 * Two tabs of the same browser answering at the same time. IndexedDB serialises the read-write
 * transactions, and each answer is one transaction with its card update and its log, so nothing is
 * lost or counted twice:
 * - both tabs on the SAME practice session, pressing answers and "next" at the same instant: each
 *   question is answered once (the first answer to commit wins, and both tabs then show it), and no
 *   question is skipped by two simultaneous "next" presses;
 * - each tab in its OWN session (practice in one, review in the other) over the same due questions,
 *   answering concurrently: every answer of both sessions is in reviewLogs, and every card's
 *   `attempts` and `reps` equal its logs.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, waitForBank } from './browser';
import { cardsDisagreeingWithLogs, readCards, readLogs, readSessions, type StoredSession } from './sessions';

let browser: Browser;
let context: BrowserContext;
let tabA: Page;
let tabB: Page;
/** Console and page errors of each tab. */
let errors: string[][] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const a = await openPage(context, '/practice');
  await waitForBank(a.page);
  const b = await openPage(context, '/');
  [tabA, tabB] = [a.page, b.page];
  errors = [a.errors, b.errors];
});
afterAll(async () => {
  await browser.close();
});

const counter = (page: Page) => page.locator('text=/question \\d+ of \\d+ · \\d+ answered/').first();
const counterText = async (page: Page) => (await counter(page).textContent()) ?? '';

async function answeredCount(page: Page): Promise<number> {
  return Number((await counterText(page)).match(/(\d+) answered/)?.[1]);
}

/** Presses an option and Enter, and waits until the stored count has grown (this tab's answer, or the other's). */
async function answer(page: Page, key: string): Promise<void> {
  await page.locator('.option.choice').first().waitFor();
  const before = await answeredCount(page);
  await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  await expect.poll(() => answeredCount(page)).toBeGreaterThan(before);
}

async function next(page: Page): Promise<void> {
  await page.keyboard.press('n');
}

/** A session's answers agree with its logs: one log per answered question, with the stored choice. */
function checkSessionAgainstLogs(session: StoredSession, logs: Awaited<ReturnType<typeof readLogs>>): void {
  const own = logs.filter((l) => l.sessionId === session.id);
  expect(new Set(own.map((l) => l.questionKey)).size).toBe(own.length);
  expect(own.length).toBe(Object.keys(session.state.answers).length);
  for (const log of own) expect(session.state.answers[log.questionKey]).toMatchObject({ logId: log.id, chosen: log.chosenOption });
}

async function shiftClock(page: Page, path: string, ms: number): Promise<void> {
  await page.evaluate((offset) => sessionStorage.setItem('bastion:clock-offset-ms', String(offset)), ms);
  await page.goto(baseUrl() + path);
}

describe('two tabs', () => {
  it('answer the same session at the same instant: each question once, none skipped', async () => {
    await expect.poll(() => tabA.getByRole('button', { name: 'Start practice' }).isEnabled(), { timeout: 20_000 }).toBe(true);
    await tabA.getByRole('button', { name: 'Start practice' }).click();
    await tabA.locator('.option.choice').first().waitFor();
    await tabB.goto(baseUrl() + '/practice');
    await tabB.locator('.option.choice').first().waitFor();
    expect(await counterText(tabB)).toBe(await counterText(tabA));

    for (let i = 0; i < 6; i++) {
      await Promise.all([answer(tabA, '1'), answer(tabB, '2')]);
      // Both tabs show the one stored answer.
      await expect.poll(() => answeredCount(tabB)).toBe(i + 1);
      await expect.poll(() => answeredCount(tabA)).toBe(i + 1);
      await Promise.all([next(tabA), next(tabB)]);
      for (const tab of [tabA, tabB]) await expect.poll(() => counterText(tab)).toContain(`question ${i + 2} of 10 · ${i + 1} answered`);
    }

    const sessions = await readSessions(tabA);
    const logs = await readLogs(tabA);
    const session = sessions.find((s) => s.kind === 'practice' && s.status === 'active')!;
    expect(session.state.position).toBe(6);
    expect(Object.keys(session.state.answers).sort()).toEqual(session.state.queue.slice(0, 6).sort());
    checkSessionAgainstLogs(session, logs);
    expect(logs).toHaveLength(6);
    expect(cardsDisagreeingWithLogs(await readCards(tabA), logs)).toEqual([]);
    await tabA.getByRole('button', { name: 'End session' }).click();
    await tabA.getByRole('heading', { name: /^Session (complete|ended)$/ }).waitFor();
  });

  it('answer two sessions over the same due questions concurrently: every answer of both kept, cards agree with logs', async () => {
    // A month on, all six answered questions are due: practice "due" in one tab, review in the other.
    const month = 30 * 86_400_000;
    await shiftClock(tabA, '/practice', month);
    await shiftClock(tabB, '/review', month);
    await tabA.getByRole('radio', { name: 'Due for review' }).check();
    await expect.poll(() => tabA.getByRole('button', { name: 'Start practice' }).isEnabled(), { timeout: 20_000 }).toBe(true);
    await tabA.getByRole('button', { name: 'Start practice' }).click();
    await tabB.getByRole('button', { name: 'Start review' }).click({ timeout: 10_000 });
    await Promise.all([tabA.locator('.option.choice').first().waitFor(), tabB.locator('.option.choice').first().waitFor()]);

    const started = await readSessions(tabA);
    const practice = started.find((s) => s.kind === 'practice' && s.status === 'active')!;
    const review = started.find((s) => s.kind === 'review' && s.status === 'active')!;
    expect(practice.state.queue).toHaveLength(6);
    // Review puts the due questions first: the same six, in its own order.
    expect(new Set(review.state.queue.slice(0, 6))).toEqual(new Set(practice.state.queue));

    for (let i = 0; i < 6; i++) {
      await Promise.all([answer(tabA, ['1', '2', '3', '4'][i % 4]!), answer(tabB, ['4', '3', '2', '1'][i % 4]!)]);
      await Promise.all([next(tabA), next(tabB)]);
      if (i < 5) for (const tab of [tabA, tabB]) await expect.poll(() => counterText(tab)).toContain(`question ${i + 2} of`);
    }
    await tabA.getByRole('heading', { name: /^Session (complete|ended)$/ }).waitFor();

    const sessions = await readSessions(tabA);
    const logs = await readLogs(tabA);
    for (const id of [practice.id, review.id]) {
      const session = sessions.find((s) => s.id === id)!;
      expect(Object.keys(session.state.answers)).toHaveLength(6);
      checkSessionAgainstLogs(session, logs);
    }
    // Six from the first test, six from each session now: each due question has exactly three logs.
    expect(logs).toHaveLength(18);
    const perKey = new Map<string, number>();
    for (const log of logs) perKey.set(log.questionKey, (perKey.get(log.questionKey) ?? 0) + 1);
    expect([...perKey.values()]).toEqual([3, 3, 3, 3, 3, 3]);
    expect(cardsDisagreeingWithLogs(await readCards(tabA), logs)).toEqual([]);
    expect(errors.flat()).toEqual([]);
  });
});
