/**
 * Backups: everything the learner has, as one file (src/domain/backup/backup-format.ts), and back.
 *
 * - Export reads every table in one read transaction, so the file is a consistent snapshot even
 *   if another tab answers a question meanwhile. It then reads its own output back through the
 *   format's parser: a file we hand out must import again.
 * - Import validates the whole file first, then replaces the learner's data in one read-write
 *   transaction over every table. Any failure (a row IndexedDB refuses, the disk full) aborts it,
 *   and IndexedDB rolls every table back: nothing is ever half-imported.
 * - The bundled bank is the app's, not the learner's: its questions and pack rows stay as they are
 *   here, and so does the meta row recording which bank was loaded ('bundledBankHash', owned by
 *   bank-sync.ts). From a bundled pack's row in the file only `enabled` is taken.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Rating } from 'ts-fsrs';
import {
  BACKUP_TABLES,
  isValidDate,
  MAX_BACKUP_CHARS,
  MAX_BACKUP_MB,
  parseBackup,
  serializeBackup,
  type Backup,
  type BackupParseResult,
  type BackupRows,
  type BackupTableName,
  type BackupTables,
} from '../domain/backup/backup-format';
import { LogColumns } from '../domain/backup/log-columns';
import { tallyColumns, tallyLogs } from '../domain/progress/answer-days';
import { csvText } from '../domain/certification/endorsement-cpe';
import { appNow } from './clock';
import { BANK_HASH_KEY } from './bank-sync';
import { clearAnswerDays, writeAnswerDays } from './answer-days-repo';
import { CURRENT_SCHEMA_VERSION, db, type BastionDb, type CardRecord, type PackRecord, type QuestionRecord } from './db';
import { allCards, clearCards, countCards, fillEmptyCards } from './card-store';
import { allReviewLogs, clearReviewLogs, countReviewLogs, hasReviewLogs, writeReviewLogs, type StoredReviewLog } from './review-log-store';
import { reviewLogBlock, writeLogColumns } from './review-log-backup';
import { isQuotaExceeded } from './storage-full';

/** bank-sync.ts's meta key for the loaded bank's hash: it describes this app's bank, not the learner. */
export const LAST_BACKUP_KEY = 'lastBackupAt';
export const BACKUP_REMINDER_KEY = 'backupReminderDays';
export const DEFAULT_REMINDER_DAYS = 7;
export const MAX_REMINDER_DAYS = 365;
const DAY_MS = 86_400_000;

/** Learner rows per table: bundled pack rows and the bank's meta row are not counted. */
export type TableCounts = Record<BackupTableName, number>;

export interface BackupExport {
  text: string;
  /** The file to save: `text` as UTF-8 JSON. */
  file: Blob;
  /** Size of the file in UTF-8. */
  bytes: number;
  counts: TableCounts;
}

/** Everything the learner has, as the text of a backup file. Throws if it could not be imported again. */
export async function exportBackup(now: Date): Promise<BackupExport> {
  const database = db();
  const tables = await database.transaction('r', database.tables, () => readLearnerRows(database));
  const text = serializeBackup({ exportedAt: now, schemaVersion: CURRENT_SCHEMA_VERSION, tables });
  if (text.length > MAX_BACKUP_CHARS) {
    throw new Error(
      `Your data is ${Math.ceil(text.length / 2 ** 20)} MB, more than a backup can hold (${MAX_BACKUP_MB} MB). Nothing was exported.`,
    );
  }
  const check = parseForThisApp(text);
  if (!check.ok) throw new Error(`The backup was not written, because it could not be imported again:\n${check.problems.join('\n')}`);
  // The Blob is made once, here: the panel saves it, and its size is the file's (encoding 50 MB again
  // just to count its bytes took ~0.7 s).
  const file = new Blob([text], { type: 'application/json' });
  return { text, file, bytes: file.size, counts: learnerCounts(check.backup.tables) };
}

