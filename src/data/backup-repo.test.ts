import { sumByQuestion, tallies, tallyLogs } from '../domain/progress/answer-days';
import { renderHook, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleAssignment, sampleReport } from '../../tests/fixtures/group-documents';
import { makeQuestion } from '../../tests/fixtures/questions';
import { BACKUP_TABLES, MAX_BACKUP_CHARS, parseBackup, serializeBackup, type BackupTableName } from '../domain/backup/backup-format';
import { withCell } from '../../tests/fixtures/backup-files';
import { reviewedOnce } from '../../tests/fixtures/fsrs-card';
import {
  BACKUP_REMINDER_KEY,
  exportBackup,
  importBackup,
  isBackupDue,
  loadBackupStatusInputs,
  previewImport,
  recordBackupDone,
  reviewHistoryCsv,
  runsOutside,
  saveBackupReminderDays,
  useBackupStatus,
} from './backup-repo';
// Not a React hook, whatever its name: it switches the app's database.
import { BastionDb, CURRENT_SCHEMA_VERSION, setDatabase as selectDatabase, type CardRecord, type ReviewLogRecord } from './db';
import { seedReviewLogs } from '../../tests/fixtures/review-logs';
import { addReviewLog, allReviewLogs, countReviewLogs } from './review-log-store';
import { allCards, putCard, putCards } from './card-store';

let n = 0;
const opened: BastionDb[] = [];
const t0 = new Date('2026-03-01T09:30:00.123Z');
const t1 = new Date('2026-03-08T18:00:00.000Z');
const bankTime = new Date('2026-01-01T00:00:00.000Z');

/** A database as the app leaves it after first start: the bundled bank loaded, nothing else. */
async function databaseWithBank(): Promise<BastionDb> {
  const database = new BastionDb(`backup-repo-${++n}`);
  opened.push(database);
  await database.packs.put({
    id: 'core',
    title: 'Core',
    license: 'CC BY-SA 4.0',
    source: 'bundled',
    enabled: 1,
    questionCount: 2,
    contentHash: 'bank-1',
    updatedAt: bankTime,
  });
  await database.questions.bulkPut(['b1', 'b2'].map((id) => ({ ...makeQuestion({ id }), key: id, packId: 'core', retired: 0 as const })));
  await database.meta.put({ key: 'bundledBankHash', value: 'bank-1' });
  return database;
}

/** Every row of every table. */
async function dump(database: BastionDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(database.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

const log = (id: number, questionKey: string, over: Partial<ReviewLogRecord> = {}): ReviewLogRecord => ({
  id,
  questionKey,
  sessionId: 's1',
  correct: true,
  chosenOption: 0,
  confidence: 'unsure',
  responseMs: 8123,
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
  ...over,
});

const card = (questionKey: string) => ({ questionKey, ...reviewedOnce(t1, t0) });

/** A learner with a little of everything, and a pack of their own. */
async function addLearner(database: BastionDb): Promise<void> {
  await database.packs.put({
    id: 'mine',
    title: 'Mine',
    license: 'CC0',
    source: 'authored',
    enabled: 1,
    questionCount: 1,
    contentHash: 'm',
    updatedAt: t0,
  });
  await database.questions.put({ ...makeQuestion({ id: 'own' }), key: 'mine:own', packId: 'mine', retired: 0 });
  await database.packs.update('core', { enabled: 0 });
  await putCards(database, [card('b1'), card('mine:own')]);
  await seedReviewLogs(database, [
    log(3, 'b1'),
    log(10, 'mine:own', { correct: false, chosenOption: 2, rating: 1, cardBefore: card('x') }),
  ]);
  await database.sessions.put({
    id: 's1',
    kind: 'practice',
    status: 'active',
    exam: 'cissp',
    startedAt: t0,
    updatedAt: t0,
    state: { queue: ['b1'], at: t0 },
  });
  await database.settings.bulkPut([
    { key: 'theme', value: 'dark' },
    { key: BACKUP_REMINDER_KEY, value: 3 },
  ]);
  await database.meta.put({ key: 'lastBackupAt', value: t0 });
  await database.flags.put({ questionKey: 'b2', flaggedAt: t0 });
  await addGroupRows(database);
}

/** A lead's group with an assignment, a member result and a tracker row; an accepted assignment. */
async function addGroupRows(database: BastionDb): Promise<void> {
  const assignment = sampleAssignment();
  await database.groups.put({ id: 'g-ml-platform', name: 'ML platform', role: 'lead', createdAt: t0, data: { members: ['Ana Lima'] } });
  await database.assignments.put({ id: assignment.id, groupId: 'g-ml-platform', createdAt: t0, dueDate: assignment.dueDate, assignment });
  await database.acceptedAssignments.put({
    id: 'a-other',
    groupId: 'g-other',
    acceptedAt: t1,
    dueDate: '2026-04-01',
    assignment: { ...assignment, id: 'a-other', group: { id: 'g-other', name: 'Night class', members: [] } },
    sessionIds: ['s1'],
  });
  await database.memberResults.put({
    id: 'g-ml-platform|ana lima|a-week-3',
    groupId: 'g-ml-platform',
    assignmentId: 'a-week-3',
    member: 'Ana Lima',
    memberKey: 'ana lima',
    reportId: 'r-ana-0001',
    generatedAt: t0,
    importedAt: t1,
    result: sampleReport().assignments[0]!,
  });
  await database.teamCerts.put({
    id: 'tc-1',
    groupId: 'g-ml-platform',
    member: 'Ana Lima',
    certification: 'CISSP',
    status: 'exam-booked',
    examDate: '2026-06-01',
    cpeEarned: null,
    cpeRequired: 120,
    renewalDate: '',
    updatedAt: t1,
  });
}

beforeEach(async () => {
  selectDatabase(await databaseWithBank());
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.delete()));
});

