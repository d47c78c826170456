/**
 * Start-up's hints in localStorage, with no import: main.tsx reads them before any of the app's
 * code (or Dexie) has arrived, to decide whether a first visit's preview is drawn.
 */
/**
 * localStorage's note of the last bank this browser's database was seen to hold: only a hint,
 * read synchronously as the app starts, so that on a first visit (or the first start of a build
 * with a changed bank) the bank is fetched at once, beside the first screen's code, rather than
 * after the database answers. The database's own record decides; a wrong hint only costs time (a
 * bank fetched for nothing, or fetched after the check). Asking IndexedDB instead
 * (`indexedDB.databases()`) answered only once the main thread was free: ~350 ms into a first visit.
 */
const BANK_HINT_KEY = 'bastion:bundled-bank';

export function hintedBank(): string | null {
  try {
    return globalThis.localStorage?.getItem(BANK_HINT_KEY) ?? null;
  } catch {
    return null; // storage blocked: no hint
  }
}

export function noteBank(hash: string): void {
  try {
    globalThis.localStorage?.setItem(BANK_HINT_KEY, hash);
  } catch {
    // storage blocked or full: the hint is only an optimisation
  }
}

/**
 * Set as the app starts: a browser where the app has run before may hold a session already (the
 * bank hint is noted only once the bank is written, a second or two into a first visit), so a
 * reload is not drawn a first visit's preview.
 */
const APP_STARTED_KEY = 'bastion:app-started';

export function appStartedHere(): boolean {
  try {
    return globalThis.localStorage?.getItem(APP_STARTED_KEY) !== null;
  } catch {
    return false;
  }
}

export function noteAppStarted(): void {
  try {
    globalThis.localStorage?.setItem(APP_STARTED_KEY, '1');
  } catch {
    // storage blocked or full: a reload may draw the preview again, and the app replaces it
  }
}
