import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import {
  BACKUP_TABLES,
  MAX_BACKUP_CHARS,
  decodeValue,
  stringifyWithDates,
  formatPath,
  parseBackup,
  serializeBackup,
  type BackupContents,
  type BackupTableName,
} from './backup-format';
import { backupTextV1 } from '../../../tests/fixtures/backup-files';
import { reviewedOnce } from '../../../tests/fixtures/fsrs-card';

const t0 = new Date('2026-03-01T09:30:00.123Z');
const emptyTables = (): Record<BackupTableName, unknown[]> =>
  Object.fromEntries(BACKUP_TABLES.map((name) => [name, []])) as unknown as Record<BackupTableName, unknown[]>;

const card = {
  questionKey: 'q1',
  ...reviewedOnce(new Date('2026-03-04T09:30:00.000Z'), t0),
  lastCorrect: true,
  attempts: 1,
  correctCount: 1,
};
const log = {
  id: 1,
  questionKey: 'q1',
  sessionId: 's1',
  correct: true,
  chosenOption: 0,
  confidence: 'unsure',
  responseMs: 8000,
  rating: 3,
  state: 0,
  due: t0,
  review: t0,
  stability: 0,
  difficulty: 0,
  elapsed_days: 0,
  last_elapsed_days: 0,
  scheduled_days: 0,
  learning_steps: 0,
  cardBefore: null,
};

/** Contents whose every table is given as rows (the exporter may also pass a function). */
type RowContents = BackupContents & { readonly tables: Readonly<Record<BackupTableName, readonly unknown[]>> };

function contents(tables: Partial<Record<BackupTableName, readonly unknown[]>> = {}): RowContents {
  return { exportedAt: t0, schemaVersion: 2, tables: { ...emptyTables(), ...tables } };
}

const sample = () =>
  contents({
    packs: [
      {
        id: 'core',
        title: 'Core',
        license: 'CC BY-SA 4.0',
        source: 'bundled',
        enabled: 0,
        questionCount: 900,
        contentHash: 'h',
        updatedAt: t0,
      },
      { id: 'mine', title: 'Mine', license: 'CC0', source: 'authored', enabled: 1, questionCount: 1, contentHash: 'm', updatedAt: t0 },
    ],
    questions: [{ ...makeQuestion({ id: 'own-question' }), key: 'mine:own-question', packId: 'mine', retired: 0 }],
    cards: [card],
    reviewLogs: [log],
    sessions: [
      {
        id: 's1',
        kind: 'practice',
        status: 'active',
        exam: 'cissp',
        startedAt: t0,
        updatedAt: t0,
        state: { queue: ['q1'], answers: { q1: { at: t0, chosen: 0 } }, futureField: [1, { when: t0 }] },
      },
    ],
    settings: [{ key: 'theme', value: 'dark' }],
    meta: [{ key: 'lastBackupAt', value: t0 }],
    flags: [{ questionKey: 'q1', flaggedAt: t0 }],
  });

