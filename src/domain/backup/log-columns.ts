/**
 * The review logs of a version-3 or -4 backup as columns: one JSON list per field, each on its own line,
 * instead of one line per log.
 *
 * Why: a learner of two years has ~100,000 logs. As rows (row-blocks.ts), an export turned every
 * stored log into an object with Dates and then into a line, and an import parsed 100,000 lines
 * into objects, checked each one and packed them back into the columns the database keeps
 * (review-log-packing.ts). As columns, both sides copy values between lists and typed arrays.
 *
 * ```json
 * {"columns": {"id": [1, 2], "rating": [3, 1], …, "cardBefore.due": [null, 1767225600000], …}}
 * ```
 *
 * - Every field of `LOG_COLUMNS` is a list with one value per log. A Date is its milliseconds.
 * - Version 4 writes the dates, stability and difficulty as `{"f64": "<base64>"}` and the question
 *   keys, session ids and confidences as `{"dict": […], "index": […]}` (column-encodings.ts);
 *   reading turns a dictionary back into its list, and keeps an `f64` column as its doubles (a
 *   Float64Array in which NaN stands for null: `isAbsent`), before any check. An export's columns
 *   hold those columns as doubles too.
 * - `cardBefore.*` are the fields of the card a log replaced (kept for undo): all null when there
 *   was none. Its optional fields (`last_review`, `lastCorrect`, `attempts`, `correctCount`) are
 *   null when absent.
 * - A log of any other shape (a field the app never writes, a value it never gives) cannot be a
 *   column: the exporter then writes the table as a row block, as version 2 did.
 *
 * Reading: `readLogColumns` checks each log against the same rules as the file's schema
 * (`reviewLogRow` in backup-format.ts; a property test holds the two together). When every log
 * passes, and the ids rise (which also makes them unique), the columns are kept as they are. When
 * one does not, they are turned into row objects for the schema, whose messages say what is wrong
 * and where (`tables.reviewLogs[812].rating`), exactly as for a row block.
 */
import { describeValue, quote } from '../validation-messages';
import { isPlainObject } from './backup-dates';
import { decodeColumn, dictColumn, f64Column, type ColumnValue } from './column-encodings';
import { CONFIDENCE, isCount, isIntIn, isKey, isNumber } from './review-log-precheck';
import { asciiJson } from './ascii-json';

export const LOG_COLUMNS = [
  'id',
  'rating',
  'state',
  'due',
  'stability',
  'difficulty',
  'elapsed_days',
  'last_elapsed_days',
  'scheduled_days',
  'learning_steps',
  'review',
  'questionKey',
  'sessionId',
  'correct',
  'chosenOption',
  'confidence',
  'responseMs',
  'cardBefore.due',
  'cardBefore.stability',
  'cardBefore.difficulty',
  'cardBefore.elapsed_days',
  'cardBefore.scheduled_days',
  'cardBefore.learning_steps',
  'cardBefore.reps',
  'cardBefore.lapses',
  'cardBefore.state',
  'cardBefore.last_review',
  'cardBefore.lastCorrect',
  'cardBefore.attempts',
  'cardBefore.correctCount',
] as const;

export type LogColumnName = (typeof LOG_COLUMNS)[number];
/** Each column's values: a list, or (a column written as `f64`) its doubles, NaN standing for null. */
export type LogColumnValues = Readonly<Record<LogColumnName, readonly unknown[] | Float64Array>>;

/** Null in a list, NaN in a column of doubles: the value is absent. */
export const isAbsent = (value: unknown): boolean => value === null || value !== value;

const CARD_PREFIX = 'cardBefore.';
const DATE_COLUMNS = new Set<LogColumnName>(['due', 'review', 'cardBefore.due', 'cardBefore.last_review']);
const CARD_COLUMNS = LOG_COLUMNS.filter((name) => name.startsWith(CARD_PREFIX));

/**
 * Logs that passed every check, in rising id order: `values` holds, for each of `count` logs, a
 * number, string or boolean of the right kind in every column, and null exactly where the format
 * allows it (see the file comment).
 */
export class LogColumns {
  constructor(
    readonly count: number,
    readonly values: LogColumnValues,
  ) {}
}

