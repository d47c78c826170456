/**
 * The review logs in a backup (backup-repo.ts): written from the chunks' packed columns, and
 * (a version-3 or -4 file's log columns) packed straight back into chunks, without an object per log.
 *
 * Apart from review-log-packing.ts because only Settings' backups need it: the packing module is
 * in the chunk every first screen loads (the database upgrade uses it), and this ~3 KB (gzip) of
 * backup code in it took first-load JS from 145.4 to 148.6 KB against a 150 KB budget.
 */
import { logColumnsJson, LOG_COLUMNS, type LogColumnName, type LogColumns } from '../domain/backup/log-columns';
import { RowBlockBuilder } from '../domain/backup/row-blocks';
import type { TableBlock } from '../domain/backup/backup-format';
import type { BastionDb } from './db';
import { chunkOf, type ReviewLogChunk } from './review-log-chunks';
import { COLUMN, FLAG, LOG_WIDTH, type PackedLogs } from './review-log-packing';

/**
 * Every log, in id order, as a backup's table (`backup-repo.ts`): as columns when every chunk is
 * packed and every number is finite (log-columns.ts), else as a row block, a packed chunk's logs
 * written from their columns all the same. Never made into objects. Reads in the caller's
 * transaction; the returned block writes its text when asked.
 */
export async function reviewLogBlock(database: BastionDb): Promise<TableBlock> {
  const chunks = await database.logChunks.toArray();
  return {
    json(indent) {
      const packed = chunks.every((chunk) => chunk.packed) ? columnValuesOf(chunks.map((chunk) => chunk.packed as PackedLogs)) : null;
      if (packed) return logColumnsJson(packed, indent);
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
export function columnValuesOf(packedList: readonly PackedLogs[]): Record<LogColumnName, unknown[]> | null {
  const total = packedList.reduce((sum, packed) => sum + packed.questionKeys.length, 0);
  const v = Object.fromEntries(LOG_COLUMNS.map((name) => [name, new Array<unknown>(total)])) as Record<LogColumnName, unknown[]>;
  // Each column's list looked up once, not by name for every log. 100,000 logs in Node (fastest of
  // 15): 63 → 43 ms here, and packing them back (packedFromColumns) 43 → 26 ms.
  const logNumbers = LOG_NUMBER_COLUMNS.map(([name, column]) => [v[name], column] as const);
  const cardNumbers = CARD_NUMBER_COLUMNS.map(([name, column]) => [v[name], column] as const);
  const optionalNumbers = OPTIONAL_CARD_NUMBERS.map(([flag, name, column]) => [flag, v[name], column] as const);
  const { questionKey, sessionId, correct, confidence } = v;
  const lastCorrect = v['cardBefore.lastCorrect'];
  let finite = true;
  let k = 0;
  for (const { numbers: n, questionKeys, sessionIds, confidences } of packedList) {
    for (let i = 0; i < questionKeys.length; i++, k++) {
      const at = i * LOG_WIDTH;
      for (const [list, column] of logNumbers) {
        const x = n[at + column]!;
        if (!Number.isFinite(x)) finite = false;
        list[k] = x;
      }
      questionKey[k] = questionKeys[i];
      sessionId[k] = sessionIds[i];
      correct[k] = n[at + COLUMN.correct] === 1;
      confidence[k] = confidences[i];
      const flags = n[at + COLUMN.flags]!;
      const hasCard = (flags & FLAG.hasCard) !== 0;
      for (const [list, column] of cardNumbers) {
        const x = hasCard ? n[at + column]! : null;
        if (x !== null && !Number.isFinite(x)) finite = false;
        list[k] = x;
      }
      // A `last_review` holding undefined is left out, as JSON leaves it out of a row.
      for (const [flag, list, column] of optionalNumbers) {
        const x = hasCard && flags & flag ? n[at + column]! : null;
        if (x !== null && !Number.isFinite(x)) finite = false;
        list[k] = x;
      }
      lastCorrect[k] = hasCard && flags & FLAG.hasLastCorrect ? (flags & FLAG.lastCorrect) !== 0 : null;
    }
  }
  return finite ? v : null;
}

/** Logs `from` to `to` (exclusive) of checked columns, packed as a chunk keeps them. */
export function packedFromColumns(columns: LogColumns, from: number, to: number): PackedLogs {
  const c = columns.values as Readonly<Record<LogColumnName, readonly (number | string | boolean | null)[]>>;
  // Each column's list looked up once, not by name for every log (see columnValuesOf).
  const logNumbers = LOG_NUMBER_COLUMNS.map(([name, column]) => [c[name] as readonly number[], column] as const);
  const cardNumbers = CARD_NUMBER_COLUMNS.map(([name, column]) => [c[name] as readonly number[], column] as const);
  const optionalNumbers = OPTIONAL_CARD_NUMBERS.map(
    ([flag, name, column]) => [flag, c[name] as readonly (number | null)[], column] as const,
  );
  const correct = c.correct as readonly boolean[];
  const cardDue = c['cardBefore.due'] as readonly (number | null)[];
  const lastCorrects = c['cardBefore.lastCorrect'] as readonly (boolean | null)[];
  const numbers = new Float64Array((to - from) * LOG_WIDTH);
  for (let j = from; j < to; j++) {
    const at = (j - from) * LOG_WIDTH;
    for (const [list, column] of logNumbers) numbers[at + column] = list[j]!;
    numbers[at + COLUMN.correct] = correct[j] ? 1 : 0;
    if (cardDue[j] === null) continue; // flags 0: no card
    let flags = FLAG.hasCard;
    for (const [list, column] of cardNumbers) numbers[at + column] = list[j]!;
    for (const [flag, list, column] of optionalNumbers) {
      const value = list[j];
      if (value === null) continue;
      // A last review that is there is a date (the column holds its milliseconds).
      flags |= flag === FLAG.lastReviewIsDate ? FLAG.hasLastReview | flag : flag;
      numbers[at + column] = value!;
    }
    const lastCorrect = lastCorrects[j];
    if (lastCorrect !== null) flags |= FLAG.hasLastCorrect | (lastCorrect ? FLAG.lastCorrect : 0);
    numbers[at + COLUMN.flags] = flags;
  }
  return {
    numbers,
    questionKeys: c.questionKey.slice(from, to) as string[],
    sessionIds: c.sessionId.slice(from, to) as string[],
    confidences: c.confidence.slice(from, to) as string[],
  };
}
