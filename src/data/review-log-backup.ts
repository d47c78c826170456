/**
 * The review logs in a backup (backup-repo.ts): written from the chunks' packed columns, and
 * (a version-3 or -4 file's log columns) packed straight back into chunks, without an object per log.
 *
 * Apart from review-log-packing.ts because only Settings' backups need it: the packing module is
 * in the chunk every first screen loads (the database upgrade uses it), and this ~3 KB (gzip) of
 * backup code in it took first-load JS from 145.4 to 148.6 KB against a 150 KB budget.
 */
import {
  F64_COLUMNS,
  isAbsent,
  logColumnsBlock,
  logColumnTexts,
  LOG_COLUMNS,
  type LogColumnName,
  type LogColumns,
} from '../domain/backup/log-columns';
import { RowBlockBuilder } from '../domain/backup/row-blocks';
import type { TableBlock } from '../domain/backup/backup-format';
import type { BastionDb } from './db';
import { chunkOf, type ReviewLogChunk } from './review-log-chunks';
import { COLUMN, FLAG, LOG_WIDTH, type PackedLogs } from './review-log-packing';

/**
 * Every log, in id order, as a backup's table (`backup-repo.ts`): as columns when every chunk is
 * packed and every number is finite (log-columns.ts), else as a row block, a packed chunk's logs
 * written from their columns all the same. Never made into objects. Reads in the caller's
 * transaction.
 *
 * The columns' JSON is written as soon as the chunks arrive, while IndexedDB reads the export's
 * other tables (backup-repo.ts asks for the chunks first): ~115 ms of script for 100,000 logs that
 * otherwise waited for the whole read. A row block still writes its text when asked.
 */
export async function reviewLogBlock(database: BastionDb): Promise<TableBlock> {
  const chunks = await database.logChunks.toArray();
  const packed = chunks.every((chunk) => chunk.packed) ? columnValuesOf(chunks.map((chunk) => chunk.packed as PackedLogs)) : null;
  const columnTexts = packed ? logColumnTexts(packed) : null;
  return {
    json(indent) {
      if (columnTexts) return logColumnsBlock(columnTexts, indent);
      const block = new RowBlockBuilder();
      const shapes = new Map<number, number>();
      for (const chunk of chunks) {
        if (chunk.packed) addPackedLogRows(block, chunk.packed, shapes);
        else block.addRows(chunk.logs ?? []);
      }
      return block.json(indent);
    },
  };
}

/** A version-3 or -4 backup's checked log columns, stored in a store `clearReviewLogs` emptied (caller's transaction). */
export function writeLogColumns(database: BastionDb, columns: LogColumns): Promise<unknown> {
  return database.logChunks.bulkPut(chunkColumns(columns));
}

/**
 * A backup's checked log columns as chunk records, packed straight from the columns: their ids
 * rise, so each chunk's logs are one run of them.
 */
export function chunkColumns(columns: LogColumns): ReviewLogChunk[] {
  const ids = columns.values.id as readonly number[];
  const reviews = columns.values.review as readonly number[];
  const sessions = columns.values.sessionId as readonly string[];
  const records: ReviewLogChunk[] = [];
  for (let from = 0; from < columns.count;) {
    const chunk = chunkOf(ids[from]!);
    let to = from + 1;
    while (to < columns.count && chunkOf(ids[to]!) === chunk) to++;
    let latest = reviews[from]!;
    for (let i = from + 1; i < to; i++) latest = Math.max(latest, reviews[i]!);
    records.push({
      chunk,
      packed: packedFromColumns(columns, from, to),
      sessionIds: [...new Set(sessions.slice(from, to))],
      latestReview: new Date(latest),
      size: to - from,
    });
    from = to;
  }
  return records;
}

// ── Writing packed logs into a backup ───────────────────────────────────────

type FieldPath = readonly [string, string?];

/** The fields of a log before its card, in `unpackLogs`' order; `due` and `review` hold Dates. */
const HEAD_FIELDS: readonly FieldPath[] = [
  ['rating'],
  ['state'],
  ['due'],
  ['stability'],
  ['difficulty'],
  ['elapsed_days'],
  ['last_elapsed_days'],
  ['scheduled_days'],
  ['learning_steps'],
  ['review'],
  ['questionKey'],
  ['sessionId'],
  ['correct'],
  ['chosenOption'],
  ['confidence'],
  ['responseMs'],
];
const HEAD_DATES = [2, 9];
const CARD_FIELDS = [
  'due',
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'reps',
  'lapses',
  'learning_steps',
  'state',
] as const;