/** The columns a version-4 file writes as doubles in base64, and those it writes as a dictionary (column-encodings.ts). */
export const F64_COLUMNS = new Set<LogColumnName>([
  'due',
  'review',
  'stability',
  'difficulty',
  'cardBefore.due',
  'cardBefore.last_review',
  'cardBefore.stability',
  'cardBefore.difficulty',
]);
const DICT_COLUMNS = new Set<LogColumnName>(['questionKey', 'sessionId', 'confidence']);

/** Whether every value is a finite number or null: what `{"f64": …}` holds exactly. */
const allDoubles = (values: readonly unknown[] | Float64Array): values is readonly (number | null)[] | Float64Array =>
  values instanceof Float64Array || values.every((v) => v === null || (typeof v === 'number' && Number.isFinite(v)));

/** A column's JSON: encoded where version 4 encodes it and the values allow, else as a list (which the reader then judges). */
function columnJson(name: LogColumnName, values: readonly unknown[] | Float64Array): string {
  if (F64_COLUMNS.has(name) && allDoubles(values)) return JSON.stringify(f64Column(values));
  if (values instanceof Float64Array) return JSON.stringify(Array.from(values)); // NaN is written as null
  if (DICT_COLUMNS.has(name)) return asciiJson(JSON.stringify(dictColumn(values as ColumnValue[])));
  return asciiJson(JSON.stringify(values));
}

/**
 * The JSON text of these columns as a version-4 table, each column on its own line, indented by
 * `indent`. Every number must be finite (the exporter writes a row block otherwise).
 */
export function logColumnsJson(values: LogColumnValues, indent: string): string {
  return logColumnsBlock(logColumnTexts(values), indent);
}

/** Each column's JSON, in `LOG_COLUMNS` order: the costly part of `logColumnsJson`, which an export does early (review-log-backup.ts). */
export function logColumnTexts(values: LogColumnValues): string[] {
  return LOG_COLUMNS.map((name) => columnJson(name, values[name]));
}

/** The table's JSON from its columns' (`logColumnTexts`). */
export function logColumnsBlock(texts: readonly string[], indent: string): string {
  const lines = LOG_COLUMNS.map((name, i) => `${indent}  ${JSON.stringify(name)}: ${texts[i]}`);
  return `{\n${indent}"columns": {\n${lines.join(',\n')}\n${indent}}\n${indent.slice(2)}}`;
}

// ── Reading ─────────────────────────────────────────────────────────────────

export type LogColumnsResult =
  | { ok: true; logs: LogColumns }
  /** Columns with some log the schema must judge: as row objects, for its messages. */
  | { ok: true; rows: Record<string, unknown>[] }
  | { ok: false; problems: string[] };

/** Whether `block` is a table written as columns (rather than a row block). */
export const isColumnsBlock = (block: unknown): boolean => isPlainObject(block) && Object.hasOwn(block, 'columns');

/**
 * The logs of a columns table fresh from `JSON.parse` (at `path`, for messages). A version-3 file's
 * columns are lists; a version-4 file's may also be encoded (column-encodings.ts): `encoded` says
 * whether they may.
 */
