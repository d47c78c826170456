/**
 * A first visit's preview (src/app/first-visit-preview.tsx): the first question of a Quick 10 drawn
 * before the app's code has arrived, answered there, and handed to the app, which stores the same
 * session and the answer exactly once. The app's code is held back here, as a slow network would.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, readReviewLogs, readStore, seriousAxeViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Records every question stem drawn outside the app's root, from before the first script runs. */
function watchPreviewStems() {
  const seen: string[] = [];
  (window as unknown as { __previewStems: string[] }).__previewStems = seen;
  new MutationObserver(() => {
    for (const stem of document.querySelectorAll('.stem'))
      if (!stem.closest('#root') && !seen.includes(stem.textContent ?? '')) seen.push(stem.textContent ?? '');
  }).observe(document, { childList: true, subtree: true });
}

describe('a first visit’s preview', () => {
  it('shows the first question before the app arrives, takes an answer there, and the app stores that session and answer once', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await context.addInitScript(watchPreviewStems);
    // The app's own chunk arrives late, as on a slow connection: the preview is all there is meanwhile.
    let releaseApp: () => void = () => {};
    const appHeld = new Promise<void>((resolve) => (releaseApp = resolve));
    await context.route(/\/assets\/start-app-[\w-]+\.js$/, async (route) => {
      await appHeld;
      await route.continue();
    });
    const { page, errors } = await openPage(context, '/practice?quick=1');
    await page.locator('.option.choice').first().waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => document.querySelector('#root')?.outerHTML)).toBe('<div id="root"></div>');
    expect(await page.getByText(/Quick 10 from your weakest domains · question 1 of 10 · 0 answered/).isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    const stem = await page.locator('.stem').textContent();
    const options = await page.locator('.option.choice').allTextContents();

    // Answered by keyboard in the preview: option B, then Enter.
    await page.keyboard.press('2');
    expect(await page.locator('.option.choice input').nth(1).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    releaseApp();

    // The app takes over on the same question, with that answer checked and its feedback focused.
    await page.getByRole('button', { name: /Next question/ }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.stem').count()).toBe(1);
    expect(await page.locator('.stem').textContent()).toBe(stem);
    expect(await page.evaluate(() => (window as unknown as { __previewStems: string[] }).__previewStems)).toEqual([stem]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    const [session] = await readStore<{ status: string; state: { queue: string[]; optionOrders: Record<string, number[]> } }>(
      page,
      'sessions',
    );
    expect(session!.state.queue).toHaveLength(10);
    await expect.poll(async () => (await readReviewLogs(page)).length).toBe(1);
    const [log] = await readReviewLogs<{ questionKey: string; chosenOption: number }>(page);
    const firstKey = session!.state.queue[0]!;
    expect(log!.questionKey).toBe(firstKey);
    expect(log!.chosenOption).toBe(session!.state.optionOrders[firstKey]![1]);
    expect(options[1]).toMatch(/^B\./);
    expect(await page.locator('.option-list li').nth(1).textContent()).toContain('Your answer');

    // A reload resumes the stored session on its answered question: there is no preview any more.
    await page.reload();
    await page.getByRole('button', { name: /Next question/ }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.stem').textContent()).toBe(stem);
    expect(await page.evaluate(() => (window as unknown as { __previewStems: string[] }).__previewStems)).toEqual([]);
    expect(await readReviewLogs(page)).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