async function readLearnerRows(database: BastionDb): Promise<Record<BackupTableName, BackupRows>> {
  // The questions' pack ids come with the bundled packs' ids, so each learner pack's questions are
  // asked for with the first of the other tables rather than queued behind all of them (the
  // read's last request, once): the bench's read 230 → 210 ms.
  const [bundled, packIds] = await Promise.all([bundledPackIds(database), database.questions.orderBy('packId').uniqueKeys()]);
  // The logs first: their columns are written as they arrive, while IndexedDB reads the rest.
  const logs = reviewLogBlock(database);
  const entries = await Promise.all(
    BACKUP_TABLES.map(async (name): Promise<[BackupTableName, BackupRows]> => {
      if (name === 'questions') return [name, await learnerQuestions(database, bundled, packIds as string[])];
      if (name === 'meta') return [name, await database.meta.where('key').notEqual(BANK_HASH_KEY).toArray()];
      if (name === 'reviewLogs') return [name, await logs];
      if (name === 'cards') return [name, await allCards(database)];
      return [name, await database.table(name).toArray()];
    }),
  );
  return Object.fromEntries(entries) as Record<BackupTableName, BackupRows>;
}

const bundledPackIds = (database: BastionDb): Promise<string[]> => database.packs.where('source').equals('bundled').primaryKeys();

/*
 * The learner's questions, a pack at a time, never the bundled bank's: `packIds` are the
 * index's distinct keys (one short key cursor), and each pack's questions are one `getAll` on the
 * index. Reading every question and dropping the bank's read 2,753 bundled records for nothing, a
 * cost that grew with the bank; a cursor over the learner's keys (Dexie's `noneOf`) steps one record
 * at a time, which took 160–230 ms for 4,440 questions where one `getAll` of all 5,000 took 100 ms.
 * Heavy bench profile, 5 interleaved exports each: the read transaction 502 → 475 ms (medians, near
 * the noise; kept because the cost no longer grows with the bank).
 */
async function learnerQuestions(database: BastionDb, bundled: readonly string[], packIds: readonly string[]): Promise<QuestionRecord[]> {
  const isBundled = new Set(bundled);
  const learnerPacks = packIds.filter((id) => !isBundled.has(id));
  return (await Promise.all(learnerPacks.map((id) => database.questions.where('packId').equals(id).toArray()))).flat();
}

async function countQuestionsOf(database: BastionDb, packIds: Promise<readonly string[]>): Promise<number> {
  const counts = await Promise.all((await packIds).map((id) => database.questions.where('packId').equals(id).count()));
  return counts.reduce((sum, n) => sum + n, 0);
}

/** Questions outside the bundled packs: every question less those of the bundled packs (ids still on their way). */
async function countLearnerQuestions(database: BastionDb, bundled: Promise<readonly string[]>): Promise<number> {
  const [total, bundledCount] = await Promise.all([database.questions.count(), countQuestionsOf(database, bundled)]);
  return total - bundledCount;
}

function learnerCounts(tables: BackupTables): TableCounts {
  const size = (rows: BackupTables[BackupTableName]) => (rows instanceof LogColumns ? rows.count : (rows?.length ?? 0));
  const counts = Object.fromEntries(BACKUP_TABLES.map((name) => [name, size(tables[name])])) as TableCounts;
  counts.packs = tables.packs.filter((p) => p.source !== 'bundled').length;
  counts.meta = tables.meta.filter((m) => m.key !== BANK_HASH_KEY).length;
  return counts;
}

function parseForThisApp(text: string): BackupParseResult {
  const startedAt = performance.now();
  const result = parseBackup(text, { maxSchemaVersion: CURRENT_SCHEMA_VERSION });
  performance.measure('bastion:backup-parse', { start: startedAt, end: performance.now() }); // for `npm run bench`
  return result;
}

// ── Import ──────────────────────────────────────────────────────────────────

export interface TableComparison {
  inFile: number;
  /** Rows here now, which the import would replace. */
  inBrowser: number;
}

