/**
 * The `bastion-backup` file format: everything a learner has in this browser, as one JSON file they
 * can keep elsewhere and import again. `backupSchema` is the one definition; the exporter checks its
 * own output against it and the importer accepts nothing else.
 *
 * Versions. This app writes version 4 and reads 1 to 4; all hold the same rows.
 * - Version 4 writes some of the review logs' columns encoded (column-encodings.ts): dates,
 *   stability and difficulty as doubles in base64, question keys, session ids and confidences as a
 *   dictionary. For the bench's learner the file fell from 28.2 to ~20 MB.
 * - Version 3 writes the review logs as columns (log-columns.ts) when every log has the shape the
 *   app writes, and every other table as version 2 does. For the bench's two-year learner
 *   (100,000 logs), in Chromium: export + import 3.27 → 2.82 s, reading and checking the file
 *   346 → 155 ms (medians of 5, interleaved with version 2's build).
 * - Version 2 writes each table as a row block (row-blocks.ts): field names once per shape, each
 *   row as an array of values, Dates as milliseconds. For a two-year learner (the bench's profile)
 *   the file fell from 48 MB to 21.5 MB, the export from 3.9 s to 2.4 s and the import's preview
 *   from 2.3 s to 1.4 s (checking the file: 1.27 s → 0.49 s), in Chromium.
 * - Version 1 wrote each row as an object, one per line.
 *
 * Dates. JSON has no Date type, and `JSON.stringify` would turn a Date into a plain string that
 * comes back as a string. IndexedDB must get Date objects back: its indexes (cards by `due`, logs by
 * `review`) order Dates and strings differently, and the app calls `.getTime()` on them. A row's own
 * Dates are a block's date fields; any other Date, deeper in a value (a session's state) or anywhere
 * in a version-1 file, is written as `{ "$date": "<ISO>" }` (backup-dates.ts) and turned back into
 * a Date on import. Both keep milliseconds, so the round trip is exact. (An object whose only key is
 * "$date" therefore reads as a date; the app stores none.)
 *
 * Rows. Each table's key field and the fields the app indexes or computes with are checked for
 * presence and type, so a wrong or damaged file is caught before anything is written. Rows may carry
 * fields this schema does not name, and the `state`, `plan`, `data` and `value` blobs are not looked
 * into: they are kept exactly as they were (each is validated by its own module when it is read).
 *
 * The bundled bank's questions are not in a backup (the app reloads them from its own files); only
 * questions of imported or authored packs are. Bundled pack rows are, so a pack the learner switched
 * off stays off.
 */
import { z } from '../zod';
import { ASSIGNMENT_KIND, assignmentSchema, REPORT_KIND, reportAssignmentSchema } from '../group/group-schema';
import { questionSchema } from '../pack/pack-schema';
import { describeJsonError, describeValue, formatPath, issueMessage, quote } from '../validation-messages';
import { decodeValue, isPlainObject, isValidDate } from './backup-dates';
import { isPlainlyValidCardRow, isPlainlyValidReviewLog } from './review-log-precheck';
import { isColumnsBlock, LogColumns, readLogColumns } from './log-columns';
import { readRowBlock, RowBlockBuilder } from './row-blocks';

/** Re-exported: callers and tests of backups name paths and dates the same way. */
export { formatPath };
export { decodeValue, isValidDate, stringifyWithDates } from './backup-dates';

export const BACKUP_FORMAT = 'bastion-backup';
export const BACKUP_VERSION = 4;
/**
 * Every version this app reads. Version 1 (until the sixth work session) wrote each row as an
 * object; version 2 (until the fourteenth) wrote the review logs as a row block too.
 */
const READABLE_VERSIONS = [1, 2, 3, 4] as const;

/**
 * The largest backup, written or read, in megabytes of text counted in characters (the JSON is
 * nearly all ASCII, so about as many MB on disk). An answer, with the card it replaced (kept for
 * undo), takes about 300 characters in version 2: the bench's learner of two years, 100,000
 * answers and 60 mock exams writes 30.1 MB (45.5 MB while finished exams kept their item pools,
 * which exams stored before that still do). 150 MB is about ten years of such study. A bigger
 * file is more likely the wrong file than a backup, and parsing one could exhaust the tab's
 * memory; the exporter refuses to write what the importer would refuse.
 */