/** The fields a row-block writer finds in `unpackLogs`' object for a log with these flags, and which hold Dates. */
function rowShapeOf(flags: number): { fields: FieldPath[]; dates: number[] } {
  const fields = [...HEAD_FIELDS];
  const dates = [...HEAD_DATES];
  if (flags & FLAG.hasCard) {
    dates.push(fields.length);
    fields.push(...CARD_FIELDS.map((key): FieldPath => ['cardBefore', key]));
    // A `last_review` holding undefined is left out, as JSON leaves it out.
    if (flags & FLAG.lastReviewIsDate) {
      dates.push(fields.length);
      fields.push(['cardBefore', 'last_review']);
    }
    if (flags & FLAG.hasLastCorrect) fields.push(['cardBefore', 'lastCorrect']);
    if (flags & FLAG.hasAttempts) fields.push(['cardBefore', 'attempts']);
    if (flags & FLAG.hasCorrectCount) fields.push(['cardBefore', 'correctCount']);
  } else fields.push(['cardBefore']); // null: one value
  fields.push(['id']);
  return { fields, dates };
}

/**
 * Adds these packed logs to a backup's row block as the rows `unpackLogs` would give, without
 * making them: for 100,000 logs, building the objects and their Dates only to write them out took
 * ~250 ms of an export. `shapes` maps a log's flags to its shape in this block: one map per block.
 * (A Date's cell is its milliseconds; `JSON.stringify` writes NaN as null, as it does an invalid
 * Date's cell.)
 */
export function addPackedLogRows(block: RowBlockBuilder, packed: PackedLogs, shapes: Map<number, number>): void {
  const { numbers: n, questionKeys, sessionIds, confidences } = packed;
  for (let i = 0; i < questionKeys.length; i++) {
    const at = i * LOG_WIDTH;
    const flags = n[at + COLUMN.flags]!;
    let shape = shapes.get(flags);
    if (shape === undefined) {
      const { fields, dates } = rowShapeOf(flags);
      shapes.set(flags, (shape = block.shape(fields, dates)));
    }
    const cells: unknown[] = [
      shape,
      n[at + COLUMN.rating],
      n[at + COLUMN.state],
      n[at + COLUMN.due],
      n[at + COLUMN.stability],
      n[at + COLUMN.difficulty],
      n[at + COLUMN.elapsed_days],
      n[at + COLUMN.last_elapsed_days],
      n[at + COLUMN.scheduled_days],
      n[at + COLUMN.learning_steps],
      n[at + COLUMN.review],
      questionKeys[i],
      sessionIds[i],
      n[at + COLUMN.correct] === 1,
      n[at + COLUMN.chosenOption],
      confidences[i],
      n[at + COLUMN.responseMs],
    ];
    if (!(flags & FLAG.hasCard)) cells.push(null);
    else {
      cells.push(
        n[at + COLUMN.cardDue],
        n[at + COLUMN.cardStability],
        n[at + COLUMN.cardDifficulty],
        n[at + COLUMN.cardElapsedDays],
        n[at + COLUMN.cardScheduledDays],
        n[at + COLUMN.cardReps],
        n[at + COLUMN.cardLapses],
        n[at + COLUMN.cardLearningSteps],
        n[at + COLUMN.cardState],
      );
      if (flags & FLAG.lastReviewIsDate) cells.push(n[at + COLUMN.cardLastReview]);
      if (flags & FLAG.hasLastCorrect) cells.push((flags & FLAG.lastCorrect) !== 0);
      if (flags & FLAG.hasAttempts) cells.push(n[at + COLUMN.cardAttempts]);
      if (flags & FLAG.hasCorrectCount) cells.push(n[at + COLUMN.cardCorrectCount]);
    }
    cells.push(n[at + COLUMN.id]);
    block.addCells(cells);
  }
}

// ── Packed logs as a backup's columns (log-columns.ts), and back ────────────