const current = () => opened[opened.length - 1]!;
const withoutExportedAt = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

describe('exportBackup', () => {
  it("writes the learner's rows, with their own pack's questions but not the bundled bank's", async () => {
    await addLearner(current());
    const { text, bytes, counts } = await exportBackup(t1);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const file = parsed.backup;
    expect(file.exportedAt).toBe(t1.toISOString());
    expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(file.tables.questions!.map((q) => q.key)).toEqual(['mine:own']);
    expect(file.tables.meta).toEqual([{ key: 'lastBackupAt', value: t0 }]);
    expect(bytes).toBe(new TextEncoder().encode(text).length);
    expect(counts).toMatchObject({
      questions: 1,
      packs: 1,
      cards: 2,
      reviewLogs: 2,
      sessions: 1,
      settings: 2,
      meta: 1,
      flags: 1,
      groups: 1,
      assignments: 1,
      acceptedAssignments: 1,
      memberResults: 1,
      teamCerts: 1,
    });
  });
});

describe('the review logs in a backup', () => {
  const logsTableOf = (text: string) => (JSON.parse(text) as { tables: { reviewLogs: object } }).tables.reviewLogs;

  it('are columns when every log has the shape the app writes, and come back the same', async () => {
    await seedReviewLogs(current(), [log(3, 'b1'), log(10, 'b2', { cardBefore: reviewedOnce(t1, t0) })]);
    expect((await current().logChunks.toArray()).every((chunk) => chunk.packed)).toBe(true);
    const { text } = await exportBackup(t1);
    expect(Object.keys(logsTableOf(text))).toEqual(['columns']);
    const before = await allReviewLogs(current());
    const target = await databaseWithBank();
    selectDatabase(target);
    expect(await importBackup(text, t1)).toMatchObject({ ok: true });
    expect(await allReviewLogs(target)).toEqual(before);
  });

  it('are a row block when one log has a field the app never writes (kept, with the rest), and come back the same', async () => {
    await seedReviewLogs(current(), [log(3, 'b1'), log(10, 'b2', { cardBefore: reviewedOnce(t1, t0) })]);
    await seedReviewLogs(current(), [{ ...log(20, 'b2'), note: 'added by hand' } as ReviewLogRecord]);
    const { text } = await exportBackup(t1);
    expect(Object.keys(logsTableOf(text))).toEqual(['shapes', 'rows']);
    const before = await allReviewLogs(current());
    expect(before.map((l) => l.id)).toEqual([3, 10, 20]);
    const target = await databaseWithBank();
    selectDatabase(target);
    expect(await importBackup(text, t1)).toMatchObject({ ok: true });
    expect(await allReviewLogs(target)).toEqual(before);
  });
});

