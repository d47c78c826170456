/**
 * Upgrades in a real browser. A database exactly as schema version 1 (and version 2) left it is
 * built with raw IndexedDB — no Dexie, no app code — from the schema strings in src/data/db.ts
 * (Dexie stores version n as IndexedDB version 10·n), filled with a learner's rows, and closed.
 * Then the app opens it: every row survives with its meaning, a question that left the bundled
 * bank is retired rather than deleted, and the learner's session, theme and due card are in use.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DB_NAME, schemaV1, schemaV2, schemaV3 } from '../../src/data/db';
import { sampleAssignment, sampleReport } from '../fixtures/group-documents';
import { baseUrl, launchBrowser, openPage, readCards, readReviewLogs, readStore } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const pack = JSON.parse(readFileSync('questions/cissp-d1.pack.json', 'utf8')) as { id: string; questions: { id: string }[] };
const [first, second] = [pack.questions[0]!.id, pack.questions[1]!.id];
const retiredKey = 'd1-withdrawn-999';
const day = (d: number) => new Date(Date.UTC(2026, 1, d, 9));

function card(due: Date, lastReview: Date) {
  return {
    due,
    stability: 4.2,
    difficulty: 5.1,
    elapsed_days: 3,
    scheduled_days: 4,
    learning_steps: 0,
    reps: 2,
    lapses: 1,
    state: 2,
    last_review: lastReview,
    attempts: 2,
    correctCount: 1,
    lastCorrect: true,
  };
}

function log(id: number, questionKey: string, review: Date, sessionId: string) {
  return {
    id,
    questionKey,
    sessionId,
    review,
    rating: 3,
    state: 2,
    due: review,
    stability: 4.2,
    difficulty: 5.1,
    elapsed_days: 3,
    last_elapsed_days: 1,
    scheduled_days: 4,
    learning_steps: 0,
    correct: true,
    chosenOption: 1,
    confidence: 'unsure',
    responseMs: 12_000,
    cardBefore: null,
  };
}

/** A whole question as a pack stores it (every stored question has options; the app relies on it). */
function storedQuestion(id: string, stem: string) {
  const option = (letter: string) => ({ text: `Option ${letter}`, explanation: `Why ${letter} is or is not the best answer.` });
  return { id, stem, options: ['A', 'B', 'C', 'D'].map(option), answer: 2, references: [] };
}

/** A learner's rows as the version-1 app wrote them. */
function learnerRows(): Record<string, unknown[]> {
  const sessionState = {
    config: {
      kind: 'practice',
      exam: 'cissp',
      title: 'Domain 1 before the upgrade',
      domains: [1],
      objectives: [],
      tags: [],
      difficulties: [],
      source: 'all',
      size: 2,
    },
    queue: [first, second],
    optionOrders: { [first]: [2, 0, 3, 1], [second]: [1, 3, 0, 2] },
    answers: {
      [first]: { chosen: 1, correct: true, confidence: 'unsure', responseMs: 12_000, answeredAt: day(5).toISOString(), logId: 2 },
    },
    flagged: [],
    position: 1,
  };
  return {
    questions: [
      {
        ...storedQuestion(retiredKey, 'A question the bundled bank later withdrew'),
        key: retiredKey,
        packId: pack.id,
        exams: ['cissp'],
        domain: 1,
        objective: '1.1',
        difficulty: 2,
        tags: [],
        retired: 0,
      },
      {
        ...storedQuestion('q1', 'My own question'),
        key: 'my-pack:q1',
        packId: 'my-pack',
        exams: ['cissp'],
        domain: 3,
        objective: '3.1',
        difficulty: 1,
        tags: ['threat-modeling'],
        retired: 0,
      },
    ],
    packs: [
      // The bundled pack as the old bank loaded it (the sync refreshes this row; see expectRowsKept).
      {
        id: pack.id,
        title: 'Old title',
        license: 'CC BY-SA 4.0',
        source: 'bundled',
        enabled: 1,
        questionCount: 61,
        contentHash: 'the-bank-before-the-upgrade',
        updatedAt: day(1),
      },
      {
        id: 'my-pack',
        title: 'My pack',
        license: 'CC0',
        source: 'imported',
        enabled: 1,
        questionCount: 1,
        contentHash: 'mine',
        updatedAt: day(1),
      },
    ],
    // A card due long ago (Today counts it), and one for a question the bank no longer has.
    cards: [
      { questionKey: first, ...card(day(9), day(5)) },
      { questionKey: retiredKey, ...card(day(9), day(4)) },
    ],
    reviewLogs: [log(1, retiredKey, day(4), 's-old'), log(2, first, day(5), 's-v1')],
    sessions: [
      { id: 's-v1', kind: 'practice', status: 'active', exam: 'cissp', startedAt: day(5), updatedAt: day(5), state: sessionState },
    ],
    studyTime: [{ id: 1, date: day(5), minutes: 35, domain: 1, exam: 'cissp', source: 'reading' }],
    plans: [{ id: 'p1', exam: 'cissp', status: 'archived', createdAt: day(1), plan: { weeks: [] } }],
    settings: [
      { key: 'theme', value: 'dark' },
      { key: 'dailyNewLimit', value: 12 },
    ],
    groups: [{ id: 'g1', name: 'ML platform', role: 'lead', createdAt: day(2), data: { members: ['Ana', 'Ben'] } }],
    problemReports: [{ id: 1, questionKey: first, createdAt: day(5), kind: 'typo', text: 'B has a typo' }],
    meta: [
      { key: 'bundledBankHash', value: 'the-bank-before-the-upgrade' },
      { key: 'lastBackupAt', value: day(3) },
    ],
  };
}