/** Each number every log has: its backup column, and its place among the log's packed numbers. */
const LOG_NUMBER_COLUMNS: readonly (readonly [LogColumnName, number])[] = [
  ['id', COLUMN.id],
  ['rating', COLUMN.rating],
  ['state', COLUMN.state],
  ['due', COLUMN.due],
  ['stability', COLUMN.stability],
  ['difficulty', COLUMN.difficulty],
  ['elapsed_days', COLUMN.elapsed_days],
  ['last_elapsed_days', COLUMN.last_elapsed_days],
  ['scheduled_days', COLUMN.scheduled_days],
  ['learning_steps', COLUMN.learning_steps],
  ['review', COLUMN.review],
  ['chosenOption', COLUMN.chosenOption],
  ['responseMs', COLUMN.responseMs],
];
/** The same for every card a log replaced. */
const CARD_NUMBER_COLUMNS: readonly (readonly [LogColumnName, number])[] = [
  ['cardBefore.due', COLUMN.cardDue],
  ['cardBefore.stability', COLUMN.cardStability],
  ['cardBefore.difficulty', COLUMN.cardDifficulty],
  ['cardBefore.elapsed_days', COLUMN.cardElapsedDays],
  ['cardBefore.scheduled_days', COLUMN.cardScheduledDays],
  ['cardBefore.learning_steps', COLUMN.cardLearningSteps],
  ['cardBefore.reps', COLUMN.cardReps],
  ['cardBefore.lapses', COLUMN.cardLapses],
  ['cardBefore.state', COLUMN.cardState],
];
/** A card's optional numbers: the flag saying it is there, its column and its place. */
const OPTIONAL_CARD_NUMBERS: readonly (readonly [number, LogColumnName, number])[] = [
  [FLAG.lastReviewIsDate, 'cardBefore.last_review', COLUMN.cardLastReview],
  [FLAG.hasAttempts, 'cardBefore.attempts', COLUMN.cardAttempts],
  [FLAG.hasCorrectCount, 'cardBefore.correctCount', COLUMN.cardCorrectCount],
];

/**
 * The logs of these packed chunks, in order, as a backup's columns; null when one of them holds a
 * number JSON cannot write (NaN, ±Infinity), which only a row block reports exactly.
 */
export function columnValuesOf(packedList: readonly PackedLogs[]): Record<LogColumnName, unknown[] | Float64Array> | null {
  const total = packedList.reduce((sum, packed) => sum + packed.questionKeys.length, 0);
  // The columns version 4 writes as doubles are Float64Arrays (NaN for null): in a list, each
  // double would be an object of its own on the heap.
  const v = Object.fromEntries(
    LOG_COLUMNS.map((name) => [name, F64_COLUMNS.has(name) ? new Float64Array(total) : new Array<unknown>(total)]),
  ) as Record<LogColumnName, unknown[] | Float64Array>;
  let finite = true;
  let k = 0;
  for (const packed of packedList) {
    const count = packed.questionKeys.length;
    // A column at a time, so each loop reads and writes lists of one kind. A log at a time (every
    // column in one loop) ran ~1.5× faster in Node but ~1.5× slower in Chromium, where it counts:
    // the bench's export, 70 → 46 ms here (and packedFromColumns, below, 130 → 45 ms for an import).
    for (const [name, column] of LOG_NUMBER_COLUMNS) finite = copyOut(v[name], packed.numbers, column, k, count, false) && finite;
    for (const [name, column] of CARD_NUMBER_COLUMNS) finite = copyOut(v[name], packed.numbers, column, k, count, true) && finite;
    // A `last_review` holding undefined is absent, as JSON leaves it out of a row.
    for (const [flag, name, column] of OPTIONAL_CARD_NUMBERS) finite = copyOut(v[name], packed.numbers, column, k, count, flag) && finite;
    copyIn(v.questionKey, packed.questionKeys, k);
    copyIn(v.sessionId, packed.sessionIds, k);
    copyIn(v.confidence, packed.confidences, k);
    copyFlagsOut(v, packed.numbers, k, count);
    k += count;
  }
  return finite ? v : null;
}

function copyIn(list: unknown[] | Float64Array, values: readonly string[], at: number): void {
  const out = list as unknown[]; // the string columns are lists
  for (let i = 0; i < values.length; i++) out[at + i] = values[i];
}

/**
 * Copies one number of each log into its column from `at`; `when` says whether the log has the
 * value (false: every log; true: a log with a card; a flag: a card with that flag), and an absent one
 * is null (NaN in a typed column). False when a value is not finite.
 */