export const MAX_BACKUP_MB = 150;
export const MAX_BACKUP_CHARS = MAX_BACKUP_MB * 1024 * 1024;

/** The tables, in file order, with each one's primary key. */
export const BACKUP_TABLE_KEYS = {
  questions: 'key',
  packs: 'id',
  cards: 'questionKey',
  reviewLogs: 'id',
  sessions: 'id',
  studyTime: 'id',
  plans: 'id',
  settings: 'key',
  groups: 'id',
  problemReports: 'id',
  meta: 'key',
  flags: 'questionKey',
  // Since database version 3 (study groups). Older files lack them, and still import.
  assignments: 'id',
  acceptedAssignments: 'id',
  memberResults: 'id',
  teamCerts: 'id',
} as const;

export type BackupTableName = keyof typeof BACKUP_TABLE_KEYS;
export const BACKUP_TABLES = Object.keys(BACKUP_TABLE_KEYS) as BackupTableName[];

// ── The schema ──────────────────────────────────────────────────────────────

const date = z.custom<Date>(isValidDate, { error: (issue) => (issue.input === undefined ? 'missing' : 'not a date') });
const key = z.string().min(1);
const count = z.number().int().min(0);
const exam = z.enum(['cissp', 'cc']);
const fsrsState = z.literal([0, 1, 2, 3]);

const fsrsCard = {
  due: date,
  stability: z.number(),
  difficulty: z.number(),
  // Deprecated by ts-fsrs and due to go in its version 6.
  elapsed_days: z.number().optional(),
  scheduled_days: z.number(),
  learning_steps: count,
  reps: count,
  lapses: count,
  state: fsrsState,
  last_review: date.nullish(),
  lastCorrect: z.boolean().optional(),
  attempts: count.optional(),
  correctCount: count.optional(),
};

