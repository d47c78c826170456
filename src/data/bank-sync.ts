/**
 * Loads the bundled question bank into IndexedDB on first start and whenever its content changes.
 *
 * The bank ships as static JSON chunks in the build (see bundled-bank-sources.ts), each checked
 * against the pack schema when it was built (scripts/vite-bundled-packs.ts). Its SHA-256 content
 * hash is kept in `meta`; when it matches, start-up does no work. When it differs, every pack is
 * written in one transaction, so a half-loaded bank is never seen. Questions
 * that left the bank are marked retired, never deleted: a learner's cards and logs are keyed by the
 * stable question id and outlive any bank update.
 */
import { bankRecordsOf } from '../domain/bank/bank-record';
import type { Pack } from '../domain/pack/pack-schema';
import { BANK_HASH_KEY, type BastionDb, type PackRecord, type QuestionRecord } from './db';

export interface PackSource {
  readonly file: string;
  readonly text: string;
}

export interface BankSyncResult {
  readonly updated: boolean;
  readonly retiredCount: number;
  readonly hash: string;
  /** The database held no question and no pack before: what was written is the whole active pool. */
  readonly wroteIntoEmpty: boolean;
}

export { BANK_HASH_KEY };

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A bundled pack's text as the build made it: the pack schema's own output, checked when it was
 * built, so only JSON itself can fail here (the validator is not loaded on a first visit).
 */
export function parseBundledPack(source: PackSource): Pack {
  try {
    return JSON.parse(source.text) as Pack;
  } catch (error) {
    throw new Error(`Bundled pack ${source.file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The bank's content hash: SHA-256 over the packs in file-name order (same as scripts/vite-bank-hash.ts). */
export async function bankHashOf(sources: readonly PackSource[]): Promise<string> {
  const ordered = [...sources].sort((a, b) => a.file.localeCompare(b.file));
  return sha256Hex(ordered.map((s) => `${s.file}\n${s.text}`).join('\n'));
}

/**
 * The bank to load: its packs, or — in the app — its hash known at build time and a loader, so an
 * unchanged bank costs one read of `meta` and no pack is fetched or parsed.
 */
export type BundledBank = readonly PackSource[] | { readonly hash: string; readonly load: () => Promise<readonly PackSource[]> };

/** No question and no pack: a first visit's database (or one emptied since). */
async function holdsNothing(database: BastionDb): Promise<boolean> {
  const [questions, packs] = await Promise.all([database.questions.count(), database.packs.count()]);
  return questions === 0 && packs === 0;
}

/**
 * `onFirstPool` is told the pool before anything is written when the database holds no question and
 * no pack (a first visit), and the write waits for what it returns: a first visit's first session
 * starts from memory meanwhile. IndexedDB serves an origin's requests in order, so that session's
 * reads (cards) and write (its record), issued after the bank's puts, waited for them: ~150–240 ms
 * when the bank held 1,266 questions, a wait that grows with the bank.
 */
export async function syncBundledBank(
  database: BastionDb,
  bank: BundledBank,
  onProgress: (done: number, total: number) => void = () => {},
  now: () => Date = () => new Date(),
  onFirstPool: (pool: readonly QuestionRecord[]) => Promise<void> | void = () => {},
): Promise<BankSyncResult> {
  const hash = 'hash' in bank ? bank.hash : await bankHashOf(bank);
  const stored = await database.meta.get(BANK_HASH_KEY);
  // Unchanged: nothing to read or write (the count it used to return was shown nowhere).
  if (stored?.value === hash) return { updated: false, retiredCount: 0, hash, wroteIntoEmpty: false };
  const startedAt = performance.now();
  const sources = 'hash' in bank ? await bank.load() : bank;
  const ordered = [...sources].sort((a, b) => a.file.localeCompare(b.file));
  const loadedAt = performance.now();
  const packs = ordered.map(parseBundledPack);
  const byPack: QuestionRecord[][] = packs.map(bankRecordsOf);
  const parsedAt = performance.now();
  const total = byPack.reduce((n, records) => n + records.length, 0);
  // Into an empty database every pack is switched on, so the pool is every question about to be written.
  if (await holdsNothing(database)) await onFirstPool(byPack.flat());
  const writeFrom = performance.now();
  let retiredCount = 0;
  let wroteIntoEmpty = false;

  await database.transaction('rw', [database.questions, database.packs, database.meta], async () => {
    const previousBundled = await database.packs.where('source').equals('bundled').toArray();
    const previousKeys = new Set(
      await database.questions
        .where('packId')
        .anyOf(previousBundled.map((p) => p.id))
        .primaryKeys(),
    );
    const enabledById = new Map(previousBundled.map((p) => [p.id, p.enabled]));
    // Checked again here: another tab may have written between the check above and this transaction.
    wroteIntoEmpty = await holdsNothing(database);
    const currentKeys = new Set(byPack.flatMap((records) => records.map((r) => r.key)));
    const packRecords = packs.map((pack): PackRecord => ({
      id: pack.id,
      title: pack.title,
      license: pack.license,
      source: 'bundled',
      enabled: enabledById.get(pack.id) ?? 1,
      questionCount: pack.questions.length,
      contentHash: hash,
      updatedAt: now(),
      ...(pack.description ? { description: pack.description } : {}),
      ...(pack.release ? { release: pack.release } : {}),
    }));
    // Every pack's puts are issued at once, not pack by pack with a wait after each: under a busy
    // first visit each wait handed the main thread back for a while and IndexedDB idled until the
    // next pack's puts came. 891 questions, first question of a first visit, medians of 9: 1,107 →
    // 985 ms when the machine was slow; within noise when it was fast (898 → 892 ms). Progress
    // still moves as each pack's puts complete.
    let done = 0;
    onProgress(0, total); // the shell shows the load under way
    await Promise.all([
      ...byPack.map((records) =>
        database.questions.bulkPut(records).then(() => {
          done += records.length;
          onProgress(done, total);
        }),
      ),
      database.packs.bulkPut(packRecords),
    ]);
    const gone = [...previousKeys].filter((k) => !currentKeys.has(k));
    retiredCount = gone.length;
    if (gone.length > 0) await database.questions.where('key').anyOf(gone).modify({ retired: 1 });
    const currentPackIds = new Set(packs.map((p) => p.id));
    for (const old of previousBundled) if (!currentPackIds.has(old.id)) await database.packs.update(old.id, { questionCount: 0 });
    await database.meta.put({ key: BANK_HASH_KEY, value: hash });
  });
  // User Timing of a first load, for `npm run bench` and the browser's performance panel.
  performance.measure('bastion:bank-load', { start: startedAt, end: loadedAt });
  performance.measure('bastion:bank-parse', { start: loadedAt, end: parsedAt });
  performance.measure('bastion:bank-write', { start: writeFrom, end: performance.now() });

  return { updated: true, retiredCount, hash, wroteIntoEmpty };
}
