/**
 * Crash safety: a practice session and an exam, each killed at 20+ random moments (fixed seed) —
 * a renderer crash or a tab closed without warning, sometimes straight after the key press that
 * answers, before anything is painted — and reopened in the same browser profile every time.
 *
 * What must hold after every reopening, read straight from IndexedDB:
 * - acknowledged answers are kept: in practice, an answer is acknowledged once the session's
 *   "N answered" count (read back from the database) includes it; in an exam, once the next item is
 *   on screen. Each is in `reviewLogs`, in the session, with the option that was actually pressed;
 * - an answer the kill interrupted is either wholly there (log, card and session state) or wholly
 *   absent — never a log without its session entry, or the other way round;
 * - no answer is recorded twice: one log per question per session, and every card's `attempts` and
 *   `reps` equal its number of logs;
 * - the screen resumes where the database says: the same question or item, with feedback if it was
 *   answered, the same counts, and for the exam a timer that kept running while the tab was gone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRng } from '../../src/domain/study/random';
import { launchBrowser, openPage, waitForBank } from './browser';
import {
  cardsDisagreeingWithLogs,
  killPage,
  readCards,
  readLogs,
  readSessions,
  stemsByKey,
  type Kill,
  type StoredSession,
} from './sessions';

const KILLS = 20;

let browser: Browser;
let context: BrowserContext;
let stems: Map<string, string>;
const rng = seededRng(20_261_122);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const choiceKeys = ['1', '2', '3', '4'];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const { page } = await openPage(context, '/');
  await waitForBank(page);
  stems = await stemsByKey(page);
  await page.close();
});
afterAll(async () => {
  await browser.close();
});

/** What the test did, to compare with what was stored. */
interface Ledger {
  /** The option position last pressed for each question. */
  pressed: Map<string, number>;
  /** Questions whose answer the UI acknowledged before a kill. */
  acknowledged: Set<string>;
}

// ── Practice ────────────────────────────────────────────────────────────────

const practiceCounter = (page: Page) => page.locator('text=/question \\d+ of \\d+ · \\d+ answered/').first();

async function practiceSession(page: Page, id: string): Promise<StoredSession> {
  const session = (await readSessions(page)).find((s) => s.id === id);
  if (!session) throw new Error(`Session ${id} is gone`);
  return session;
}

/** Checks the stored session, logs and cards against each other and the ledger, and the screen against the store. */
async function checkPractice(page: Page, id: string, ledger: Ledger): Promise<StoredSession> {
  await page.locator('.option.choice, button:has-text("Next question")').first().waitFor({ timeout: 15_000 });
  const [sessions, logs, cards] = [await readSessions(page), await readLogs(page), await readCards(page)];
  const session = sessions.find((s) => s.id === id)!;
  expect(session.status).toBe('active');
  expect(sessions.filter((s) => s.kind === 'practice' && s.status === 'active').map((s) => s.id)).toEqual([id]);

  const sessionLogs = logs.filter((l) => l.sessionId === id);
  const answers = session.state.answers;
  expect(new Set(sessionLogs.map((l) => l.questionKey)).size).toBe(sessionLogs.length);
  expect(sessionLogs.length).toBe(Object.keys(answers).length);
  for (const log of sessionLogs) {
    expect(answers[log.questionKey]).toMatchObject({ logId: log.id, chosen: log.chosenOption });
    const pressed = ledger.pressed.get(log.questionKey);
    expect(pressed, `${log.questionKey} was answered without a key press`).toBeDefined();
    expect(log.chosenOption).toBe(session.state.optionOrders[log.questionKey]![pressed!]);
  }
  for (const key of ledger.acknowledged) expect(answers[key], `acknowledged answer to ${key} was lost`).toBeDefined();
  expect(cardsDisagreeingWithLogs(cards, logs)).toEqual([]);

  const { queue, position } = session.state;
  const current = queue[position]!;
  await expect
    .poll(() => practiceCounter(page).textContent())
    .toContain(`question ${position + 1} of ${queue.length} · ${sessionLogs.length} answered`);
  expect(await page.locator('.stem').textContent()).toBe(stems.get(current));
  const answeredNow = answers[current] !== undefined;
  expect(await page.getByRole('button', { name: /Next question/ }).count()).toBe(answeredNow ? 1 : 0);
  expect(await page.locator('.option.choice').count()).toBe(answeredNow ? 0 : 4);
  return session;
}

async function answeredCount(page: Page): Promise<number> {
  return Number((await practiceCounter(page).textContent())?.match(/(\d+) answered/)?.[1]);
}

