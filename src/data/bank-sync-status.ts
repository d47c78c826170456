/**
 * In-flight state of the bundled-bank load (a Zustand store: it is UI state, not persisted truth).
 * `startBankSync` runs once, as the app boots (it never blocks the first paint); the shell shows progress while it runs.
 */
import { create } from 'zustand';
import { BANK_HASH_KEY, db, type QuestionRecord } from './db';
import { holdPoolBeingWritten, holdStarterSet, loadActivePool, loadCards, releasePoolBeingWritten } from './pool-cache';
import { loadBundledPackSources, loadStarterSetText } from './bundled-bank-sources';
import bundledBankHash from 'virtual:bundled-bank-hash';
import { hintedBank, noteBank } from './start-hints';
import { loadAnswerSumsBeforeRecent } from './answer-days-repo';

export interface BankSyncStatus {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  /**
   * The active pool is known: the bank is written ('ready'), or a first load into an empty database
   * is writing it and holds it in memory meanwhile (pool-cache.ts), so a session can start now.
   */
  poolKnown: boolean;
  /** A first visit's starter set is held (pool-cache.ts): a Quick 10 can start from it. */
  starterKnown: boolean;
  done: number;
  total: number;
  error?: string;
}

export const useBankSyncStatus = create<BankSyncStatus>(() => ({
  phase: 'idle',
  poolKnown: false,
  starterKnown: false,
  done: 0,
  total: 0,
}));

let started: Promise<void> | undefined;

/**
 * The code and packs of a bank load, fetched side by side: the packs' loaders are in this (the
 * main) chunk, so they start at once instead of after a chunk of their own arrives.
 */
function fetchBankLoader() {
  const sources = loadBundledPackSources();
  sources.catch(() => {}); // awaited by the loader, which reports a failure
  return { sources, loader: import('./bank-sync') };
}

/** Longest start-up's bulk work waits for a screen that asked to go first (one that never says it is drawn). */
const FIRST_SCREEN_WAIT_MS = 1_000;

let screenExpected = false;
let screenShown: () => void = () => {};
const firstScreen = new Promise<void>((resolve) => (screenShown = resolve));
// One deadline, from the first wait: a first visit waits for its first screen twice (before its
// packs are fetched and before they are written), never two seconds in all.
let firstScreenOrGiveUp: Promise<void> | undefined;

/**
 * A screen whose first drawing reads IndexedDB (Practice: its session, or the session it starts
 * from the pool) calls this as it mounts, and `firstScreenShown` once it is drawn. Start-up's own
 * bulk work waits between the two — a first visit's bank write, the pool and cards preload —
 * because IndexedDB serves an origin's requests in order: the screen's few reads, issued after the
 * bank's puts (one per question) or a heavy learner's 5,000 questions and cards, waited for all of
 * them. Screens that do not ask are not waited for (one importing a pack on a first visit reads the
 * questions table itself).
 */
export function expectFirstScreen(): void {
  screenExpected = true;
}

export function firstScreenShown(): void {
  screenShown();
}

/** Resolves once a screen that asked to go first has said it is drawn. */
export function whenFirstScreenShown(): Promise<void> {
  return firstScreen;
}

/**
 * Resolves once the frame being drawn now has been painted: after the next animation frame's
 * callbacks, in a task of its own. Work begun here does not hold that paint back.
 */
function afterNextPaint(): Promise<void> {
  return new Promise<void>((resolve) => {
    // A hidden page paints nothing and runs no animation frame: only the task is waited for.
    if (typeof requestAnimationFrame !== 'function' || globalThis.document?.visibilityState !== 'visible') setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/**
 * Resolves when the page is next idle and any screen that asked to go first has drawn (or 1 s has
 * passed) and that drawing has been painted. A screen says it has drawn from an effect, which can
 * run before the browser paints: the first visit's bank write, begun there, held the first
 * question's paint back by the ~50 ms its puts took to copy 1,499 questions on the main thread.
 */
async function firstScreenDrawn(): Promise<void> {
  await new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 0);
  });
  if (!screenExpected) return;
  await (firstScreenOrGiveUp ??= Promise.race([firstScreen, new Promise<void>((resolve) => setTimeout(resolve, FIRST_SCREEN_WAIT_MS))]));
  await afterNextPaint();
}