describe('export, then import into another browser', () => {
  const date = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true });
  const text = fc.string({ minLength: 1, maxLength: 12 });
  const count = fc.nat(10_000);
  const exam = fc.constantFrom('cissp' as const, 'cc' as const);
  const blob = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 2 }),
      date,
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
    ),
  })).value;
  const fsrsFields = {
    due: date,
    stability: fc.double({ min: 0, max: 1e5, noNaN: true }),
    difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
    elapsed_days: count,
    scheduled_days: count,
    learning_steps: fc.nat(3),
    reps: count,
    lapses: count,
    state: fc.constantFrom(0, 1, 2, 3),
    last_review: date,
  };
  const requiredFsrs = ['due', 'stability', 'difficulty', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'] as const;
  const questionKey = fc.constantFrom('b1', 'b2', 'mine:own', 'gone-question', 'p:x');
  const unique = <T>(arb: fc.Arbitrary<T>, key: (row: T) => unknown, maxLength = 6) => fc.uniqueArray(arb, { selector: key, maxLength });

  const profile = fc.record({
    ownPack: fc.boolean(),
    coreEnabled: fc.constantFrom(0 as const, 1 as const),
    cards: unique(
      fc.record(
        { questionKey, ...fsrsFields, lastCorrect: fc.boolean(), attempts: count },
        { requiredKeys: ['questionKey', ...requiredFsrs] },
      ),
      (c) => c.questionKey,
    ),
    reviewLogs: unique(
      fc.record({
        id: fc.integer({ min: 1, max: 1_000_000 }),
        questionKey,
        sessionId: text,
        correct: fc.boolean(),
        chosenOption: fc.nat(3),
        confidence: fc.constantFrom('guessed', 'unsure', 'sure'),
        responseMs: fc.nat(600_000),
        rating: fc.constantFrom(1, 2, 3, 4),
        state: fc.constantFrom(0, 1, 2, 3),
        due: date,
        review: date,
        stability: fc.double({ min: 0, max: 1e5, noNaN: true }),
        difficulty: fc.double({ min: 0, max: 10, noNaN: true }),
        elapsed_days: count,
        last_elapsed_days: count,
        scheduled_days: count,
        learning_steps: fc.nat(3),
        cardBefore: fc.option(fc.record(fsrsFields, { requiredKeys: [...requiredFsrs] }), { nil: null }),
      }),
      (l) => l.id,
      12,
    ),
    sessions: unique(
      fc.record(
        {
          id: text,
          kind: fc.constantFrom('practice', 'review', 'exam', 'assignment'),
          status: fc.constantFrom('active', 'finished', 'abandoned'),
          exam,
          startedAt: date,
          updatedAt: date,
          finishedAt: date,
          state: fc.record({
            queue: fc.array(questionKey),
            answers: fc.dictionary(text, fc.record({ at: date, chosen: fc.nat(3) })),
            extra: blob,
          }),
        },
        { requiredKeys: ['id', 'kind', 'status', 'exam', 'startedAt', 'updatedAt', 'state'] },
      ),
      (s) => s.id,
    ),
    studyTime: unique(
      fc.record(
        {
          id: fc.integer({ min: 1, max: 1_000_000 }),
          date,
          minutes: fc.double({ min: 0, max: 600, noNaN: true }),
          domain: fc.nat(8),
          exam,
          source: fc.constantFrom('practice', 'reading', 'other'),
          note: fc.string(),
        },
        { requiredKeys: ['id', 'date', 'minutes', 'domain', 'exam', 'source'] },
      ),
      (s) => s.id,
    ),
    plans: unique(fc.record({ id: text, exam, status: fc.constantFrom('active', 'archived'), createdAt: date, plan: blob }), (p) => p.id),
    settings: unique(fc.record({ key: text, value: blob }), (s) => s.key),
    groups: unique(
      fc.record({ id: text, name: fc.string(), role: fc.constantFrom('lead', 'member'), createdAt: date, data: blob }),
      (g) => g.id,
    ),
    problemReports: unique(
      fc.record({ id: fc.integer({ min: 1, max: 1000 }), questionKey, createdAt: date, kind: text, text: fc.string() }),
      (p) => p.id,
    ),
    meta: unique(fc.record({ key: text.filter((k) => k !== 'bundledBankHash'), value: blob }), (m) => m.key),
    flags: unique(fc.record({ questionKey, flaggedAt: date }), (f) => f.questionKey),
  });

  it('gives back the same file, but for its date (property)', async () => {
    await fc.assert(
      fc.asyncProperty(profile, async ({ ownPack, coreEnabled, ...rows }) => {
        const source = await databaseWithBank();
        await source.packs.update('core', { enabled: coreEnabled });
        if (ownPack) {
          await source.packs.put({
            id: 'mine',
            title: 'Mine',
            license: 'CC0',
            source: 'imported',
            enabled: 1,
            questionCount: 1,
            contentHash: 'm',
            updatedAt: t0,
          });
          await source.questions.put({ ...makeQuestion({ id: 'own' }), key: 'mine:own', packId: 'mine', retired: 1 });
        }
        for (const [name, list] of Object.entries(rows)) {
          if (name === 'reviewLogs') await seedReviewLogs(source, list as ReviewLogRecord[]);
          else if (name === 'cards') await putCards(source, list as CardRecord[]);
          else await source.table(name).bulkPut(list);
        }
        selectDatabase(source);
        const first = await exportBackup(t0);

        const target = await databaseWithBank();
        selectDatabase(target);
        const imported = await importBackup(first.text, t1);
        expect(imported).toMatchObject({ ok: true, counts: first.counts });
        const second = await exportBackup(t1);
        expect(withoutExportedAt(second.text)).toBe(withoutExportedAt(first.text));
        expect(await allReviewLogs(target)).toEqual(await allReviewLogs(source));
        await Promise.all([source.delete(), target.delete()]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('importBackup', () => {
  async function fileFromAnotherBrowser(): Promise<string> {
    const other = await databaseWithBank();
    const here = current();
    selectDatabase(other);
    await addLearner(other);
    const { text } = await exportBackup(t1);
    selectDatabase(here);
    return text;
  }

  it("replaces everything but the bundled bank, keeps this browser's bank hash and takes the file's last backup", async () => {
    const text = await fileFromAnotherBrowser();
    const database = current();
    await database.packs.put({
      id: 'old',
      title: 'Old',
      license: 'CC0',
      source: 'imported',
      enabled: 1,
      questionCount: 1,
      contentHash: 'o',
      updatedAt: t0,
    });
    await database.questions.put({ ...makeQuestion({ id: 'old-q' }), key: 'old:old-q', packId: 'old', retired: 0 });
    await putCard(database, card('old:old-q'));
    await seedReviewLogs(database, [log(50, 'old:old-q')]);
    await database.settings.put({ key: 'theme', value: 'light' });
    await database.meta.bulkPut([
      { key: 'bundledBankHash', value: 'bank-2' },
      { key: 'lastBackupAt', value: t1 },
    ]);

    const result = await importBackup(text, new Date('2026-03-11T18:00:00.000Z'));
    expect(result).toMatchObject({ ok: true, exportedAt: t1, ageDays: 3 });
    expect((await database.questions.toCollection().primaryKeys()).sort()).toEqual(['b1', 'b2', 'mine:own']);
    expect(await database.packs.toArray()).toMatchObject([
      { id: 'core', source: 'bundled', enabled: 0, updatedAt: bankTime },
      { id: 'mine', source: 'authored' },
    ]);
    expect((await allCards(database)).map((c) => c.questionKey)).toEqual(['b1', 'mine:own']);
    expect((await allReviewLogs(database)).map((l) => l.id)).toEqual([3, 10]);
    // The per-day tallies Progress reads are rebuilt from the file's logs: the old log's day is gone.
    expect((await database.answerDays.toArray()).map(tallies)).toEqual(tallyLogs(await allReviewLogs(database)).map(tallies));
    expect(sumByQuestion(await database.answerDays.toArray())).toEqual(
      new Map([
        ['b1', { attempts: 1, correct: 1 }],
        ['mine:own', { attempts: 1, correct: 0 }],
      ]),
    );
    expect(await database.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
    expect(await database.meta.get('bundledBankHash')).toEqual({ key: 'bundledBankHash', value: 'bank-2' });
    expect(await database.meta.get('lastBackupAt')).toEqual({ key: 'lastBackupAt', value: t0 });
    // Sessions refer to logs by id: the ids came across, and a new log never reuses one.
    expect(await addReviewLog({ ...log(1, 'b2'), id: undefined })).toBeGreaterThan(10);
  });

  it('removes own questions whose keys sort before, between and after the bundled ones, and keeps the bundled questions exactly', async () => {
    const text = await fileFromAnotherBrowser();
    const database = current();
    const bundledBefore = await database.questions.where('packId').equals('core').toArray();
    // 'a:x1' < 'b1' < 'b1:x2' < 'b2' < 'old:x3': three separate key ranges to delete.
    await database.questions.bulkPut(
      [
        { packId: 'a', id: 'x1' },
        { packId: 'b1', id: 'x2' },
        { packId: 'old', id: 'x3' },
      ].map(({ packId, id }) => ({ ...makeQuestion({ id }), key: `${packId}:${id}`, packId, retired: 0 as const })),
    );
    expect(await importBackup(text, t1)).toMatchObject({ ok: true });
    expect((await database.questions.toCollection().primaryKeys()).sort()).toEqual(['b1', 'b2', 'mine:own']);
    expect(await database.questions.where('packId').equals('core').toArray()).toEqual(bundledBefore);
  });

  it('imports the backup the preview already checked, without reading the text again, to the same rows', async () => {
    const text = await fileFromAnotherBrowser();
    const database = current();
    const preview = await previewImport(text);
    if (!preview.ok) throw new Error(preview.problems.join('; '));
    expect(await importBackup(preview.backup, t1)).toEqual(await importBackup(text, t1));
    const fromObject = await allReviewLogs(database);
    await importBackup(preview.backup, t1);
    expect(await allReviewLogs(database)).toEqual(fromObject);
  });

  it('brings the study-group tables across, and imports a file from before they existed (emptying them)', async () => {
    const text = await fileFromAnotherBrowser();
    const database = current();
    expect(await importBackup(text, t1)).toMatchObject({ ok: true });
    expect(await database.assignments.toArray()).toEqual([expect.objectContaining({ id: 'a-week-3', assignment: sampleAssignment() })]);
    expect((await database.acceptedAssignments.toArray()).map((a) => a.sessionIds)).toEqual([['s1']]);
    expect((await database.memberResults.toArray())[0]?.generatedAt).toEqual(t0);
    expect((await database.teamCerts.toArray())[0]?.status).toBe('exam-booked');

    // A version-2 database's backup: the same format version, without the four tables.
    const older = text
      .replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, '"schemaVersion": 2')
      .replace(/,\n {4}"assignments": [\s\S]*$/, '\n  }\n}\n');
    expect(JSON.parse(older).tables).not.toHaveProperty('assignments');
    const result = await importBackup(older, t1);
    expect(result).toMatchObject({ ok: true, counts: { assignments: 0, teamCerts: 0, reviewLogs: 2 } });
    for (const table of [database.assignments, database.acceptedAssignments, database.memberResults, database.teamCerts]) {
      expect(await table.count()).toBe(0);
    }
    expect(await countReviewLogs(database)).toBe(2);
  });

  it('refuses a backup whose stored assignment is damaged, at its field, changing nothing', async () => {
    const text = await fileFromAnotherBrowser();
    const before = await dump(current());
    const questionKeys = sampleAssignment().questionKeys;
    const bad = withCell(text, 'assignments', 0, ['assignment', 'questionKeys'], ['D5 IAM', ...questionKeys.slice(1)]);
    const result = await importBackup(bad, t1);
    expect(result).toEqual({
      ok: false,
      problems: ["tables.assignments[0].assignment.questionKeys[0]: must be a question key like 'd1-ethics-001' or 'my-pack:q-012'"],
    });
    expect(await dump(current())).toEqual(before);
  });

  it('refuses a corrupted, truncated, oversized or wrong-version file with a precise message, changing nothing', async () => {
    const text = await fileFromAnotherBrowser();
    await addLearner(current());
    await current().settings.put({ key: 'theme', value: 'light' });
    const before = await dump(current());
    const cases: [string, RegExp][] = [
      [text.slice(0, 400), /^the file is truncated or not JSON: .+ at position 400 \(line \d+, column \d+\)$/],
      [withCell(text, 'reviewLogs', 0, 'review', 'last week'), /^tables\.reviewLogs\[0\]\.review: not a date$/],
      [text.replace('"version": 4', '"version": 5'), /^version 5 is newer than this app understands \(4\)/],
      [
        text.replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, '"schemaVersion": 99'),
        new RegExp(`^schemaVersion 99 is newer than this app's database \\(${CURRENT_SCHEMA_VERSION}\\)`),
      ],
      [text + ' '.repeat(MAX_BACKUP_CHARS), /^the file is 150 MB, more than a backup can be \(150 MB\)/],
    ];
    for (const [bad, message] of cases) {
      const preview = await previewImport(bad);
      const result = await importBackup(bad, t1);
      expect(preview.ok).toBe(false);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]).toMatch(message);
    }
    expect(await dump(current())).toEqual(before);
  });

  it('changes nothing when a write fails part way (the transaction rolls back)', async () => {
    const text = await fileFromAnotherBrowser();
    const before = await dump(current());
    // The last table written refuses its row, after every other table was cleared and refilled.
    current().flags.hook('creating', () => {
      throw new Error('the disk said no');
    });
    const result = await importBackup(text, t1);
    expect(result).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^The import failed and nothing was changed: .*the disk said no/)],
    });
    expect(await dump(current())).toEqual(before);
  });

  it('changes nothing when the last of the writes issued together fails (the tallies of the logs)', async () => {
    const text = await fileFromAnotherBrowser();
    const before = await dump(current());
    current().answerDays.hook('creating', () => {
      throw new Error('the disk said no');
    });
    const result = await importBackup(text, t1);
    expect(result.ok).toBe(false);
    expect(await dump(current())).toEqual(before);
  });

  it('says plainly when the browser is out of storage space, and changes nothing', async () => {
    const text = await fileFromAnotherBrowser();
    const before = await dump(current());
    current().sessions.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await importBackup(text, t1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^Your browser is out of storage space for this site: free space/);
    expect(await dump(current())).toEqual(before);
  });
});