/** The problems of a file that must be refused. */
function problemsOf(text: string, options?: Parameters<typeof parseBackup>[1]): string[] {
  const result = parseBackup(text, options);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

/** The sample file (written as version `version` writes it), with some of its text edited. */
const edited = (from: string, to: string, version: 1 | 4 = 4) => {
  const text = version === 1 ? backupTextV1(sample()) : serializeBackup(sample());
  if (!text.includes(from)) throw new Error(`"${from}" is not in the sample`);
  return text.replace(from, to);
};

describe('stringifyWithDates and decodeValue', () => {
  it('turn every Date, at any depth, into a marker and back exactly', () => {
    const value = { a: t0, list: [t0, { b: new Date(0) }], n: 1, s: 'x', nil: null };
    const encoded = stringifyWithDates(value);
    expect(JSON.parse(encoded)).toEqual({
      a: { $date: '2026-03-01T09:30:00.123Z' },
      list: [{ $date: '2026-03-01T09:30:00.123Z' }, { b: { $date: '1970-01-01T00:00:00.000Z' } }],
      n: 1,
      s: 'x',
      nil: null,
    });
    expect(decodeValue(JSON.parse(encoded))).toEqual(value);
    expect(decodeValue(JSON.parse(stringifyWithDates(new Date(0))))).toEqual(new Date(0));
  });

  it('writes an invalid Date as a marker validation can point at, and leaves Date.prototype.toJSON as it was', () => {
    expect(stringifyWithDates({ at: new Date(NaN) })).toBe('{"at":{"$date":"Invalid Date"}}');
    expect(JSON.stringify({ at: new Date(0) })).toBe('{"at":"1970-01-01T00:00:00.000Z"}');
  });

  it('reads an object with more keys than "$date" as an object', () => {
    expect(decodeValue(JSON.parse('{"a":{"$date":"1970-01-01T00:00:00.000Z","b":1}}'))).toEqual({
      a: { $date: '1970-01-01T00:00:00.000Z', b: 1 },
    });
  });

  it('reads a marker that is not exactly an ISO timestamp as an invalid date', () => {
    const invalid = [
      '2026-03-01',
      'yesterday',
      '2026-02-30T00:00:00.000Z',
      '2025-02-29T00:00:00.000Z',
      '2026-00-10T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-02-28T24:00:00.000Z',
      '2026-02-28T10:00:00Z',
      '2026-02-28T10:00:00.000+01:00',
      ' 2026-02-28T10:00:00.000Z',
      'Invalid Date',
    ];
    for (const text of invalid) {
      const date = decodeValue({ $date: text }) as Date;
      expect(Number.isNaN(date.getTime()), text).toBe(true);
    }
  });

  it('reads every timestamp toISOString writes back to the same instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }),
        (date) => {
          expect(decodeValue({ $date: date.toISOString() })).toEqual(date);
        },
      ),
    );
    expect(decodeValue({ $date: '2024-02-29T23:59:59.999Z' })).toEqual(new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999)));
  });

  it('keeps a "__proto__" key as a plain key', () => {
    const decoded = decodeValue(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.keys(decoded)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    const dated = decodeValue(JSON.parse('{"__proto__": {"$date": "1970-01-01T00:00:00.000Z"}}')) as Record<string, unknown>;
    expect(Object.keys(dated)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(dated)).toBe(Object.prototype);
  });
});

