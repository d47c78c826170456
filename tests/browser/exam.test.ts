/**
 * A short simulated exam end to end by keyboard: start, answer, reload mid-exam and resume at the
 * same item with the same option order (and the option chosen but not submitted), finish, read the
 * results and review every item. Also: the shortcut list, ending an exam early, and running out of time.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, openPage, readReviewLogs, readStore, seriousAxeViolations, waitForBank } from './browser';

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  ({ page, errors } = await openPage(context, '/exam'));
  await waitForBank(page);
});
afterAll(async () => {
  await browser.close();
});

const counter = () => page.locator('text=/item \\d+ of 25/').first().textContent();
const optionTexts = () => page.locator('.option.choice').allTextContents();
/** The focused element, as "tag: text" (body when focus fell to the page). */
const focused = () =>
  page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}: ${document.activeElement?.textContent?.trim()}`);
const checkedPosition = () =>
  page.locator('.option.choice input').evaluateAll((inputs) => inputs.findIndex((input) => (input as HTMLInputElement).checked));

/** The first line of Past exams: the exam finished last. */
const newestHistoryRow = () =>
  page
    .getByRole('table', { name: /finished simulated exams/ })
    .locator('tbody tr')
    .first();

async function startShortExam() {
  await page.goto(`${baseUrl()}/exam`);
  await page.getByRole('radio', { name: /Short practice exam/ }).check();
  await expect.poll(() => page.getByRole('button', { name: 'Start exam' }).isEnabled()).toBe(true);
  await page.getByRole('button', { name: 'Start exam' }).click();
  await page.locator('.option.choice').first().waitFor();
}

describe('exam simulation', () => {
  it('runs a short exam by keyboard, survives a reload, and shows results with a full review', async () => {
    await page.getByRole('radio', { name: /Short practice exam/ }).check();
    await expect.poll(() => page.getByRole('button', { name: 'Start exam' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Start exam' }).click();
    await page.locator('.option.choice').first().waitFor();
    expect(await counter()).toMatch(/item 1 of 25/);
    expect(await page.locator('.timer').textContent()).toMatch(/^0:(29|30):\d\d$/);
    // The bar under the header is the clock, and says so on screen (a CAT exam's length is not known in advance).
    expect(await page.getByRole('progressbar', { name: 'Time used' }).isVisible()).toBe(true);
    expect(await page.getByText('Time used', { exact: true }).isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await expect.poll(focused).toBe('h2: Item 1');

    for (let i = 0; i < 25; i++) {
      if (i === 12) {
        const before = await optionTexts();
        const stem = await page.locator('.stem').textContent();
        await page.keyboard.press('b'); // chosen, not submitted
        await expect.poll(checkedPosition).toBe(1);
        await page.reload();
        await page.locator('.option.choice').first().waitFor();
        expect(await page.locator('.stem').textContent()).toBe(stem);
        expect(await optionTexts()).toEqual(before);
        expect(await counter()).toMatch(/item 13 of 25/);
        expect(await checkedPosition()).toBe(1);
        await expect.poll(focused).toBe('h2: Item 13');
        expect(
          await readStore<{ kind: string; state: { answers: unknown[] } }>(page, 'sessions').then(
            (s) => s.find((x) => x.kind === 'exam')?.state.answers.length,
          ),
        ).toBe(12);
      }
      await page.keyboard.press(['a', '2', 'C', '4'][i % 4]!);
      // Enter pressed before the choice has rendered submits nothing on a busy machine: wait for it.
      await expect.poll(() => page.locator('.option.choice input:checked').count()).toBe(1);
      await page.keyboard.press('Enter');
      if (i < 24) await expect.poll(counter).toMatch(new RegExp(`item ${i + 2} of 25`));
    }

    await page.getByRole('heading', { name: /^Simulated result: (pass|fail)/ }).waitFor();
    await expect.poll(focused).toMatch(/^h1: Simulated result: (pass|fail)/);
    expect(await page.getByText(/on the 0–1000 scale; passing is 700/).count()).toBe(1);
    expect(await page.locator('.exam-review > li').count()).toBe(25);
    expect(await page.locator('.exam-review .explanation').count()).toBe(100);
    expect(await page.locator('.exam-review').getByText('unscored pretest item', { exact: false }).count()).toBe(5);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const logs = await readReviewLogs<{ sessionId: string }>(page);
    expect(logs.filter((l) => l.sessionId.startsWith('exam-'))).toHaveLength(25);
    const verdict = (await page.getByRole('heading', { name: /^Simulated result/ }).textContent())!.match(/: (pass|fail)/)![1]!;
    const score = await page.locator('.stat').first().textContent();

    // Back at the start, the exam is in the history; its line opens the same result again.
    await page.getByRole('button', { name: 'Back to exams' }).click();
    const history = page.getByRole('table', { name: /finished simulated exams/ });
    await history.waitFor();
    const cells = await history.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells).toEqual([
      'CISSP short practice',
      verdict === 'pass' ? 'Pass' : 'Fail',
      expect.stringMatching(new RegExp(`^${score} \\(`)),
      '25',
      expect.stringMatching(/ min$/),
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await history.locator('tbody tr').first().getByRole('link').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: new RegExp(`^Simulated result: ${verdict}`) }).waitFor();
    expect(await page.locator('.exam-review > li').count()).toBe(25);
    expect(errors).toEqual([]);
  });

  it('hides the shortcut list with ?, Close or Escape, focus going back; End exam ends the exam after a confirmation', async () => {
    await startShortExam();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const shortcuts = page.getByRole('button', { name: /^Shortcuts/ });
    await shortcuts.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('?');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused()).toBe('button: Shortcuts ?');
    await page.keyboard.press('?');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused()).toBe('button: Shortcuts ?');

    // On a phone, no key label breaks in the middle ("A–" / "D").
    await page.setViewportSize({ width: 390, height: 844 });
    await page.keyboard.press('?');
    await dialog.waitFor();
    const lines = await dialog.locator('kbd').evaluateAll((kbds) => kbds.map((k) => [k.textContent, k.getClientRects().length]));
    expect(lines).toContainEqual(['A–D', 1]);
    expect(lines.every(([, rects]) => rects === 1)).toBe(true);
    await page.getByRole('button', { name: 'Close' }).press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1200, height: 900 });

    // The same exam, ended early by the learner after one answer.
    await page.locator('.option.choice input').first().check(); // focus on the option: Enter submits
    await page.keyboard.press('Enter');
    await expect.poll(counter).toMatch(/item 2 of 25/);
    await page.getByRole('button', { name: 'End exam' }).focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('button: Keep going'); // the safe choice
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('button: End exam');
    expect(await counter()).toMatch(/item 2 of 25/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('button: Yes, end the exam');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: /^Simulated result: not finished/ }).waitFor();
    await expect.poll(focused).toMatch(/^h1: Simulated result: not finished/);
    expect(await page.getByText(/^Ended by you before any of its ending rules applied/).count()).toBe(1);
    // Ended after one item: no score, and no domain label from a single item.
    expect(await page.locator('.stat').first().textContent()).toBe('—');
    expect(await page.getByText(/^No score: the exam ended after 1 item, and a score needs at least 25/).count()).toBe(1);
    expect(await page.getByText(/ proficiency$/).count()).toBe(0);
    expect(await page.locator('.exam-review > li').count()).toBe(1);
    await page.getByRole('button', { name: 'Back to exams' }).click();
    await expect.poll(focused).toMatch(/^h1: Exam simulation/); // not the page, with the button gone
    const row = newestHistoryRow();
    await row.waitFor();
    expect((await row.locator('td').allTextContents()).slice(1, 3)).toEqual(['Not finished', '— (too few items to score)']);
    expect(errors).toEqual([]);
  });

  it('counts the time that ran out, and says why a time-out is a fail', async () => {
    await startShortExam();
    for (const [i, key] of ['a', 'b'].entries()) {
      await page.keyboard.press(key);
      await expect.poll(() => page.locator('.option.choice input:checked').count()).toBe(1);
      await page.keyboard.press('Enter');
      await expect.poll(counter).toMatch(new RegExp(`item ${i + 2} of 25`));
    }
    // Away for two hours: the 30-minute exam ran out of time meanwhile.
    await page.evaluate(() => sessionStorage.setItem('bastion:clock-offset-ms', String(120 * 60_000)));
    await page.reload();
    await page.getByRole('heading', { name: /^Simulated result: fail/ }).waitFor();
    expect(await page.getByText(/^2 items answered/).textContent()).toMatch(/ in 30 min, all the time allowed; /);
    expect(await page.getByText(/^Why a fail/).textContent()).toBe(
      'Why a fail: time ran out after 2 items, and this exam needs at least 25; running out of time before that is a fail, whatever the score.',
    );
    await page.getByRole('button', { name: 'Back to exams' }).click();
    const row = newestHistoryRow();
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(['CISSP short practice', 'Fail', expect.any(String), '2', '30 min']);
    await page.evaluate(() => sessionStorage.removeItem('bastion:clock-offset-ms'));
    expect(errors).toEqual([]);
  });

  it('tells a CC candidate that the bank follows the CC outline ISC2 has replaced', async () => {
    await page.goto(`${baseUrl()}/exam`);
    await page.getByRole('heading', { name: 'Start a simulated exam' }).waitFor();
    expect(await page.getByRole('note').count()).toBe(0); // CISSP: no change announced
    await page.getByRole('radio', { name: 'ISC2 CC' }).check();
    const note = page.getByRole('note');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/^Outline change\. ISC2 puts? a new CC exam outline into effect on 1 September 2026\./);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