describe('runsOutside', () => {
  it('gives the first and last key of each run not kept, and nothing for keys all kept or none at all', () => {
    const kept = new Set(['b', 'd']);
    expect(runsOutside(['a', 'b', 'c1', 'c2', 'd', 'e'], kept)).toEqual([
      ['a', 'a'],
      ['c1', 'c2'],
      ['e', 'e'],
    ]);
    expect(runsOutside(['b', 'd'], kept)).toEqual([]);
    expect(runsOutside([], kept)).toEqual([]);
    expect(runsOutside(['x', 'y'], new Set())).toEqual([['x', 'y']]);
  });
});

describe('previewImport', () => {
  it("counts the file's rows against what this browser would lose", async () => {
    const other = await databaseWithBank();
    selectDatabase(other);
    await addLearner(other);
    const { text } = await exportBackup(t1);
    selectDatabase(opened[0]!);
    await seedReviewLogs(opened[0]!, [log(1, 'b1'), log(2, 'b1'), log(3, 'b2')]);
    const preview = await previewImport(text);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.exportedAt).toEqual(t1);
    expect(preview.counts.reviewLogs).toEqual({ inFile: 2, inBrowser: 3 });
    expect(preview.counts.questions).toEqual({ inFile: 1, inBrowser: 0 });
    expect(preview.counts.packs).toEqual({ inFile: 1, inBrowser: 0 });
    expect(preview.counts.meta).toEqual({ inFile: 1, inBrowser: 0 });
    expect(Object.keys(preview.counts)).toEqual(BACKUP_TABLES);
  });

  it('passes on the problems of a bad file', async () => {
    const empty = Object.fromEntries(BACKUP_TABLES.map((name) => [name, []])) as unknown as Record<BackupTableName, unknown[]>;
    const text = serializeBackup({
      exportedAt: t0,
      schemaVersion: 2,
      tables: { ...empty, flags: [{ questionKey: 'q', flaggedAt: 'soon' }] },
    });
    expect(await previewImport(text)).toEqual({ ok: false, problems: ['tables.flags[0].flaggedAt: not a date'] });
  });
});