export type ImportPreview =
  { ok: true; backup: Backup; exportedAt: Date; counts: Record<BackupTableName, TableComparison> } | { ok: false; problems: string[] };

/** What importing this file would do: the file's rows against what this browser holds now. */
export async function previewImport(text: string): Promise<ImportPreview> {
  const database = db();
  // The browser's rows are counted while the file is checked: every count is asked for before the
  // ~100 ms check holds the page, and IndexedDB answers them meanwhile.
  const counting = database.transaction('r', database.tables, () => countLearnerRows(database));
  const parsed = parseForThisApp(text);
  if (!parsed.ok) {
    counting.catch(() => undefined); // nothing waits for the counts of a refused file
    return parsed;
  }
  const inBrowser = await counting;
  const inFile = learnerCounts(parsed.backup.tables);
  const counts = Object.fromEntries(BACKUP_TABLES.map((name) => [name, { inFile: inFile[name], inBrowser: inBrowser[name] }]));
  return {
    ok: true,
    backup: parsed.backup,
    exportedAt: new Date(parsed.backup.exportedAt),
    counts: counts as Record<BackupTableName, TableComparison>,
  };
}

/** Learner rows per table. Every request but the bundled packs' question counts goes out at once, none waiting for another. */
async function countLearnerRows(database: BastionDb): Promise<TableCounts> {
  const bundled = bundledPackIds(database);
  const entries = await Promise.all(
    BACKUP_TABLES.map(async (name): Promise<[BackupTableName, number]> => {
      if (name === 'questions') return [name, await countLearnerQuestions(database, bundled)];
      if (name === 'packs') return [name, await database.packs.where('source').notEqual('bundled').count()];
      if (name === 'meta') return [name, await database.meta.where('key').notEqual(BANK_HASH_KEY).count()];
      if (name === 'reviewLogs') return [name, await countReviewLogs(database)];
      if (name === 'cards') return [name, await countCards(database)];
      return [name, await database.table(name).count()];
    }),
  );
  return Object.fromEntries(entries) as TableCounts;
}

export type ImportResult = { ok: true; counts: TableCounts; exportedAt: Date; ageDays: number } | { ok: false; problems: string[] };

/**
 * Replaces the learner's data with the file's, all or nothing. An invalid file changes nothing and
 * comes back as its problems; so does a failed write (the transaction rolls back). `now` dates the
 * backup's age in the result. The file's 'lastBackupAt' comes with it.
 *
 * `source` is the file's text, or the backup `previewImport` already validated from it: the screen
 * passes that one, so a file of 100,000 answers is not parsed and checked a second time.
 */
export async function importBackup(source: string | Backup, now: Date): Promise<ImportResult> {
  let backup: Backup;
  if (typeof source === 'string') {
    const parsed = parseForThisApp(source);
    if (!parsed.ok) return parsed;
    backup = parsed.backup;
  } else backup = source;
  const database = db();
  const startedAt = performance.now();
  try {
    await database.transaction('rw', database.tables, () => replaceLearnerRows(database, backup.tables));
  } catch (error) {
    return { ok: false, problems: [importFailureMessage(error)] };
  }
  performance.measure('bastion:backup-write', { start: startedAt, end: performance.now() }); // for `npm run bench`
  const exportedAt = new Date(backup.exportedAt);
  const ageDays = Math.max(0, Math.floor((now.getTime() - exportedAt.getTime()) / DAY_MS));
  return { ok: true, counts: learnerCounts(backup.tables), exportedAt, ageDays };
}

