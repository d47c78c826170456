/**
 * Helpers for the data-safety tests (crash safety, two tabs): ending a page abruptly, and reading
 * sessions, review logs and cards straight from IndexedDB to check them against each other.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { readCards as readCardRows, readReviewLogs, readStore } from './browser';

export type Kill = 'crash' | 'close';

/**
 * Ends the page without warning: 'crash' kills its renderer process (as an out-of-memory kill or a
 * browser crash would), 'close' closes the tab without running beforeunload.
 */
export async function killPage(context: BrowserContext, page: Page, how: Kill): Promise<void> {
  if (how === 'close') {
    await page.close({ runBeforeUnload: false });
    return;
  }
  const crashed = new Promise((resolve) => page.once('crash', resolve));
  const cdp = await context.newCDPSession(page);
  // The renderer dies before it can answer, so the command itself fails.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await page.close().catch(() => undefined);
}

export interface StoredAnswer {
  chosen: number;
  logId: number;
}

export interface StoredSession {
  id: string;
  kind: string;
  status: string;
  startedAt: Date;
  state: {
    queue: string[];
    position: number;
    optionOrders: Record<string, number[]>;
    answers: Record<string, StoredAnswer>;
  };
}

export interface StoredLog {
  id: number;
  questionKey: string;
  sessionId: string;
  chosenOption: number;
}

export interface StoredCard {
  questionKey: string;
  reps: number;
  attempts?: number;
}

export const readSessions = (page: Page) => readStore<StoredSession>(page, 'sessions');
export const readLogs = (page: Page) => readReviewLogs<StoredLog>(page);
export const readCards = (page: Page) => readCardRows<StoredCard>(page);

/** Question stems by key, to tell which question is on screen. */
export async function stemsByKey(page: Page): Promise<Map<string, string>> {
  const questions = await readStore<{ key: string; stem: string }>(page, 'questions');
  return new Map(questions.map((q) => [q.key, q.stem]));
}

/** How many review logs each question has, over every session. */
export function logCounts(logs: readonly StoredLog[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const log of logs) counts.set(log.questionKey, (counts.get(log.questionKey) ?? 0) + 1);
  return counts;
}

/**
 * Every card agrees with the logs: as many answers (`attempts`) and FSRS repetitions (`reps`) as
 * there are review logs for its question. Returns the disagreements, so a failure names them.
 */
export function cardsDisagreeingWithLogs(cards: readonly StoredCard[], logs: readonly StoredLog[]): string[] {
  const counts = logCounts(logs);
  const problems = cards
    .filter((c) => c.attempts !== counts.get(c.questionKey) || c.reps !== counts.get(c.questionKey))
    .map((c) => `${c.questionKey}: attempts ${c.attempts}, reps ${c.reps}, logs ${counts.get(c.questionKey) ?? 0}`);
  const cardless = [...counts.keys()].filter((k) => !cards.some((c) => c.questionKey === k)).map((k) => `${k}: logs but no card`);
  return [...problems, ...cardless];
}