export function readLogColumns(block: unknown, path: string, encoded = true): LogColumnsResult {
  const columns = isPlainObject(block) ? block.columns : undefined;
  if (!isPlainObject(block)) {
    return { ok: false, problems: [`${path}: expected {"columns": {…}} (review logs as columns), found ${describeValue(block)}`] };
  }
  if (!isPlainObject(columns))
    return { ok: false, problems: [`${path}.columns: expected an object of lists, found ${describeValue(columns)}`] };
  const extra = Object.keys(block).find((key) => key !== 'columns');
  if (extra !== undefined) return { ok: false, problems: [`${path}: unknown field ${quote(extra)}`] };
  const unknownColumn = Object.keys(columns).find((key) => !LOG_COLUMNS.includes(key as never));
  if (unknownColumn !== undefined) return { ok: false, problems: [`${path}.columns: unknown field ${quote(unknownColumn)}`] };
  const problems: string[] = [];
  const lists: Record<string, unknown> = { ...columns };
  if (encoded) {
    for (const name of LOG_COLUMNS) {
      if (!isPlainObject(columns[name])) continue;
      const decoded = decodeColumn(columns[name], `${path}.columns.${name}`);
      if (decoded.ok) lists[name] = decoded.values;
      else problems.push(decoded.problem);
    }
    if (problems.length > 0) return { ok: false, problems };
  }
  const ids = lists.id;
  const count = Array.isArray(ids) ? ids.length : 0;
  for (const name of LOG_COLUMNS) {
    const list = lists[name];
    if (list === undefined) problems.push(`${path}.columns.${name}: missing`);
    else if (!Array.isArray(list) && !(list instanceof Float64Array))
      problems.push(`${path}.columns.${name}: expected a list, found ${describeValue(list)}`);
    else if (list.length !== count)
      problems.push(`${path}.columns.${name}: expected ${count} values (one per log, as "id" has), found ${list.length}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const values = lists as unknown as LogColumnValues;
  return allPlainlyValid(values, count)
    ? { ok: true, logs: new LogColumns(count, values) }
    : { ok: true, rows: logColumnRows(values, count) };
}

/** Milliseconds a Date keeps exactly: whole, and within the range of a valid Date. */
const isTime = (v: unknown): boolean => Number.isSafeInteger(v) && Math.abs(v as number) <= 8.64e15;

/**
 * Whether every log passes the schema's rules (and has every field the app writes), with ids
 * rising. At least as strict as `reviewLogRow`: a property test checks that what this accepts, the
 * schema accepts as rows.
 */
function allPlainlyValid(c: LogColumnValues, count: number): boolean {
  let lastId = 0;
  for (let i = 0; i < count; i++) {
    const id = c.id[i];
    if (!Number.isSafeInteger(id) || (id as number) <= lastId) return false;
    lastId = id as number;
    const valid =
      isIntIn(c.rating[i], 0, 4) &&
      isIntIn(c.state[i], 0, 3) &&
      isTime(c.due[i]) &&
      isNumber(c.stability[i]) &&
      isNumber(c.difficulty[i]) &&
      isNumber(c.elapsed_days[i]) &&
      isNumber(c.last_elapsed_days[i]) &&
      isNumber(c.scheduled_days[i]) &&
      isCount(c.learning_steps[i]) &&
      isTime(c.review[i]) &&
      isKey(c.questionKey[i]) &&
      isKey(c.sessionId[i]) &&
      typeof c.correct[i] === 'boolean' &&
      isIntIn(c.chosenOption[i], 0, 3) &&
      CONFIDENCE.has(c.confidence[i]) &&
      isNumber(c.responseMs[i]) &&
      (c.responseMs[i] as number) >= 0 &&
      isPlainlyValidCard(c, i);
    if (!valid) return false;
  }
  return true;
}

function isPlainlyValidCard(c: LogColumnValues, i: number): boolean {
  if (isAbsent(c['cardBefore.due'][i])) return CARD_COLUMNS.every((name) => isAbsent(c[name][i]));
  const optional = (value: unknown, check: (v: unknown) => boolean) => isAbsent(value) || check(value);
  return (
    isTime(c['cardBefore.due'][i]) &&
    isNumber(c['cardBefore.stability'][i]) &&
    isNumber(c['cardBefore.difficulty'][i]) &&
    isNumber(c['cardBefore.elapsed_days'][i]) &&
    isNumber(c['cardBefore.scheduled_days'][i]) &&
    isCount(c['cardBefore.learning_steps'][i]) &&
    isCount(c['cardBefore.reps'][i]) &&
    isCount(c['cardBefore.lapses'][i]) &&
    isIntIn(c['cardBefore.state'][i], 0, 3) &&
    optional(c['cardBefore.last_review'][i], isTime) &&
    optional(c['cardBefore.lastCorrect'][i], (v) => typeof v === 'boolean') &&
    optional(c['cardBefore.attempts'][i], isCount) &&
    optional(c['cardBefore.correctCount'][i], isCount)
  );
}

/**
 * The logs as row objects, for the schema to judge and report on. A null leaves its field out (so
 * a required one is reported missing), a number in a date column becomes a Date, and anything else
 * is kept as it is for the schema to name. A log whose card columns are all null has no card.
 */
export function logColumnRows(c: LogColumnValues, count: number): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = {};
    const card: Record<string, unknown> = {};
    for (const name of LOG_COLUMNS) {
      const raw = c[name][i];
      if (isAbsent(raw)) continue;
      const value = DATE_COLUMNS.has(name) && typeof raw === 'number' ? new Date(raw) : raw;
      if (name.startsWith(CARD_PREFIX)) card[name.slice(CARD_PREFIX.length)] = value;
      else row[name] = value;
    }
    row.cardBefore = Object.keys(card).length > 0 ? card : null;
    rows.push(row);
  }
  return rows;
}