const questionRow = z
  .looseObject({ key, packId: key, retired: z.literal([0, 1]) })
  .superRefine(({ key: _key, packId: _packId, retired: _retired, ...question }, ctx) => {
    const checked = questionSchema.safeParse(question);
    for (const issue of checked.error?.issues ?? []) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

const packRow = z.looseObject({
  id: key,
  title: z.string(),
  license: z.string(),
  description: z.string().optional(),
  release: z.number().int().optional(),
  source: z.enum(['bundled', 'imported', 'authored']),
  enabled: z.literal([0, 1]),
  questionCount: count,
  contentHash: z.string(),
  updatedAt: date,
});

export const reviewLogRow = z.looseObject({
  id: z.number().int().positive(),
  questionKey: key,
  sessionId: key,
  correct: z.boolean(),
  chosenOption: z.number().int().min(0).max(3),
  confidence: z.enum(['guessed', 'unsure', 'sure']),
  responseMs: z.number().min(0),
  rating: z.literal([0, 1, 2, 3, 4]),
  state: fsrsState,
  due: date,
  review: date,
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number().optional(),
  last_elapsed_days: z.number().optional(),
  scheduled_days: z.number(),
  learning_steps: count,
  cardBefore: z.looseObject(fsrsCard).nullable(),
});

const sessionRow = z.looseObject({
  id: key,
  kind: z.enum(['practice', 'review', 'exam', 'assignment']),
  status: z.enum(['active', 'finished', 'abandoned']),
  exam,
  startedAt: date,
  updatedAt: date,
  finishedAt: date.optional(),
  state: z.unknown(),
});

const studyTimeRow = z.looseObject({
  id: z.number().int().positive(),
  date,
  minutes: z.number().min(0),
  domain: z.number().int().min(0).max(8),
  exam,
  source: z.enum(['practice', 'review', 'exam', 'reading', 'video', 'lab', 'class', 'other']),
  note: z.string().optional(),
});

const planRow = z.looseObject({ id: key, exam, status: z.enum(['active', 'archived']), createdAt: date, plan: z.unknown() });
const keyValueRow = z.looseObject({ key, value: z.unknown() });
const groupRow = z.looseObject({ id: key, name: z.string(), role: z.enum(['lead', 'member']), createdAt: date, data: z.unknown() });
const problemReportRow = z.looseObject({
  id: z.number().int().positive(),
  questionKey: key,
  createdAt: date,
  kind: z.string(),
  text: z.string(),
});
const flagRow = z.looseObject({ questionKey: key, flaggedAt: date });
// Study groups: the shared documents inside are checked by the group schema, as when they were imported.
const calendarDay = z.iso.date({ error: "expected a date like '2026-05-01'" });
const leadAssignmentRow = z.looseObject({ id: key, groupId: key, createdAt: date, dueDate: calendarDay, assignment: assignmentSchema });
const acceptedAssignmentRow = z.looseObject({
  id: key,
  groupId: key,
  acceptedAt: date,
  dueDate: calendarDay,
  assignment: assignmentSchema,
  sessionIds: z.array(key),
});
const memberResultRow = z.looseObject({
  id: key,
  groupId: key,
  assignmentId: key,
  member: z.string(),
  memberKey: z.string(),
  reportId: key,
  generatedAt: date,
  importedAt: date,
  result: reportAssignmentSchema,
});
const teamCertRow = z.looseObject({
  id: key,
  groupId: key,
  member: z.string(),
  certification: z.string(),
  status: z.enum(['studying', 'exam-booked', 'passed', 'endorsed']),
  examDate: z.union([z.literal(''), calendarDay]),
  cpeEarned: z.number().min(0).nullable(),
  cpeRequired: z.number().min(0).nullable(),
  renewalDate: z.union([z.literal(''), calendarDay]),
  updatedAt: date,
});

type ReviewLogRow = z.infer<typeof reviewLogRow>;

export const cardRow = z.looseObject({ questionKey: key, ...fsrsCard });
type CardRow = z.infer<typeof cardRow>;

/** The tables, with `logRow` checking each review log and `cardRow` each card (see `backupSchemaFor`). */
const tablesSchemaWith = (logRow: z.ZodType<ReviewLogRow>, cardRow: z.ZodType<CardRow>) =>
  z
    .strictObject({
      questions: z.array(questionRow).optional(),
      packs: z.array(packRow),
      cards: z.array(cardRow),
      reviewLogs: z.array(logRow),
      sessions: z.array(sessionRow),
      studyTime: z.array(studyTimeRow),
      plans: z.array(planRow),
      settings: z.array(keyValueRow),
      groups: z.array(groupRow),
      problemReports: z.array(problemReportRow),
      meta: z.array(keyValueRow),
      flags: z.array(flagRow),
      assignments: z.array(leadAssignmentRow).optional(),
      acceptedAssignments: z.array(acceptedAssignmentRow).optional(),
      memberResults: z.array(memberResultRow).optional(),
      teamCerts: z.array(teamCertRow).optional(),
    })
    .superRefine((tables, ctx) => {
      // A repeated key would silently overwrite a row on import: the file is damaged or hand-edited.
      for (const table of BACKUP_TABLES) {
        const field = BACKUP_TABLE_KEYS[table];
        const seen = new Map<unknown, number>();
        (tables[table] ?? []).forEach((row, index) => {
          const value = (row as Record<string, unknown>)[field];
          const first = seen.get(value);
          if (first === undefined) seen.set(value, index);
          else ctx.addIssue({ code: 'custom', path: [table, index, field], message: `${quote(value)} appears twice (also at [${first}])` });
        });
      }
      const bundled = new Set(tables.packs.filter((p) => p.source === 'bundled').map((p) => p.id));
      (tables.questions ?? []).forEach((q, index) => {
        if (bundled.has(q.packId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', index, 'packId'],
            message: `${quote(q.packId)} is a bundled pack, whose questions are never in a backup`,
          });
        }
      });
    });

/** The whole file. Strict at the top and in `tables`, so a misspelt or unknown table is reported. */
const backupSchemaWith = (logRow: z.ZodType<ReviewLogRow>, cards: z.ZodType<CardRow>) =>
  z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(READABLE_VERSIONS),
    exportedAt: z.iso.datetime({ error: 'not a date and time such as 2026-03-01T09:30:00.000Z' }),
    app: z.literal('bastion'),
    schemaVersion: z.number().int().min(1),
    tables: tablesSchemaWith(logRow, cards),
  });

export const backupSchema = backupSchemaWith(reviewLogRow, cardRow);
/**
 * For a file whose every log passed `isPlainlyValidReviewLog`, or every card `isPlainlyValidCardRow`,
 * or both: those rows are not checked again. Indexed by [logs prechecked][cards prechecked].
 */
const schemasForPrechecked = [
  [backupSchema, backupSchemaWith(reviewLogRow, z.custom<CardRow>())],
  [backupSchemaWith(z.custom<ReviewLogRow>(), cardRow), backupSchemaWith(z.custom<ReviewLogRow>(), z.custom<CardRow>())],
] as const;