function copyOut(
  list: unknown[] | Float64Array,
  n: Float64Array,
  column: number,
  at: number,
  count: number,
  when: boolean | number,
): boolean {
  const absent = list instanceof Float64Array ? Number.NaN : null;
  let finite = true;
  for (let i = 0, from = 0; i < count; i++, from += LOG_WIDTH) {
    const flags = n[from + COLUMN.flags]!;
    const there = when === false || (flags & FLAG.hasCard && (when === true || flags & when));
    const x = n[from + column]!;
    if (there && !Number.isFinite(x)) finite = false;
    list[at + i] = there ? x : absent;
  }
  return finite;
}

function copyFlagsOut(v: Record<LogColumnName, unknown[] | Float64Array>, n: Float64Array, at: number, count: number): void {
  const correct = v.correct as boolean[];
  const lastCorrect = v['cardBefore.lastCorrect'] as (boolean | null)[];
  for (let i = 0, from = 0; i < count; i++, from += LOG_WIDTH) {
    const flags = n[from + COLUMN.flags]!;
    correct[at + i] = n[from + COLUMN.correct] === 1;
    lastCorrect[at + i] = flags & FLAG.hasCard && flags & FLAG.hasLastCorrect ? (flags & FLAG.lastCorrect) !== 0 : null;
  }
}

/** Logs `from` to `to` (exclusive) of checked columns, packed as a chunk keeps them. */
export function packedFromColumns(columns: LogColumns, from: number, to: number): PackedLogs {
  const c = columns.values as Readonly<Record<LogColumnName, ArrayLike<number | string | boolean | null>>>;
  const numbers = new Float64Array((to - from) * LOG_WIDTH);
  // A column at a time, as in columnValuesOf.
  for (const [name, column] of LOG_NUMBER_COLUMNS) copyColumn(numbers, c[name] as ArrayLike<number>, column, from, to);
  copyFlags(numbers, c, from, to);
  for (const [name, column] of CARD_NUMBER_COLUMNS) copyPresent(numbers, c[name] as ArrayLike<number | null>, column, from, to);
  for (const [, name, column] of OPTIONAL_CARD_NUMBERS) copyPresent(numbers, c[name] as ArrayLike<number | null>, column, from, to);
  return {
    numbers,
    questionKeys: (c.questionKey as string[]).slice(from, to),
    sessionIds: (c.sessionId as string[]).slice(from, to),
    confidences: (c.confidence as string[]).slice(from, to),
  };
}

function copyColumn(numbers: Float64Array, list: ArrayLike<number>, column: number, from: number, to: number): void {
  for (let j = from, at = column; j < to; j++, at += LOG_WIDTH) numbers[at] = list[j]!;
}

/** Copies the values that are there (a card's, an optional one); an absent one stays 0. */
function copyPresent(numbers: Float64Array, list: ArrayLike<number | null>, column: number, from: number, to: number): void {
  for (let j = from, at = column; j < to; j++, at += LOG_WIDTH) {
    const value = list[j]!;
    if (!isAbsent(value)) numbers[at] = value as number;
  }
}

function copyFlags(numbers: Float64Array, c: Readonly<Record<LogColumnName, ArrayLike<unknown>>>, from: number, to: number): void {
  const correct = c.correct as ArrayLike<boolean>;
  const cardDue = c['cardBefore.due'];
  const lastCorrects = c['cardBefore.lastCorrect'] as ArrayLike<boolean | null>;
  for (let j = from, at = 0; j < to; j++, at += LOG_WIDTH) {
    numbers[at + COLUMN.correct] = correct[j] ? 1 : 0;
    if (isAbsent(cardDue[j])) continue; // flags 0: no card
    let flags = FLAG.hasCard;
    for (const [flag, name] of OPTIONAL_CARD_NUMBERS) {
      if (isAbsent(c[name][j])) continue;
      // A last review that is there is a date (the column holds its milliseconds).
      flags |= flag === FLAG.lastReviewIsDate ? FLAG.hasLastReview | flag : flag;
    }
    const lastCorrect = lastCorrects[j]!;
    if (lastCorrect !== null) flags |= FLAG.hasLastCorrect | (lastCorrect ? FLAG.lastCorrect : 0);
    numbers[at + COLUMN.flags] = flags;
  }
}