describe('reviewHistoryCsv', () => {
  it('writes RFC 4180 CSV with CRLF, and neutralises cells that would start a formula', async () => {
    await seedReviewLogs(current(), [
      log(1, 'b1', { sessionId: '=HYPERLINK("http://x")', confidence: 'sure', rating: 4, responseMs: 4200.4 }),
      log(2, 'p:-1,2', { correct: false, chosenOption: 3, rating: 1, sessionId: '@s', review: t1 }),
    ]);
    expect(await reviewHistoryCsv()).toBe(
      'Date,Question,Correct,Chosen option,Rating,Confidence,Response ms,Session\r\n' +
        `${t0.toISOString()},b1,yes,A,Easy,sure,4200,"'=HYPERLINK(""http://x"")"\r\n` +
        `${t1.toISOString()},"p:-1,2",no,D,Again,unsure,8123,'@s\r\n`,
    );
  });

  it('is just the header when nothing was answered', async () => {
    expect(await reviewHistoryCsv()).toBe('Date,Question,Correct,Chosen option,Rating,Confidence,Response ms,Session\r\n');
  });
});

describe('backup reminder', () => {
  const days = 86_400_000;
  it('is due after the set number of days, or never backed up with history to lose; never when off', () => {
    expect(isBackupDue({ lastBackupAt: null, reminderDays: 7, hasHistory: false }, t1)).toBe(false);
    expect(isBackupDue({ lastBackupAt: null, reminderDays: 7, hasHistory: true }, t1)).toBe(true);
    expect(isBackupDue({ lastBackupAt: new Date(t1.getTime() - 7 * days + 1), reminderDays: 7, hasHistory: true }, t1)).toBe(false);
    expect(isBackupDue({ lastBackupAt: new Date(t1.getTime() - 7 * days), reminderDays: 7, hasHistory: true }, t1)).toBe(true);
    expect(isBackupDue({ lastBackupAt: new Date(0), reminderDays: 0, hasHistory: true }, t1)).toBe(false);
  });

  it('stores the last backup and the reminder setting, refusing impossible days', async () => {
    expect(await loadBackupStatusInputs()).toEqual({ lastBackupAt: null, reminderDays: 7, hasHistory: false });
    await recordBackupDone(t0);
    await saveBackupReminderDays(14);
    await seedReviewLogs(current(), [log(1, 'b1')]);
    expect(await loadBackupStatusInputs()).toEqual({ lastBackupAt: t0, reminderDays: 14, hasHistory: true });
    await expect(saveBackupReminderDays(-1)).rejects.toThrow(/whole number of days from 0 to 365/);
    await expect(saveBackupReminderDays(2.5)).rejects.toThrow(RangeError);
    await current().settings.put({ key: BACKUP_REMINDER_KEY, value: 'weekly' });
    expect((await loadBackupStatusInputs()).reminderDays).toBe(7);
  });

  it('is live in useBackupStatus', async () => {
    const { result } = renderHook(() => useBackupStatus(t1));
    await waitFor(() => expect(result.current).toEqual({ lastBackupAt: null, reminderDays: 7, due: false }));
    await seedReviewLogs(current(), [log(1, 'b1')]);
    await waitFor(() => expect(result.current?.due).toBe(true));
    await recordBackupDone(t0);
    await waitFor(() => expect(result.current).toEqual({ lastBackupAt: t0, reminderDays: 7, due: true }));
    await recordBackupDone(t1);
    await waitFor(() => expect(result.current?.due).toBe(false));
  });
});