/** Presses an option and Enter on the current (unanswered) question; returns its key. */
async function pressAnswer(page: Page, session: StoredSession, ledger: Ledger): Promise<string> {
  const key = session.state.queue[session.state.position]!;
  const position = Math.floor(rng() * 4);
  ledger.pressed.set(key, position);
  await page.keyboard.press(choiceKeys[position]!);
  await page.keyboard.press('Enter');
  return key;
}

/** Answers and waits until the stored count includes it: acknowledged. */
async function answerAcknowledged(page: Page, id: string, ledger: Ledger): Promise<void> {
  const session = await practiceSession(page, id);
  const before = await answeredCount(page);
  const key = await pressAnswer(page, session, ledger);
  await expect.poll(() => answeredCount(page)).toBe(before + 1);
  ledger.acknowledged.add(key);
}

async function nextQuestion(page: Page): Promise<void> {
  const before = await practiceCounter(page).textContent();
  await page.keyboard.press('n');
  await expect.poll(() => practiceCounter(page).textContent()).not.toBe(before);
}

type PracticeMoment = 'idle' | 'after-key' | 'after-verdict' | 'after-saved' | 'after-next';

/** Answers 0–2 questions, then stops at a random moment; returns it, and the question whose answer the kill may interrupt. */
async function practiseThenStop(page: Page, id: string, ledger: Ledger): Promise<{ moment: PracticeMoment; interrupted?: string }> {
  let session = await practiceSession(page, id);
  if (session.state.answers[session.state.queue[session.state.position]!]) await nextQuestion(page);
  for (let k = Math.floor(rng() * 3); k > 0; k--) {
    await answerAcknowledged(page, id, ledger);
    await nextQuestion(page);
  }
  session = await practiceSession(page, id);
  const moment = pick<PracticeMoment>(['idle', 'after-key', 'after-key', 'after-verdict', 'after-verdict', 'after-saved', 'after-next']);
  if (moment === 'after-key') return { moment, interrupted: await pressAnswer(page, session, ledger) };
  if (moment === 'after-verdict') {
    const interrupted = await pressAnswer(page, session, ledger);
    // The verdict is painted from local state while the answer's transaction commits (one frame
    // matters more than the few milliseconds of a commit; see session-player.tsx), so it is not
    // counted as an acknowledgement here. Such an answer must be whole or absent, as after a key press.
    await page
      .locator('p[role="status"] strong')
      .filter({ hasText: /^(Correct\.|Not quite\.)$/ })
      .waitFor();
    return { moment, interrupted };
  }
  if (moment === 'after-saved') await answerAcknowledged(page, id, ledger);
  if (moment === 'after-next') {
    await answerAcknowledged(page, id, ledger);
    await page.keyboard.press('n');
  }
  return { moment };
}

// ── Exam ────────────────────────────────────────────────────────────────────

interface StoredExam {
  id: string;
  status: string;
  state: {
    engine: { startedAt: string; form: { minutes: number }; answered: unknown[] };
    current: { key: string; order: number[] } | null;
    answers: { key: string; chosen: number; order: number[] }[];
  };
}

const itemCounter = (page: Page) => page.locator('text=/item \\d+ of 25/').first();

function clockMs(text: string): number {
  const [h, m, s] = text.split(':').map(Number);
  return ((h! * 60 + m!) * 60 + s!) * 1000;
}

async function checkExam(page: Page, id: string, ledger: Ledger): Promise<StoredExam> {
  const exam = (await readSessions(page)).find((s) => s.id === id) as unknown as StoredExam;
  const logs = (await readLogs(page)).filter((l) => l.sessionId === id);
  const answers = exam.state.answers;
  expect(new Set(answers.map((a) => a.key)).size).toBe(answers.length);
  expect(exam.state.engine.answered.length).toBe(answers.length);
  expect(logs.map((l) => `${l.questionKey}:${l.chosenOption}`).sort()).toEqual(answers.map((a) => `${a.key}:${a.chosen}`).sort());
  for (const a of answers) {
    expect(ledger.pressed.has(a.key), `${a.key} was answered without a key press`).toBe(true);
    expect(a.chosen).toBe(a.order[ledger.pressed.get(a.key)!]);
  }
  for (const key of ledger.acknowledged)
    expect(
      answers.some((a) => a.key === key),
      `acknowledged item ${key} was lost`,
    ).toBe(true);
  expect(cardsDisagreeingWithLogs(await readCards(page), await readLogs(page))).toEqual([]);
  if (exam.status !== 'active') return exam;

  await expect.poll(() => itemCounter(page).textContent(), { timeout: 15_000 }).toContain(`item ${answers.length + 1} of 25`);
  expect(await page.locator('.stem').textContent()).toBe(stems.get(exam.state.current!.key));
  // The clock never stops: time while the tab was gone counts, as in a test centre.
  const expected = Date.parse(exam.state.engine.startedAt) + exam.state.engine.form.minutes * 60_000 - Date.now();
  const shown = clockMs((await page.locator('.timer').textContent()) ?? '');
  expect(Math.abs(shown - expected)).toBeLessThan(3_000);
  return exam;
}