/** A bank this database has not loaded, with the loader fetched already or now. */
async function loadNewBank(
  hash: string,
  fetched: ReturnType<typeof fetchBankLoader>,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const { syncBundledBank } = await fetched.loader;
  const firstPool = (pool: readonly QuestionRecord[]) => {
    holdPoolBeingWritten(pool);
    useBankSyncStatus.setState({ poolKnown: true });
    return firstScreenDrawn();
  };
  try {
    const result = await syncBundledBank(db(), { hash, load: () => fetched.sources }, onProgress, undefined, firstPool);
    // The transaction has committed (and with it the caches' invalidation): what it wrote is the pool.
    releasePoolBeingWritten(result.wroteIntoEmpty);
  } catch (error) {
    releasePoolBeingWritten(false);
    throw error;
  }
}

/** Holds the starter set for a first Quick 10 if the database is empty; says whether it did. */
async function holdStarterWhenEmpty(starterText: Promise<string>): Promise<boolean> {
  try {
    const [text, questions] = await Promise.all([starterText, db().questions.count()]);
    if (questions > 0) return false;
    holdStarterSet(JSON.parse(text) as QuestionRecord[]);
    useBankSyncStatus.setState({ starterKnown: true });
    return true;
  } catch {
    return false; // no starter set: the Quick 10 waits for the bank, as any other session does
  }
}

export function startBankSync(): Promise<void> {
  started ??= (async () => {
    useBankSyncStatus.setState({ phase: 'loading' });
    try {
      // The build's bank hash against the stored one first, with no more code than the database: an
      // unchanged bank (every visit but the first) loads no pack, and then costs nothing more (it
      // used to count the questions too, for a figure nothing showed).
      // The hash is in the main chunk (64 characters), not a chunk of its own: fetched on its own, it
      // queued behind the first screen's chunks and held the whole first-visit sync back ~150 ms.
      // When the hint names another bank (a new build's), its code and packs are fetched now, while
      // the database opens, not after.
      const checkedFrom = performance.now();
      const hint = hintedBank();
      // No hint at all (a browser that has never loaded a bank here, or whose storage was cleared),
      // opened on a screen that already asked to go first (a Quick 10 link, main.tsx): the starter
      // set comes first, and the packs wait until that screen is drawn. Any other first screen
      // (the set-up form, Review, Today) draws from the whole bank, so its packs are fetched at once.
      const starterText = hint === null && screenExpected ? loadStarterSetText() : undefined;
      starterText?.catch(() => {}); // then the Quick 10 waits for the bank, as before
      let bankLoader = hint === bundledBankHash || starterText ? undefined : fetchBankLoader();
      const stored = await db().meta.get(BANK_HASH_KEY);
      performance.measure('bastion:bank-check', { start: checkedFrom, end: performance.now() }); // for `npm run bench`
      // Fetching and evaluating the packs (~4.5 MB) beside the first screen's code held a first
      // visit's first question back: interleaved first visits, medians of 9, 600 → 393 ms. Only a
      // database that never held a bank waits: one holding an older bank has no starter set to
      // start from, and its Quick 10 waits for the new bank.
      if (starterText && stored === undefined && (await holdStarterWhenEmpty(starterText))) await firstScreenDrawn();
      if (stored?.value !== bundledBankHash)
        await loadNewBank(bundledBankHash, (bankLoader ??= fetchBankLoader()), (done, total) =>
          useBankSyncStatus.setState({ done, total }),
        );
      noteBank(bundledBankHash);
      useBankSyncStatus.setState({ phase: 'ready', poolKnown: true });
      // Read the pool and the cards into memory while the learner looks at the first screen, so
      // starting a session or opening Today or Progress does not wait for thousands of records. Once
      // that screen is drawn, not before: IndexedDB serves requests in order, and a heavy learner's
      // resumed session waited ~100–150 ms behind the 5,000 questions and cards.
      void firstScreenDrawn().then(() => {
        void loadActivePool().catch(() => {});
        void loadCards().catch(() => {});
        void loadAnswerSumsBeforeRecent(new Date()).catch(() => {});
      });
    } catch (error) {
      useBankSyncStatus.setState({ phase: 'error', poolKnown: false, starterKnown: false, error: (error as Error).message });
    }
  })();
  return started;
}
