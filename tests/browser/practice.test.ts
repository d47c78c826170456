/**
 * The daily loop in a real browser: a practice session by keyboard alone, a reload in the middle
 * that resumes at the same question with the same option order, the summary, undo, and — with the
 * clock moved a day on — the right cards due for review.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterSet } from '../../src/domain/bank/starter-set';
import { bundledPacksOnDisk } from '../../scripts/bundled-packs-on-disk';
import { baseUrl, launchBrowser, openPage, readCards, readReviewLogs, readStore, seriousAxeViolations, waitForBank } from './browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  ({ page, errors } = await openPage(context, '/practice'));
  await waitForBank(page);
});
afterAll(async () => {
  await browser.close();
});

const progressTextOf = (p: Page) => p.locator('text=/question \\d+ of \\d+/').first().textContent();
const progressText = () => progressTextOf(page);
const optionTexts = () => page.locator('.option.choice').allTextContents();

async function answerCurrent(choice: string): Promise<void> {
  await page.keyboard.press(choice);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /Next question/ }).waitFor();
  // The verdict takes focus (a frame after the key), so a screen reader reads it and Tab continues there.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role') === 'status' && document.activeElement.tagName === 'P'))
    .toBe(true);
}

describe('practice session', () => {
  it('answers 10 questions by keyboard, survives a reload mid-session, and ends with a summary', async () => {
    await page.getByRole('button', { name: 'Start practice' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Start practice' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.locator('.option.choice').first().waitFor();
    expect(await progressText()).toMatch(/question 1 of 10/);
    expect(await seriousAxeViolations(page)).toEqual([]);

    for (let i = 0; i < 10; i++) {
      if (i === 4) {
        // Mid-question reload: same question, same option order.
        const before = await optionTexts();
        const progress = await progressText();
        await page.reload();
        await page.locator('.option.choice').first().waitFor();
        expect(await optionTexts()).toEqual(before);
        expect(await progressText()).toBe(progress);
      }
      await answerCurrent(['1', 'b', '3', 'D'][i % 4]!);
      if (i === 0) expect(await seriousAxeViolations(page)).toEqual([]);
      if (i % 3 === 0) await page.keyboard.press('s');
      if (i === 6) {
        // Reload after answering, before moving on: the answer and its feedback are still there. The
        // verdict paints from local state a frame before the write commits; "N answered" is read back
        // from the database, so it is what says the answer is saved (see docs/performance.md).
        await expect.poll(progressText).toMatch(/· 7 answered/);
        await page.reload();
        await page.getByRole('button', { name: /Next question/ }).waitFor();
      }
      await page.keyboard.press('n');
      if (i < 9) await expect.poll(progressText).toMatch(new RegExp(`question ${i + 2} of 10`));
    }
    await page.getByRole('heading', { name: 'Session complete' }).waitFor();
    expect(await page.getByText(/of 10 correct/).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const cards = await readCards(page);
    const logs = await readReviewLogs<{ questionKey: string }>(page);
    expect(cards).toHaveLength(10);
    expect(logs).toHaveLength(10);
    expect(new Set(logs.map((l) => l.questionKey)).size).toBe(10);
    expect(errors).toEqual([]);
  });

  it('undoes the last answer with Ctrl+Z, restoring the card and log exactly', async () => {
    await page.getByRole('button', { name: 'Start another session' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Start practice' }).isEnabled()).toBe(true);
    await page.getByRole('radio', { name: 'New only' }).check();
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.locator('.option.choice').first().waitFor();
    const cardsBefore = await readCards(page);
    const logsBefore = await readReviewLogs(page);
    await answerCurrent('2');
    expect(await readCards(page)).toHaveLength(cardsBefore.length + 1);
    await page.keyboard.press('Control+z');
    await page.locator('.option.choice').first().waitFor();
    expect(await readCards(page)).toEqual(cardsBefore);
    expect(await readReviewLogs(page)).toEqual(logsBefore);
    expect(await progressText()).toMatch(/question 1 of 10 · 0 answered/);
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('heading', { name: 'Session ended' }).waitFor();
    await page.getByText('You ended it after answering 0 of 10 questions; 10 were not answered.').waitFor();
  });

  it('finds the right cards due a day later, and reviews them first', async () => {
    const cards = await readCards<{ questionKey: string; due: Date }>(page);
    const tomorrow = new Date(Date.now() + 86_400_000 + 60_000);
    const expectedDue = cards.filter((c) => new Date(c.due).getTime() <= tomorrow.getTime()).map((c) => c.questionKey);
    expect(expectedDue.length).toBeGreaterThan(0);
    expect(expectedDue.length).toBeLessThanOrEqual(10);

    // The app's injected clock (src/data/clock.ts): a per-tab offset, here one day and a minute.
    await page.evaluate((ms) => sessionStorage.setItem('bastion:clock-offset-ms', String(ms)), tomorrow.getTime() - Date.now());
    await page.goto(baseUrl() + '/');
    await expect.poll(() => page.locator('.stat').first().textContent(), { timeout: 10_000 }).toBe(String(expectedDue.length));
    expect(await seriousAxeViolations(page)).toEqual([]);

    // More new questions a day than a session of 20 holds, then a session of up to 20, chosen by keyboard.
    await page.goto(baseUrl() + '/settings');
    await page.getByLabel('New questions per day').fill('100');
    await expect
      .poll(() => readStore<{ key: string; value: unknown }>(page, 'settings'))
      .toContainEqual({ key: 'dailyNewLimit', value: 100 });
    await page.goto(baseUrl() + '/review');
    await page.getByRole('option', { name: /^All: \d+ due, \d+ new$/ }).waitFor({ state: 'attached', timeout: 10_000 });
    const size = page.getByLabel('Questions in this session');
    await size.focus();
    await page.keyboard.press('ArrowDown'); // All → Up to 20
    await expect.poll(() => size.inputValue()).toBe('20');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await expect
      .poll(() => readStore<{ key: string; value: unknown }>(page, 'settings'))
      .toContainEqual({ key: 'reviewSessionSize', value: 20 });
    await page.getByRole('button', { name: 'Start review' }).click({ timeout: 10_000 });
    await page.locator('.option.choice').first().waitFor({ timeout: 10_000 });
    // The first question's heading has focus, as later questions' do (a screen reader hears it).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('question-heading');
    const sessions = await readStore<{ kind: string; status: string; state: { queue: string[] } }>(page, 'sessions');
    const review = sessions.find((s) => s.kind === 'review' && s.status === 'active')!;
    expect(new Set(review.state.queue.slice(0, expectedDue.length))).toEqual(new Set(expectedDue));
    expect(review.state.queue).toHaveLength(20);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('asks before a Quick 10 replaces an open practice session: continue it, or start the Quick 10, by keyboard', async () => {
    const quick10Card = () => page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Quick 10', exact: true }) });
    // A Domain 1 session from a readiness link, one answer in, left open for Today.
    await page.goto(baseUrl() + '/practice?exam=cissp&domain=1');
    await expect.poll(progressText, { timeout: 10_000 }).toMatch(/^CISSP practice: Domain 1 · question 1 of \d+ · 0 answered/);
    await answerCurrent('1');
    await page.keyboard.press('n');
    await expect.poll(progressText).toMatch(/question 2 of \d+ · 1 answered/);
    await page.goto(baseUrl() + '/');
    await quick10Card().getByRole('link', { name: 'Start Quick 10' }).click();

    // Not the old session shown as if it were the Quick 10: what is open, how far it got, and the choice.
    const choice = page.getByRole('group', { name: /^You have a practice session open/ });
    await choice.getByText(/^You have a practice session open: “CISSP practice: Domain 1”, 1 of \d+ questions answered\./).waitFor();
    expect(await page.locator('.option.choice').count()).toBe(0);
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await expect.poll(focusedText).toBe('Continue it');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Continue it: the same session, where it was.
    await page.keyboard.press('Enter');
    await expect.poll(progressText).toMatch(/^CISSP practice: Domain 1 · question 2 of \d+ · 1 answered/);
    await expect.poll(focusedText).toBe('Question 2');

    // Asked again, Start the Quick 10 instead: the Domain 1 session closes with its answer kept.
    await page.goto(baseUrl() + '/');
    await quick10Card().getByRole('link', { name: 'Start Quick 10' }).click();
    await choice.waitFor();
    await expect.poll(focusedText).toBe('Continue it');
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Start the Quick 10 instead');
    await page.keyboard.press('Enter');
    await expect.poll(progressText, { timeout: 10_000 }).toMatch(/^Quick 10 from your weakest domains · question 1 of \d+ · 0 answered/);
    await expect.poll(focusedText).toBe('Question 1');
    const sessions = await readStore<{ kind: string; status: string; state: { config: { title: string }; answers: object } }>(
      page,
      'sessions',
    );
    const practice = sessions.filter((s) => s.kind === 'practice');
    const domain1 = practice.filter((s) => s.state.config.title === 'CISSP practice: Domain 1');
    expect(domain1.map((s) => [s.status, Object.keys(s.state.answers).length])).toEqual([['abandoned', 1]]);
    expect(practice.filter((s) => s.status === 'active').map((s) => s.state.config.title)).toEqual(['Quick 10 from your weakest domains']);

    // No practice session stays open for the tests that follow.
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('heading', { name: 'Session ended' }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe('what practice loads', () => {
  it('opens a first visit’s Quick 10 straight into its first question, never showing the set-up form or a “Starting” line, without the validator', async () => {
    const fresh = await browser.newContext();
    // Watches from before the app's first script: anything shown even for one frame is caught (the
    // app draws behind the first-visit preview, hidden, until its own question is drawn).
    await fresh.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __shown: string[] }).__shown = seen;
      const shown = (element: Element | null | undefined) => !!element && element.checkVisibility();
      new MutationObserver(() => {
        if (shown(document.getElementById('setup-title')) && !seen.includes('set-up')) seen.push('set-up');
        const starting = [...document.querySelectorAll('[role="status"]')].find((s) => s.textContent === 'Starting a Quick 10…');
        if (shown(starting) && !seen.includes('starting')) seen.push('starting');
        if (shown(document.querySelector('.option.choice')) && !seen.includes('question')) {
          seen.push('question');
          (window as unknown as { __questionAt: number }).__questionAt = performance.now();
          // The frame that paints it: its animation-frame callbacks run just before that paint.
          requestAnimationFrame(() => ((window as unknown as { __questionFrameAt: number }).__questionFrameAt = performance.now()));
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const { page: first, errors: firstErrors } = await openPage(fresh, '/practice?quick=1');
    await first.locator('.option.choice').first().waitFor({ timeout: 20_000 });
    expect(await first.evaluate(() => (window as unknown as { __shown: string[] }).__shown)).toEqual(['question']);
    expect(await progressTextOf(first)).toMatch(/question 1 of 10/);
    // The question came from the starter set held in memory, before the bank's write began (its
    // reads would otherwise queue behind ~2,500 puts)…
    const writeStart = await first.waitForFunction(() => performance.getEntriesByName('bastion:bank-write')[0]?.startTime, null, {
      timeout: 20_000,
    });
    const questionAt = await first.evaluate(() => (window as unknown as { __questionAt: number }).__questionAt);
    // …and before the bank's packs were even asked for: fetching and evaluating ~4.5 MB of them
    // beside Practice's code held the question back. The starter set came first.
    const requests = await first.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => ({ name: r.name.split('/').pop() ?? '', at: r.startTime })),
    );
    const packRequests = requests.filter((r) => /\.pack-[\w-]+\.js$/.test(r.name));
    expect(packRequests).toHaveLength(11);
    expect(Math.min(...packRequests.map((r) => r.at))).toBeGreaterThanOrEqual(questionAt);
    expect(requests.filter((r) => r.name.includes('starter-set')).length).toBe(1);
    // The starter set's keys depend only on the bank's ids and domains: the raw packs give the same.
    const starterKeys = starterSet(bundledPacksOnDisk()).map((q) => q.key);
    const [started] = await readStore<{ state: { queue: string[] } }>(first, 'sessions');
    const sessionQueue = started!.state.queue;
    expect(sessionQueue).toHaveLength(10);
    expect(sessionQueue.every((key) => starterKeys.includes(key))).toBe(true);
    // The bundled bank was checked when it was built: loading it needs no validator.
    const scripts = requests.map((r) => r.name);
    expect(scripts.filter((name) => name.startsWith('bank-sync-'))).toHaveLength(1);
    expect(scripts.filter((name) => /^(zod|group-schema|pack-schema)-/.test(name))).toEqual([]);
    // Or equal: the observer's time and the write's are read within one tick of Chromium's coarsened
    // clock (100 µs); the observer's microtask was queued first, when the question was drawn.
    expect(questionAt).toBeLessThanOrEqual((await writeStart.jsonValue()) as number);
    // …and after the frame that paints the question: the write's puts copy every question on the
    // main thread (~50 ms), which held that paint back when the write began as the question was drawn.
    const questionFrameAt = await first.evaluate(() => (window as unknown as { __questionFrameAt: number }).__questionFrameAt);
    expect(questionFrameAt).toBeLessThanOrEqual((await writeStart.jsonValue()) as number);
    // …and the bank was written all the same: a reload resumes the session on the same question.
    const stem = await first.locator('.stem').first().textContent();
    await first.reload();
    await first.locator('.option.choice').first().waitFor({ timeout: 20_000 });
    expect(await progressTextOf(first)).toMatch(/question 1 of 10/);
    expect(await first.locator('.stem').first().textContent()).toBe(stem);
    expect(firstErrors).toEqual([]);
    await fresh.close();
  });

  it('starts a returning visit without the validator: zod and the shared-document schemas stay unloaded', async () => {
    const { page: again, errors: againErrors } = await openPage(context, '/practice?quick=1');
    await again.locator('.option.choice').first().waitFor({ timeout: 10_000 });
    const scripts = await again.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name.split('/').pop() ?? '')
        .filter((name) => name.endsWith('.js')),
    );
    expect(scripts.some((name) => name.startsWith('practice-screen-'))).toBe(true);
    // Checking files is for imports and shared assignments; answering questions needs none of it.
    expect(scripts.filter((name) => /^(zod|group-schema|pack-schema|bank-sync)-/.test(name))).toEqual([]);
    expect(againErrors).toEqual([]);
    await again.close();
  });
});
