import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup, reviewLogRow, serializeBackup, BACKUP_TABLES, type BackupTableName } from './backup-format';
import { F64_COLUMNS, LOG_COLUMNS, LogColumns, logColumnRows, logColumnsJson, readLogColumns, type LogColumnName } from './log-columns';

const t = Date.UTC(2026, 2, 1, 9, 30, 0, 123);
/** Two logs as columns: the first with no card before it, the second with one and all its optional fields. */
function twoLogs(): Record<LogColumnName, unknown[]> {
  return {
    id: [7, 9],
    rating: [1, 3],
    state: [0, 2],
    due: [t + 60_000, t + 3 * 86_400_000],
    stability: [0.4, 4.5],
    difficulty: [6.2, 5.1],
    elapsed_days: [0, 1],
    last_elapsed_days: [0, 0],
    scheduled_days: [0, 3],
    learning_steps: [1, 0],
    review: [t, t + 86_400_000],
    questionKey: ['cissp-d1:q1', 'cissp-d1:q1'],
    sessionId: ['s1', 's2'],
    correct: [false, true],
    chosenOption: [2, 0],
    confidence: ['guessed', 'sure'],
    responseMs: [8000, 3100.5],
    'cardBefore.due': [null, t + 60_000],
    'cardBefore.stability': [null, 0.4],
    'cardBefore.difficulty': [null, 6.2],
    'cardBefore.elapsed_days': [null, 0],
    'cardBefore.scheduled_days': [null, 0],
    'cardBefore.learning_steps': [null, 1],
    'cardBefore.reps': [null, 1],
    'cardBefore.lapses': [null, 0],
    'cardBefore.state': [null, 1],
    'cardBefore.last_review': [null, t],
    'cardBefore.lastCorrect': [null, false],
    'cardBefore.attempts': [null, 1],
    'cardBefore.correctCount': [null, 0],
  };
}

/** The columns as reading gives them back: those written as `f64` as doubles, NaN for null. */
const asRead = (values: Record<LogColumnName, unknown[]>) =>
  Object.fromEntries(
    Object.entries(values).map(([name, list]) => [
      name,
      F64_COLUMNS.has(name as LogColumnName) ? Float64Array.from(list, (v) => (v === null ? Number.NaN : (v as number))) : list,
    ]),
  ) as Record<LogColumnName, unknown[] | Float64Array>;

const read = (values: Record<string, unknown[]>) => readLogColumns(JSON.parse(logColumnsJson(values as never, '  ')), 'tables.reviewLogs');

/** A whole backup file whose review logs are these columns (as version 4 writes them, or `json` gives them). */
function fileWith(values: Record<string, unknown[]>, json = (indent: string) => logColumnsJson(values as never, indent)): string {
  const empty = Object.fromEntries(BACKUP_TABLES.map((name) => [name, []])) as unknown as Record<BackupTableName, unknown[]>;
  return serializeBackup({ exportedAt: new Date(t), schemaVersion: 8, tables: { ...empty, reviewLogs: { json } } });
}