/** The schema to check `decoded` with: zod's own check of the logs, or the cards, only when one fails the quick one. */
function backupSchemaFor(decoded: unknown): typeof backupSchema {
  const tables = isPlainObject(decoded) && isPlainObject(decoded.tables) ? decoded.tables : undefined;
  const prechecked = (rows: unknown, check: (row: unknown) => boolean) => (Array.isArray(rows) && rows.every(check) ? 1 : 0);
  return schemasForPrechecked[prechecked(tables?.reviewLogs, isPlainlyValidReviewLog)][prechecked(tables?.cards, isPlainlyValidCardRow)];
}

type SchemaBackup = z.infer<typeof backupSchema>;
/** The tables of a backup: the review logs as rows, or (versions 3 and 4) as columns `readLogColumns` checked. */
export type BackupTables = Omit<SchemaBackup['tables'], 'reviewLogs'> & { reviewLogs: SchemaBackup['tables']['reviewLogs'] | LogColumns };
export type Backup = Omit<SchemaBackup, 'tables'> & { tables: BackupTables };

// ── Writing ─────────────────────────────────────────────────────────────────

/**
 * A table's block: its JSON text, indented (a row block, or the review logs' columns). The packed
 * review logs are given this way, so that they need not become objects to be written.
 */
export interface TableBlock {
  json(indent: string): string;
}

/** A table's rows as objects, or its block already made. */
export type BackupRows = readonly unknown[] | TableBlock;

export interface BackupContents {
  readonly exportedAt: Date;
  /** The Dexie schema version of the database the rows come from. */
  readonly schemaVersion: number;
  readonly tables: Readonly<Record<BackupTableName, BackupRows>>;
}

/**
 * The backup as text: the header fields, then each table with one row per line (the review logs,
 * when they are columns, one column per line), so a file can be read, diffed and located by line
 * when something is wrong with it.
 */