/**
 * In the page, before the app ever runs there: creates the database at `idbVersion` with the object
 * stores and indexes that Dexie's schema strings describe, puts the rows, and closes it.
 */
async function buildDatabase(page: Page, idbVersion: number, schema: Record<string, string>, rows: Record<string, unknown[]>) {
  await page.evaluate(
    async ({ name, idbVersion, schema, rows }) => {
      const request = indexedDB.open(name, idbVersion);
      request.onupgradeneeded = () => {
        for (const [store, spec] of Object.entries(schema)) {
          const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
          const autoIncrement = primary!.startsWith('++');
          const objectStore = request.result.createObjectStore(store, { keyPath: primary!.replace(/^(\+\+|&)/, ''), autoIncrement });
          for (const index of indexes) {
            const bare = index.replace(/^[&*]/, '');
            const keyPath = bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
            objectStore.createIndex(bare, keyPath, { unique: index.startsWith('&'), multiEntry: index.startsWith('*') });
          }
        }
      };
      const database: IDBDatabase = await new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = database.transaction(Object.keys(rows), 'readwrite');
      for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    },
    { name: DB_NAME, idbVersion, schema, rows },
  );
}

async function idbVersion(page: Page): Promise<number> {
  return page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'bastion')?.version ?? 0);
}

/**
 * In a fresh profile, builds the old database on a page of the app's origin where the app does not
 * run (the web manifest), closes that page, then starts the app in a new one.
 */
const schemas = { 1: schemaV1, 2: schemaV2, 3: schemaV3 } as const;

async function upgradeFrom(version: 1 | 2 | 3, rows: Record<string, unknown[]>): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const fixturePage = await context.newPage();
  await fixturePage.goto(`${baseUrl()}/manifest.webmanifest`);
  await buildDatabase(fixturePage, version * 10, schemas[version], rows);
  expect(await idbVersion(fixturePage)).toBe(version * 10);
  await fixturePage.close();

  const { page, errors } = await openPage(context, '/');
  // The old database already has a bank hash, so wait for the current bank's to replace it.
  const bankHash = async () =>
    (await readStore<{ key: string; value: unknown }>(page, 'meta')).find((m) => m.key === 'bundledBankHash')?.value;
  await expect.poll(bankHash, { timeout: 20_000 }).not.toBe('the-bank-before-the-upgrade');
  expect(await idbVersion(page)).toBe(CURRENT_SCHEMA_VERSION * 10);
  return { page, errors };
}

/** Every fixture row is still there, field for field (rows the bank sync owns are checked apart). */
async function expectRowsKept(page: Page, rows: Record<string, unknown[]>): Promise<void> {
  for (const [store, list] of Object.entries(rows)) {
    if (store === 'questions' || store === 'meta') continue;
    // Since version 6 the logs live 64 to a record, and since version 10 the cards in buckets: compared row by row.
    const stored =
      store === 'reviewLogs' ? await readReviewLogs(page) : store === 'cards' ? await readCards(page) : await readStore(page, store);
    for (const row of list) {
      if (store === 'packs' && (row as { source: string }).source === 'bundled') continue;
      expect(stored, `${store} lost a row`).toContainEqual(row);
    }
  }
  const packs = await readStore<{ id: string; enabled: number; questionCount: number }>(page, 'packs');
  expect(packs.find((p) => p.id === pack.id)).toMatchObject({ enabled: 1, questionCount: pack.questions.length });
  const meta = await readStore<{ key: string; value: unknown }>(page, 'meta');
  expect(meta).toContainEqual({ key: 'lastBackupAt', value: day(3) });
  // The bank changed since: it was reloaded, and its hash replaced the old one.
  expect(meta.find((m) => m.key === 'bundledBankHash')?.value).not.toBe('the-bank-before-the-upgrade');
  const questions = await readStore<{ key: string; retired: number; stem?: string }>(page, 'questions');
  expect(questions.find((q) => q.key === retiredKey)?.retired).toBe(1);
  expect(questions.find((q) => q.key === 'my-pack:q1')).toMatchObject({ retired: 0, stem: 'My own question' });
  expect(questions.find((q) => q.key === first)?.retired).toBe(0);
  // Version 5 tallies every review log by day and question (what Progress reads): all are counted.
  // Each day keeps [answered, correct] per question in one flat array: the answered counts are the even entries.
  const days = await readStore<{ counts: Uint32Array }>(page, 'answerDays');
  const tallied = days.flatMap((d) => [...d.counts].filter((_, i) => i % 2 === 0)).reduce((sum, answered) => sum + answered, 0);
  expect(tallied).toBe(rows.reviewLogs?.length);
}