describe('serializeBackup and parseBackup', () => {
  it('round-trip every table, Dates included, and keep unknown fields in rows and blobs', () => {
    const text = serializeBackup(sample());
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup).toMatchObject({ format: 'bastion-backup', version: 4, exportedAt: t0.toISOString(), schemaVersion: 2 });
    expect(result.backup.tables.cards).toEqual([card]);
    expect(result.backup.tables.sessions[0]?.state).toEqual(
      sample().tables.sessions[0] && (sample().tables.sessions[0] as { state: unknown }).state,
    );
    expect(serializeBackup({ ...sample(), tables: result.backup.tables as BackupContents['tables'] })).toBe(text);
  });

  it('reads a version-1 file (one object per row) and a version-2 file to the same rows as this version', () => {
    const fromV1 = parseBackup(backupTextV1(sample()));
    // Version 2 wrote every table as a row block, as this version writes logs it cannot write as columns.
    const fromV2 = parseBackup(serializeBackup(sample()).replace('"version": 4', '"version": 2'));
    const current = parseBackup(serializeBackup(sample()));
    expect(fromV1.ok && fromV2.ok && current.ok).toBe(true);
    if (!fromV1.ok || !fromV2.ok || !current.ok) return;
    expect([fromV1.backup.version, fromV2.backup.version]).toEqual([1, 2]);
    expect(fromV1.backup.tables).toEqual(current.backup.tables);
    expect(fromV2.backup.tables).toEqual(current.backup.tables);
    expect(fromV1.backup.tables.reviewLogs).toEqual([log]);
  });

  it("keeps a row's fields this schema does not name, in their order", () => {
    const text = serializeBackup(contents({ flags: [{ note: 'from a newer build', questionKey: 'q1', flaggedAt: t0 }] }));
    const result = parseBackup(text);
    expect(result.ok && Object.keys(result.backup.tables.flags[0]!)).toEqual(['note', 'questionKey', 'flaggedAt']);
  });

  it('writes one row per line, so a problem can be found by line', () => {
    const lines = serializeBackup(sample()).split('\n');
    expect(lines).toContain('    "flags": {');
    expect(lines).toContain('        {"fields":[["questionKey"],["flaggedAt"]],"dates":[1]}');
    expect(lines).toContain(`        [0,"q1",${t0.getTime()}]`);
    expect(lines).toContain('    "groups": {"shapes": [], "rows": []},');
  });

  it('accepts a file made before the study-group tables existed (database version 2, backup version 1)', () => {
    const text = backupTextV1(sample()).replace(/,\n {4}"assignments": \[\][\s\S]*$/, '\n  }\n}\n');
    expect(text).not.toContain('teamCerts');
    const result = parseBackup(text);
    expect(result.ok && result.backup.tables.assignments).toBeUndefined();
  });

  it('writes plain ASCII, with text above U+007F escaped, and reads it back unchanged', () => {
    const note = 'latency ≈ 5 ms — naïve 😀 \ud800';
    const text = serializeBackup(contents({ settings: [{ key: 'note', value: note }], flags: [{ questionKey: 'q–1', flaggedAt: t0 }] }));
    expect(text).not.toMatch(/[\u0080-\uffff]/);
    const result = parseBackup(text);
    expect(result.ok && result.backup.tables.settings).toEqual([{ key: 'note', value: note }]);
    expect(result.ok && result.backup.tables.flags[0]?.questionKey).toBe('q–1');
  });

  it('accepts a file with a byte-order mark (as some editors save it)', () => {
    expect(parseBackup(`\uFEFF${serializeBackup(sample())}`).ok).toBe(true);
  });

  it('round-trips any rows and blobs as a property', () => {
    const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
    const blob = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        date,
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.string(), tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    const settings = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1 }), value: blob }), { selector: (s) => s.key, maxLength: 6 });
    const flags = fc.uniqueArray(fc.record({ questionKey: fc.string({ minLength: 1 }), flaggedAt: date }), {
      selector: (f) => f.questionKey,
      maxLength: 6,
    });
    fc.assert(
      fc.property(settings, flags, date, (settingRows, flagRows, exportedAt) => {
        const text = serializeBackup({ ...contents({ settings: settingRows, flags: flagRows }), exportedAt });
        const result = parseBackup(text);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(serializeBackup({ ...contents(), exportedAt, tables: result.backup.tables as BackupContents['tables'] })).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseBackup refuses wrong files, saying what and where', () => {
  it('a truncated file, with the position, line and column', () => {
    const text = serializeBackup(sample());
    const end = text.indexOf('[\n', 300) + 2; // just after a table's opening bracket
    const lines = text.slice(0, end).split('\n').length;
    expect(problemsOf(text.slice(0, end))).toEqual([
      `the file is truncated or not JSON: Unexpected end of JSON input at position ${end} (line ${lines}, column 1)`,
    ]);
    expect(problemsOf(text.slice(0, 300))[0]).toMatch(
      /^the file is truncated or not JSON: Unterminated string at position 300 \(line \d+, column \d+\)$/,
    );
  });

  it('a file cut anywhere (property)', () => {
    const text = serializeBackup(sample());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.lastIndexOf('}') - 1 }), (end) => {
        const [problem] = problemsOf(text.slice(0, end));
        expect(problem).toMatch(/^the file (is empty|is truncated or not JSON: .+)/);
      }),
      { numRuns: 60 },
    );
  });

  it('a file that is not JSON, or empty', () => {
    expect(problemsOf('hello')[0]).toMatch(/^the file is truncated or not JSON: Unexpected token/);
    expect(problemsOf('{"format": "bastion-backup",}')[0]).toMatch(/at position 28 \(line 1, column 29\)$/);
    expect(problemsOf('  \n')).toEqual(['the file is empty']);
  });

  it('a file over the size cap, before parsing it', () => {
    expect(MAX_BACKUP_CHARS).toBe(150 * 1024 * 1024);
    expect(problemsOf(' '.repeat(MAX_BACKUP_CHARS + 1))).toEqual([
      'the file is 150 MB, more than a backup can be (150 MB): is it the right file?',
    ]);
    expect(problemsOf(' '.repeat(3 * 2 ** 20), { maxChars: 2 ** 20 })).toEqual([
      'the file is 3 MB, more than a backup can be (1 MB): is it the right file?',
    ]);
  });

  it('a newer format version or database version', () => {
    expect(problemsOf(edited('"version": 4', '"version": 5'))).toEqual([
      'version 5 is newer than this app understands (4): update Bastion, then import the file again',
    ]);
    expect(problemsOf(edited('"schemaVersion": 2', '"schemaVersion": 3'), { maxSchemaVersion: 2 })).toEqual([
      "schemaVersion 3 is newer than this app's database (2): update Bastion, then import the file again",
    ]);
    expect(problemsOf(edited('"version": 4', '"version": 0'))).toEqual(['version: expected 1, 2, 3 or 4, found 0']);
  });

  it('something that is not a backup', () => {
    expect(problemsOf('[1, 2]')).toEqual(['this is not a Bastion backup: the file holds a list, not an object']);
    expect(problemsOf('{"format": "bastion-pack", "version": 1}')).toEqual([
      'this is a Bastion question pack, not a backup: import it under Bank → Packs',
    ]);
    // The app's other files are named for what they are, and where they go.
    expect(problemsOf('{"kind": "bastion-report", "version": 1}')).toEqual([
      "this is a member's progress report, not a backup: the group's lead imports it on the group's page (Group)",
    ]);
    expect(problemsOf('{"kind": "bastion-assignment", "version": 2}')).toEqual([
      'this is a study-group assignment, not a backup: open it under Group → Open an assignment',
    ]);
    expect(problemsOf('{"name": "x"}')).toEqual(['this is not a Bastion backup: format is missing (a backup says "bastion-backup")']);
  });

  it('a row with a bad date, a missing key, a wrong type or an impossible number', () => {
    const { questionKey: _key, ...cardWithoutKey } = card;
    const rows = (changes: Partial<Record<BackupTableName, unknown[]>>) => problemsOf(serializeBackup(contents(changes)));
    expect(rows({ reviewLogs: [{ ...log, review: '2026-03-01' }] })).toEqual(['tables.reviewLogs[0].review: not a date']);
    expect(rows({ flags: [{ questionKey: 'q1', flaggedAt: new Date(Number.NaN) }] })).toEqual(['tables.flags[0].flaggedAt: not a date']);
    expect(rows({ cards: [cardWithoutKey] })).toEqual(['tables.cards[0].questionKey: missing']);
    expect(rows({ cards: [{ ...card, stability: Number.POSITIVE_INFINITY }] })).toEqual([
      'tables.cards[0].stability: expected a finite number, found null',
    ]);
    expect(rows({ reviewLogs: [log, { ...log, id: 2, correct: 'yes' }] })).toEqual([
      'tables.reviewLogs[1].correct: expected true or false, found "yes"',
    ]);
    expect(rows({ reviewLogs: [{ ...log, cardBefore: { ...card, reps: -1 } }] })).toEqual([
      'tables.reviewLogs[0].cardBefore.reps: must be at least 0',
    ]);
    expect(rows({ reviewLogs: [{ ...log, id: 1.5 }] })).toEqual(['tables.reviewLogs[0].id: expected a whole number, found 1.5']);
  });

  it('the same, in a version-1 file', () => {
    expect(problemsOf(edited('"review":{"$date":"2026-03-01T09:30:00.123Z"}', '"review":"2026-03-01"', 1))).toEqual([
      'tables.reviewLogs[0].review: not a date',
    ]);
    expect(
      problemsOf(edited('"flaggedAt":{"$date":"2026-03-01T09:30:00.123Z"}', '"flaggedAt":{"$date":"2026-13-01T00:00:00.000Z"}', 1)),
    ).toEqual(['tables.flags[0].flaggedAt: not a date']);
    expect(problemsOf(edited('{"questionKey":"q1","due"', '{"due"', 1))).toEqual(['tables.cards[0].questionKey: missing']);
    expect(problemsOf(edited('"stability":3.17', '"stability":1e999', 1))).toEqual([
      'tables.cards[0].stability: expected a finite number, found Infinity',
    ]);
    expect(problemsOf(edited('"kind":"practice"', '"kind":"drill"', 1))).toEqual([
      'tables.sessions[0].kind: expected one of "practice", "review", "exam", "assignment", found "drill"',
    ]);
  });

  it('a damaged table block, at its shape or row', () => {
    const block = (text: string) => problemsOf(edited('"flags": {', `"flags": ${text}, "was": {`));
    expect(problemsOf(edited('"groups": {"shapes": [], "rows": []}', '"groups": []'))).toEqual([
      'tables.groups: expected {"shapes": […], "rows": […]} (a version-2 table), found a list',
    ]);
    expect(block('{"shapes": [], "rows": [], "extra": 1}')[0]).toBe('tables.flags: unknown field "extra"');
    expect(block('{"shapes": [{"fields": [["a"]], "dates": []}], "rows": [[0, 1, 2]]}')[0]).toBe(
      'tables.flags.rows[0]: expected 1 values after the shape, found 2',
    );
    expect(block('{"shapes": [{"fields": [["a"]], "dates": []}], "rows": [[1, 1]]}')[0]).toBe(
      'tables.flags.rows[0]: expected [shape, …values] with a shape from 0 to 0',
    );
    expect(block('{"shapes": [{"fields": [["a"], ["a", "b"]], "dates": [2]}], "rows": []}')).toEqual([
      'tables.flags.shapes[0].fields[1]: expected a new field path of one or two keys, found a list',
      "tables.flags.shapes[0].dates: 2 is not a field's index (0 to 0)",
    ]);
    expect(block('{"shapes": [{"fields": "a"}], "rows": []}')[0]).toBe('tables.flags.shapes[0]: expected {"fields": […], "dates": […]}');
  });

  it('an invalid imported question, at the question field', () => {
    const question = { ...sample().tables.questions[0]!, answer: 7 };
    expect(problemsOf(serializeBackup(contents({ ...sample().tables, questions: [question] })))).toEqual([
      'tables.questions[0].answer: Too big: expected number to be <=3',
    ]);
  });

  it('a missing or unknown table, and unknown top-level fields', () => {
    expect(problemsOf(edited('    "groups": {"shapes": [], "rows": []},\n', ''))).toEqual(['tables.groups: missing']);
    expect(problemsOf(edited('"groups": {', '"grups": [], "groups": {'))).toEqual(['tables: unknown field "grups"']);
    expect(problemsOf(edited('"app": "bastion",', '"app": "bastion", "comment": 1,'))).toEqual(['file: unknown field "comment"']);
  });

  it('a repeated key, which would overwrite a row', () => {
    const text = serializeBackup(
      contents({
        flags: [
          { questionKey: 'q1', flaggedAt: t0 },
          { questionKey: 'q2', flaggedAt: t0 },
          { questionKey: 'q1', flaggedAt: t0 },
        ],
      }),
    );
    expect(problemsOf(text)).toEqual(['tables.flags[2].questionKey: "q1" appears twice (also at [0])']);
  });

  it("a bundled pack's questions, which a backup never holds", () => {
    const question = { ...sample().tables.questions[0]!, packId: 'core' };
    expect(problemsOf(serializeBackup(contents({ ...sample().tables, questions: [question] })))).toEqual([
      'tables.questions[0].packId: "core" is a bundled pack, whose questions are never in a backup',
    ]);
  });

  it('lists at most 20 problems and counts the rest', () => {
    const flags = Array.from({ length: 30 }, (_, i) => ({ questionKey: `q${i}`, flaggedAt: 'soon' }));
    const problems = problemsOf(serializeBackup(contents({ flags })));
    expect(problems).toHaveLength(21);
    expect(problems[20]).toBe('…and 10 more problems');
  });
});

describe('formatPath', () => {
  it('writes array indexes in brackets', () => {
    expect(formatPath(['tables', 'reviewLogs', 812, 'review'])).toBe('tables.reviewLogs[812].review');
    expect(formatPath([])).toBe('file');
  });
});