export function serializeBackup(contents: BackupContents): string {
  const header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: contents.exportedAt.toISOString(),
    app: 'bastion',
    schemaVersion: contents.schemaVersion,
  };
  const lines = ['{', ...Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`), '  "tables": {'];
  BACKUP_TABLES.forEach((table, t) => {
    const end = t === BACKUP_TABLES.length - 1 ? '' : ',';
    const rows = contents.tables[table];
    const block = isRows(rows) ? rowBlockOf(rows) : rows;
    lines.push(`    ${JSON.stringify(table)}: ${block.json('      ')}${end}`);
  });
  lines.push('  }', '}', '');
  return lines.join('\n');
}

const isRows = (rows: BackupRows): rows is readonly unknown[] => Array.isArray(rows);

function rowBlockOf(rows: readonly unknown[]): RowBlockBuilder {
  const block = new RowBlockBuilder();
  block.addRows(rows);
  return block;
}

// ── Reading ─────────────────────────────────────────────────────────────────

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; problems: string[] };

export interface ParseOptions {
  /** The newest database schema version this app can take (a file from a newer app is refused). */
  readonly maxSchemaVersion?: number;
  readonly maxChars?: number;
}

/** More than this many problems are summarised: the file is plainly the wrong one. */
const MAX_PROBLEMS = 20;

/**
 * Reads a backup file's text, or says precisely what is wrong and where. Never throws.
 * @example parseBackup('{"format":"bastion-backup","version":2}') // { ok: false, problems: ['version 2 is newer than this app understands (1): …'] }
 */
export function parseBackup(text: string, options: ParseOptions = {}): BackupParseResult {
  const maxChars = options.maxChars ?? MAX_BACKUP_CHARS;
  if (text.length > maxChars) {
    return fail(`the file is ${megabytes(text.length)} MB, more than a backup can be (${megabytes(maxChars)} MB): is it the right file?`);
  }
  const body = text.replace(/^\uFEFF/, ''); // a byte-order mark, added by some editors
  if (body.trim() === '') return fail('the file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return fail(`the file is truncated or not JSON: ${describeJsonError((error as Error).message, body)}`);
  }
  const refusal = envelopeProblem(raw, options.maxSchemaVersion ?? Number.POSITIVE_INFINITY);
  if (refusal) return fail(refusal);
  let decoded: unknown;
  try {
    const version = (raw as { version?: unknown }).version;
    if (version === 2 || version === 3 || version === 4) {
      const problems = readBlocks(raw as Record<string, unknown>, version);
      if (problems.length > 0) return { ok: false, problems: summarised(problems) };
      decoded = raw;
    } else decoded = decodeValue(raw);
  } catch {
    return fail('the file is nested too deeply to be a Bastion backup');
  }
  // Log columns were checked log by log as they were read (rising ids, so none repeated): the schema
  // checks the rest of the file, with the logs put back after.
  const tables = isPlainObject(decoded) && isPlainObject(decoded.tables) ? decoded.tables : undefined;
  const columns = tables?.reviewLogs instanceof LogColumns ? tables.reviewLogs : undefined;
  if (tables && columns) tables.reviewLogs = [];
  const parsed = backupSchemaFor(decoded).safeParse(decoded, { error: issueMessage });
  if (tables && columns) tables.reviewLogs = columns;
  // The decoded value, not zod's copy: the schema transforms nothing, but its copy lists known
  // fields first, and a row must go back into IndexedDB exactly as it was exported.
  if (parsed.success) return { ok: true, backup: decoded as Backup };
  return { ok: false, problems: summarised(parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)) };
}

function summarised(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `…and ${problems.length - MAX_PROBLEMS} more problems`];
}

/**
 * Turns each table of a version-2 or -3 file (row-blocks.ts) into its rows, in place, so the schema
 * checks the same rows as in a version-1 file; returns what is wrong with the blocks themselves.
 * A version-3 or -4 file's review logs may be columns (log-columns.ts): checked here, they stay columns.
 * A table this app does not know is left for the schema to report.
 */
function readBlocks(raw: Record<string, unknown>, version: 2 | 3 | 4): string[] {
  const tables = raw.tables;
  if (!isPlainObject(tables)) return [];
  const problems: string[] = [];
  for (const name of BACKUP_TABLES) {
    if (!Object.hasOwn(tables, name)) continue;
    const path = `tables.${name}`;
    const columns = version >= 3 && name === 'reviewLogs' && isColumnsBlock(tables[name]);
    const read = columns
      ? readLogColumns(tables[name], path, version >= 4)
      : readRowBlock(tables[name], path, MAX_PROBLEMS + 1 - problems.length);
    if (!read.ok) problems.push(...read.problems);
    else tables[name] = 'logs' in read ? read.logs : read.rows;
  }
  return problems;
}

const fail = (problem: string): BackupParseResult => ({ ok: false, problems: [problem] });

/** The checks that make every other message pointless: not a backup at all, or from a newer app. */
function envelopeProblem(raw: unknown, maxSchemaVersion: number): string | null {
  if (!isPlainObject(raw)) return `this is not a Bastion backup: the file holds ${describeValue(raw)}, not an object`;
  if (raw.format === 'bastion-pack') return 'this is a Bastion question pack, not a backup: import it under Bank → Packs';
  if (raw.kind === REPORT_KIND)
    return "this is a member's progress report, not a backup: the group's lead imports it on the group's page (Group)";
  if (raw.kind === ASSIGNMENT_KIND) return 'this is a study-group assignment, not a backup: open it under Group → Open an assignment';
  if (raw.format !== BACKUP_FORMAT) {
    const found = raw.format === undefined ? 'missing' : describeValue(raw.format);
    return `this is not a Bastion backup: format is ${found} (a backup says "${BACKUP_FORMAT}")`;
  }
  if (typeof raw.version === 'number' && raw.version > BACKUP_VERSION) {
    return `version ${raw.version} is newer than this app understands (${BACKUP_VERSION}): update Bastion, then import the file again`;
  }
  // Which version decides how the tables are read: without a known one, every table would be wrong too.
  if (!READABLE_VERSIONS.includes(raw.version as never)) {
    return `version: ${raw.version === undefined ? 'missing' : `expected ${READABLE_VERSIONS.slice(0, -1).join(', ')} or ${READABLE_VERSIONS.at(-1)}, found ${describeValue(raw.version)}`}`;
  }
  if (typeof raw.schemaVersion === 'number' && raw.schemaVersion > maxSchemaVersion) {
    return `schemaVersion ${raw.schemaVersion} is newer than this app's database (${maxSchemaVersion}): update Bastion, then import the file again`;
  }
  return null;
}

function megabytes(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