describe('review logs as columns', () => {
  it('read back exactly as written, and kept as columns when every log is valid', () => {
    const result = read(twoLogs());
    expect(result).toEqual({ ok: true, logs: new LogColumns(2, asRead(twoLogs())) });
    const file = parseBackup(fileWith(twoLogs()));
    expect(file.ok && file.backup.tables.reviewLogs).toEqual(new LogColumns(2, asRead(twoLogs())));
    // Written again from what was read, the columns are the same text.
    expect(logColumnsJson(asRead(twoLogs()), '  ')).toBe(logColumnsJson(twoLogs() as never, '  '));
  });

  it('as rows, the logs are those the schema would read from a row block', () => {
    const rows = logColumnRows(twoLogs(), 2);
    expect(rows[0]).toMatchObject({ id: 7, due: new Date(t + 60_000), cardBefore: null });
    expect(rows[1]!.cardBefore).toEqual({
      due: new Date(t + 60_000),
      stability: 0.4,
      difficulty: 6.2,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 1,
      reps: 1,
      lapses: 0,
      state: 1,
      last_review: new Date(t),
      lastCorrect: false,
      attempts: 1,
      correctCount: 0,
    });
    for (const row of rows) expect(reviewLogRow.safeParse(row).success).toBe(true);
    // The same rows from the columns as read, whose doubles stand for null with NaN.
    expect(logColumnRows(asRead(twoLogs()), 2)).toEqual(rows);
  });

  it('read a null in a column written as doubles as a missing value, which the schema names', () => {
    const values = twoLogs();
    values.due[0] = null;
    values['cardBefore.stability'][1] = null;
    const refused = parseBackup(fileWith(values));
    expect(refused.ok ? [] : refused.problems).toEqual([
      'tables.reviewLogs[0].due: missing',
      'tables.reviewLogs[1].cardBefore.stability: missing',
    ]);
  });

  it('refuse a damaged table, saying which column', () => {
    const { rating: _rating, ...withoutRating } = twoLogs();
    expect(readLogColumns({ columns: withoutRating }, 'tables.reviewLogs')).toEqual({
      ok: false,
      problems: ['tables.reviewLogs.columns.rating: missing'],
    });
    expect(read({ ...twoLogs(), state: [0] })).toEqual({
      ok: false,
      problems: ['tables.reviewLogs.columns.state: expected 2 values (one per log, as "id" has), found 1'],
    });
    expect(readLogColumns({ columns: { ...twoLogs(), mood: [1, 2] } }, 'tables.reviewLogs')).toEqual({
      ok: false,
      problems: ['tables.reviewLogs.columns: unknown field "mood"'],
    });
    expect(readLogColumns({ columns: twoLogs(), rows: [] }, 'tables.reviewLogs')).toEqual({
      ok: false,
      problems: ['tables.reviewLogs: unknown field "rows"'],
    });
    expect(readLogColumns({ columns: [] }, 'tables.reviewLogs')).toEqual({
      ok: false,
      problems: ['tables.reviewLogs.columns: expected an object of lists, found a list'],
    });
  });

  it('refuse an invalid log with the row path and field a row block would give', () => {
    const values = twoLogs();
    values.rating[1] = 7;
    values['cardBefore.reps'][1] = -1;
    values.review[0] = 'yesterday';
    const refused = parseBackup(fileWith(values));
    expect(refused.ok ? [] : refused.problems).toEqual([
      'tables.reviewLogs[0].review: not a date',
      'tables.reviewLogs[1].rating: expected one of 0, 1, 2, 3, 4, found 7',
      'tables.reviewLogs[1].cardBefore.reps: must be at least 0',
    ]);
    const twice = twoLogs();
    twice.id = [7, 7];
    const repeated = parseBackup(fileWith(twice));
    expect(repeated.ok ? [] : repeated.problems).toEqual(['tables.reviewLogs[1].id: 7 appears twice (also at [0])']);
  });

  it('hand logs whose ids do not rise, or that lack an optional field, to the schema as rows, which may accept them', () => {
    const values = twoLogs();
    values.id = [9, 7];
    values.elapsed_days[0] = null;
    const result = read(values);
    expect(result.ok && 'rows' in result).toBe(true);
    const file = parseBackup(fileWith(values));
    expect(file.ok && Array.isArray(file.backup.tables.reviewLogs)).toBe(true);
  });

  it('are only in version-3 and -4 files: a version-2 file must hold row blocks', () => {
    const refused = parseBackup(fileWith(twoLogs()).replace('"version": 4', '"version": 2'));
    expect(refused.ok ? [] : refused.problems).toEqual([
      'tables.reviewLogs: expected {"shapes": […], "rows": […]} (a version-2 table), found an object',
    ]);
  });

  it('are written encoded where version 4 encodes them, and a version-3 file with plain lists reads to the same logs', () => {
    const text = logColumnsJson(twoLogs() as never, '  ');
    const columns = (JSON.parse(text) as { columns: Record<string, unknown> }).columns;
    expect(columns.stability).toEqual({ f64: expect.any(String) });
    expect(columns['cardBefore.due']).toEqual({ f64: expect.any(String) });
    expect(columns.questionKey).toEqual({ dict: ['cissp-d1:q1'], index: [0, 0] });
    expect(columns.rating).toEqual([1, 3]);
    const plain = fileWith(twoLogs(), () => JSON.stringify({ columns: twoLogs() })).replace('"version": 4', '"version": 3');
    const fromV3 = parseBackup(plain);
    expect(fromV3.ok && fromV3.backup.tables.reviewLogs).toEqual(new LogColumns(2, twoLogs()));
  });

  it('refuse an encoded column in a version-3 file, and a malformed one in a version-4 file, at its path', () => {
    const v3 = parseBackup(fileWith(twoLogs()).replace('"version": 4', '"version": 3'));
    expect(v3.ok ? [] : v3.problems[0]).toBe('tables.reviewLogs.columns.due: expected a list, found an object');
    const withColumn = (name: string, encoded: unknown) => {
      const block = JSON.parse(logColumnsJson(twoLogs() as never, '')) as { columns: Record<string, unknown> };
      block.columns[name] = encoded;
      return readLogColumns(block, 'tables.reviewLogs');
    };
    expect(withColumn('stability', { f64: 'not base64!' })).toEqual({
      ok: false,
      problems: ['tables.reviewLogs.columns.stability.f64: not valid base64'],
    });
    expect(withColumn('stability', { f64: 'AAAAAAAA' })).toEqual({
      ok: false,
      problems: ['tables.reviewLogs.columns.stability.f64: holds 6 bytes, which is not 8 per value'],
    });
    expect(withColumn('sessionId', { dict: ['s1'], index: [0, 1] })).toEqual({
      ok: false,
      problems: ['tables.reviewLogs.columns.sessionId.index[1]: expected a position in dict (0 to 0), found 1'],
    });
    expect(withColumn('sessionId', { dict: 's1', index: [0, 0] })).toEqual({
      ok: false,
      problems: ['tables.reviewLogs.columns.sessionId.dict: expected a list, found "s1"'],
    });
    expect(withColumn('rating', { ints: [1, 3] })).toEqual({
      ok: false,
      problems: [
        'tables.reviewLogs.columns.rating: expected a list, {"f64": "…"} or {"dict": […], "index": […]}, found an object with the fields ints',
      ],
    });
    // Decoded, a column is judged like a list: a count that disagrees with the ids is refused.
    expect(withColumn('difficulty', { f64: 'AAAAAAAA8D8=' })).toEqual({
      ok: false,
      problems: ['tables.reviewLogs.columns.difficulty: expected 2 values (one per log, as "id" has), found 1'],
    });
  });

  it('write a column as a list when a value is not a finite number, so the reader names it', () => {
    const values = twoLogs();
    values.stability[0] = '0.4';
    const columns = (JSON.parse(logColumnsJson(values as never, '')) as { columns: Record<string, unknown> }).columns;
    expect(columns.stability).toEqual(['0.4', 4.5]);
    const refused = parseBackup(fileWith(values));
    expect(refused.ok ? [] : refused.problems).toEqual(['tables.reviewLogs[0].stability: expected a finite number, found "0.4"']);
  });

  it('never keep as columns a log the schema refuses (property)', () => {
    const odd = fc.constantFrom<unknown>(null, 0, -1, 1, 2.5, 4, 5, 2 ** 60, 9e15, '', 'q', 'sure', 'maybe', true, false, [], {});
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...LOG_COLUMNS), fc.integer({ min: 0, max: 1 }), odd), { maxLength: 3 }), (changes) => {
        const values = twoLogs();
        for (const [name, row, value] of changes) values[name][row] = value;
        const result = read(values);
        if (!result.ok || !('logs' in result)) return true;
        return logColumnRows(result.logs.values, result.logs.count).every((row) => reviewLogRow.safeParse(row).success);
      }),
      { numRuns: 3000 },
    );
  });
});