async function replaceLearnerRows(database: BastionDb, tables: BackupTables): Promise<void> {
  const bundled = await bundledPackIds(database);
  const isBundled = new Set(bundled);
  await removeLearnerQuestions(database, bundled);
  await database.packs.where('source').notEqual('bundled').delete();
  await database.meta.where('key').notEqual(BANK_HASH_KEY).delete();
  // The logs are stored in chunks (review-log-store.ts) and the cards in buckets (card-store.ts), not one row each.
  const whole = BACKUP_TABLES.filter((name) => !['questions', 'packs', 'meta', 'reviewLogs', 'cards'].includes(name));
  for (const name of whole) await database.table(name).clear();
  await clearReviewLogs(database);
  await clearCards(database);
  await clearAnswerDays(database);
  for (const pack of tables.packs) {
    if (isBundled.has(pack.id)) await database.packs.update(pack.id, { enabled: pack.enabled });
    // A bundled pack this app's bank lacks has no questions here: its row would mean nothing.
    else if (pack.source !== 'bundled') await database.packs.put(pack as PackRecord);
  }
  await database.meta.bulkPut(tables.meta.filter((m) => m.key !== BANK_HASH_KEY));

  // Every table is emptied above, each delete awaited before anything is put in its table. The big
  // writes are then issued without waiting for one another, so IndexedDB carries out the questions'
  // and cards' while the main thread packs the logs into chunks and tallies their days (~200–300 ms
  // of script for 100,000 logs, which ran with IndexedDB idle). Bench profile, interleaved runs:
  // the write transaction 1,596 → 1,442 ms (medians of 9).
  const writes: Promise<unknown>[] = [
    database.questions.bulkPut((tables.questions ?? []).filter((q) => !isBundled.has(q.packId)) as never[]),
  ];
  // A file from before database version 3 has no study-group tables: they are emptied, like the rest.
  for (const name of whole) writes.push(database.table(name).bulkPut((tables[name] ?? []) as object[]));
  writes.push(fillEmptyCards(database, (tables.cards ?? []) as CardRecord[]));
  // Columns (a version-3 or -4 file) are packed into chunks straight from the file's lists.
  const logs = tables.reviewLogs;
  writes.push(logs instanceof LogColumns ? writeLogColumns(database, logs) : writeReviewLogs(database, logs as StoredReviewLog[]));
  // The per-day tallies are derived from the logs, not backed up: rebuilt from the file's logs here.
  writes.push(writeAnswerDays(database, logs instanceof LogColumns ? tallyColumnsOf(logs) : tallyLogs(logs)));
  await Promise.all(writes);
}

/** The per-day tallies of a backup's checked log columns. */
function tallyColumnsOf({ values }: LogColumns) {
  return tallyColumns(values.review as ArrayLike<number>, values.questionKey as readonly string[], values.correct as readonly boolean[]);
}

/**
 * Deletes every question outside the bundled packs, a key range per request. IndexedDB deletes a
 * range in one request, where deleting key by key took 1.2 s for 4,440 imported questions (Dexie's
 * cursor delete), and clearing the table to write the bundled questions back ~145 ms. The keys come
 * sorted, so each run of learner keys between two bundled ones is one range; an imported pack's keys
 * share its `packId:` prefix, so there are about as many ranges as packs. Raw IndexedDB, 4,440
 * imported questions beside the 891 bundled: ~60 ms.
 */
async function removeLearnerQuestions(database: BastionDb, bundled: readonly string[]): Promise<void> {
  const [keys, bundledKeys] = await Promise.all([database.questions.toCollection().primaryKeys(), questionKeysOf(database, bundled)]);
  const ranges = runsOutside(keys, new Set(bundledKeys));
  await Promise.all(ranges.map(([first, last]) => database.questions.where(':id').between(first, last, true, true).delete()));
}

async function questionKeysOf(database: BastionDb, packIds: readonly string[]): Promise<string[]> {
  return (await Promise.all(packIds.map((id) => database.questions.where('packId').equals(id).primaryKeys()))).flat();
}

/** The first and last of each run of consecutive `sortedKeys` that are not in `kept`. */
export function runsOutside(sortedKeys: readonly string[], kept: ReadonlySet<string>): [string, string][] {
  const runs: [string, string][] = [];
  let run: [string, string] | undefined;
  for (const key of sortedKeys) {
    if (kept.has(key)) run = undefined;
    else if (run) run[1] = key;
    else runs.push((run = [key, key]));
  }
  return runs;
}