async function expectAppUsesThem(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await expect.poll(() => page.locator('.stat').first().textContent(), { timeout: 10_000 }).toBe('1');
  // The resumed session must be what the screen shows from the start: the set-up form must not flash
  // in while the session loads (it did when a stale "no session" read was taken for an answer).
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if ([...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Start practice'))
        localStorage.setItem('test:setup-shown', 'yes');
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${baseUrl()}/practice`);
  // A bounded wait that fails with what it waited for (a poll of textContent would itself wait forever).
  await page.getByText(/question 2 of 2 · 1 answered/).waitFor({ timeout: 20_000 });
  expect(await page.evaluate(() => localStorage.getItem('test:setup-shown'))).toBeNull();
}

describe('schema migrations in the browser', () => {
  it('opens a populated version-1 database with the current app and loses nothing', async () => {
    const rows = learnerRows();
    const { page, errors } = await upgradeFrom(1, rows);
    await expectRowsKept(page, rows);
    expect(await readStore(page, 'flags')).toEqual([]);
    await expectAppUsesThem(page);
    expect(errors).toEqual([]);
  });

  it('opens a populated version-3 database (study groups) with the current app and loses nothing', async () => {
    // Study-group rows as the version-3 app wrote them: whole documents, as the schema checked them.
    const lead = sampleAssignment({ id: 'a-week-3', group: { id: 'g1', name: 'ML platform', members: ['Ana', 'Ben'] } });
    const accepted = sampleAssignment({ id: 'a-night-1', questionKeys: [first, second], domains: [1], selection: { mode: 'keys' } });
    const result = sampleReport().assignments[0]!;
    const rows = {
      ...learnerRows(),
      flags: [{ questionKey: second, flaggedAt: day(6) }],
      assignments: [{ id: lead.id, groupId: 'g1', createdAt: day(2), dueDate: lead.dueDate, assignment: lead }],
      acceptedAssignments: [
        {
          id: accepted.id,
          groupId: accepted.group.id,
          acceptedAt: day(3),
          dueDate: accepted.dueDate,
          assignment: accepted,
          sessionIds: ['s-v1'],
        },
      ],
      memberResults: [
        {
          id: `g1|ana|${lead.id}`,
          groupId: 'g1',
          assignmentId: lead.id,
          member: 'Ana',
          memberKey: 'ana',
          reportId: 'r-0001',
          generatedAt: day(4),
          importedAt: day(4),
          result: { ...result, assignmentId: lead.id },
        },
      ],
      teamCerts: [
        {
          id: 't-ana',
          groupId: 'g1',
          member: 'Ana',
          certification: 'CISSP',
          status: 'studying',
          examDate: '',
          cpeEarned: null,
          cpeRequired: null,
          renewalDate: '',
          updatedAt: day(4),
        },
      ],
    };
    const { page, errors } = await upgradeFrom(3, rows);
    await expectRowsKept(page, rows);
    await expectAppUsesThem(page);
    // The lead's group shows its assignment and Ana's imported result.
    await page.goto(`${baseUrl()}/group/lead/g1`);
    await page.getByRole('heading', { name: 'ML platform', level: 1 }).waitFor({ timeout: 20_000 });
    await page.getByText('Week 3: identity and access').first().waitFor({ timeout: 20_000 });
    expect(errors).toEqual([]);
  });

  it('opens a populated version-2 database (flags) with the current app and loses nothing', async () => {
    const rows = { ...learnerRows(), flags: [{ questionKey: second, flaggedAt: day(6) }] };
    const { page, errors } = await upgradeFrom(2, rows);
    await expectRowsKept(page, rows);
    await expectAppUsesThem(page);
    expect(errors).toEqual([]);
  });
});