async function pressExamAnswer(page: Page, exam: StoredExam, ledger: Ledger): Promise<string> {
  const key = exam.state.current!.key;
  const position = Math.floor(rng() * 4);
  ledger.pressed.set(key, position);
  await page.keyboard.press(choiceKeys[position]!);
  await page.keyboard.press('Enter');
  return key;
}

describe('crash safety', () => {
  it(
    `keeps every acknowledged practice answer exactly once across ${KILLS} kills, and resumes at the right question`,
    { timeout: 150_000 },
    async () => {
      let { page } = await openPage(context, '/practice');
      await page.getByRole('radio', { name: '100' }).check();
      await expect.poll(() => page.getByRole('button', { name: 'Start practice' }).isEnabled(), { timeout: 20_000 }).toBe(true);
      await page.getByRole('button', { name: 'Start practice' }).click();
      await page.locator('.option.choice').first().waitFor();
      const id = (await readSessions(page)).find((s) => s.kind === 'practice' && s.status === 'active')!.id;
      const ledger: Ledger = { pressed: new Map(), acknowledged: new Set() };
      const moments: string[] = [];
      const interrupted: Record<string, { kept: number; absent: number }> = {};

      for (let round = 0; round < KILLS; round++) {
        const stop = await practiseThenStop(page, id, ledger);
        const how = pick<Kill>(['crash', 'close']);
        moments.push(`${stop.moment}/${how}`);
        await killPage(context, page, how);
        ({ page } = await openPage(context, '/practice'));
        const session = await checkPractice(page, id, ledger);
        if (stop.interrupted) {
          const tally = (interrupted[stop.moment] ??= { kept: 0, absent: 0 });
          tally[session.state.answers[stop.interrupted] ? 'kept' : 'absent']++;
        }
      }
      console.log(
        `practice: ${KILLS} kills (${moments.join(', ')}); ${ledger.acknowledged.size} acknowledged answers kept; ` +
          `answers interrupted by the kill (stored whole / absent whole): ${JSON.stringify(interrupted)}`,
      );
      expect(ledger.acknowledged.size).toBeGreaterThanOrEqual(10);
      await page.close();
    },
  );

  it(`keeps every exam answer exactly once across ${KILLS} kills, and the timer honest`, { timeout: 150_000 }, async () => {
    let { page } = await openPage(context, '/exam');
    await page.getByRole('radio', { name: /Short practice exam/ }).check();
    await expect.poll(() => page.getByRole('button', { name: 'Start exam' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Start exam' }).click();
    await itemCounter(page).waitFor();
    const id = (await readSessions(page)).find((s) => s.kind === 'exam' && s.status === 'active')!.id;
    const ledger: Ledger = { pressed: new Map(), acknowledged: new Set() };
    const moments: string[] = [];

    for (let round = 0; round < KILLS; round++) {
      let exam = await checkExam(page, id, ledger);
      expect(exam.status).toBe('active');
      if (rng() < 0.5) {
        const key = await pressExamAnswer(page, exam, ledger);
        await expect.poll(() => itemCounter(page).textContent()).toContain(`item ${exam.state.answers.length + 2} of 25`);
        ledger.acknowledged.add(key);
        exam = (await readSessions(page)).find((s) => s.id === id) as unknown as StoredExam;
      }
      const moment = pick(['idle', 'after-key', 'after-key', 'after-choice']);
      if (moment === 'after-key') await pressExamAnswer(page, exam, ledger);
      if (moment === 'after-choice') await page.keyboard.press(pick(choiceKeys));
      const how = pick<Kill>(['crash', 'close']);
      moments.push(`${moment}/${how}`);
      await killPage(context, page, how);
      ({ page } = await openPage(context, '/exam'));
      await page.locator('.timer').waitFor({ timeout: 15_000 });
    }
    const exam = await checkExam(page, id, ledger);
    console.log(`exam: ${KILLS} kills (${moments.join(', ')}); ${exam.state.answers.length} items answered, each once`);
    expect(exam.state.answers.length).toBeGreaterThanOrEqual(10);
    await page.close();
  });
});