function importFailureMessage(error: unknown): string {
  if (isQuotaExceeded(error)) {
    return (
      'Your browser is out of storage space for this site: free space on this device (or clear other sites’ data), then import ' +
      'again. Nothing was changed.'
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `The import failed and nothing was changed: ${detail}`;
}

// ── Reminder ────────────────────────────────────────────────────────────────

export async function recordBackupDone(now: Date): Promise<void> {
  await db().meta.put({ key: LAST_BACKUP_KEY, value: now });
}

/** Days without a backup before the reminder shows; 0 turns it off. Throws outside 0–365. */
export async function saveBackupReminderDays(days: number): Promise<void> {
  if (!Number.isInteger(days) || days < 0 || days > MAX_REMINDER_DAYS) {
    throw new RangeError(`The reminder takes a whole number of days from 0 to ${MAX_REMINDER_DAYS}, not ${days}.`);
  }
  await db().settings.put({ key: BACKUP_REMINDER_KEY, value: days });
}

export interface BackupStatusInputs {
  lastBackupAt: Date | null;
  reminderDays: number;
  /** Whether there is anything worth backing up yet (any answer given). */
  hasHistory: boolean;
}

export interface BackupStatus {
  lastBackupAt: Date | null;
  reminderDays: number;
  due: boolean;
}

/**
 * A backup is due when the last one is `reminderDays` or more old, or when there never was one and
 * there is history to lose. Nobody is nagged before their first answer, or with the reminder off.
 */
export function isBackupDue({ lastBackupAt, reminderDays, hasHistory }: BackupStatusInputs, now: Date): boolean {
  if (reminderDays === 0) return false;
  if (lastBackupAt === null) return hasHistory;
  return now.getTime() - lastBackupAt.getTime() >= reminderDays * DAY_MS;
}

export async function loadBackupStatusInputs(): Promise<BackupStatusInputs> {
  const database = db();
  return database.transaction('r', [database.meta, database.settings, database.logChunks], async () => {
    const last = (await database.meta.get(LAST_BACKUP_KEY))?.value;
    const days = (await database.settings.get(BACKUP_REMINDER_KEY))?.value;
    return {
      lastBackupAt: isValidDate(last) ? last : null,
      reminderDays:
        Number.isInteger(days) && (days as number) >= 0 && (days as number) <= MAX_REMINDER_DAYS ? (days as number) : DEFAULT_REMINDER_DAYS,
      hasHistory: await hasReviewLogs(),
    };
  });
}

/** The last backup, the reminder setting and whether a backup is due; undefined while loading. */
export function useBackupStatus(now: Date = appNow()): BackupStatus | undefined {
  const inputs = useLiveQuery(loadBackupStatusInputs);
  if (!inputs) return undefined;
  return { lastBackupAt: inputs.lastBackupAt, reminderDays: inputs.reminderDays, due: isBackupDue(inputs, now) };
}

// ── Review history as CSV ───────────────────────────────────────────────────

const CSV_HEADER = ['Date', 'Question', 'Correct', 'Chosen option', 'Rating', 'Confidence', 'Response ms', 'Session'];

/**
 * Every answer, oldest first, as RFC 4180 CSV with CRLF line ends. Text cells go through
 * `csvText`, which quotes when needed and neutralises cells that would start a spreadsheet formula.
 * The chosen option is the letter in the bank's own order (A–D), not the shuffled order shown.
 */
export async function reviewHistoryCsv(): Promise<string> {
  const logs = await allReviewLogs();
  const rows = logs.map((log) => [
    csvText(log.review.toISOString()),
    csvText(log.questionKey),
    log.correct ? 'yes' : 'no',
    csvText('ABCD'[log.chosenOption] ?? String(log.chosenOption)),
    csvText(Rating[log.rating] ?? String(log.rating)),
    csvText(log.confidence),
    String(Math.round(log.responseMs)),
    csvText(log.sessionId),
  ]);
  return [CSV_HEADER, ...rows].map((row) => `${row.join(',')}\r\n`).join('');
}
