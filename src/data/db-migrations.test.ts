/**
 * Migration safety: for every schema version before the current one, build a database exactly as
 * that version defined it, fill it with data, open it with the current code, and check that every
 * row is still there with its meaning. Each version adds its own fixture here.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { calendarDayOf } from '../domain/calendar-day';
import { tallies } from '../domain/progress/answer-days';
import {
  BastionDb,
  CURRENT_SCHEMA_VERSION,
  setDatabase,
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV7,
  schemaV8,
  schemaV9,
  schemaV11,
} from './db';
import { chunkRecord, type StoredReviewLog } from './review-log-chunks';
import { readUnretiredQuestions } from './pool-snapshot';
import { reviewedOnce } from '../../tests/fixtures/fsrs-card';
import { addReviewLog, allReviewLogs, countReviewLogs } from './review-log-store';
import { allCards, bucketOf, CARD_BUCKETS, getCard, putCard } from './card-store';

async function buildVersion1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(schemaV1);
  await old.open();
  await fillVersion1Tables(old);
  old.close();
}

/** Rows in every table version 1 defined (version 2 kept them all). */
async function fillVersion1Tables(old: Dexie): Promise<void> {
  await old
    .table('questions')
    .put({ key: 'q-001', packId: 'core', id: 'q-001', exams: ['cissp'], domain: 1, objective: '1.9', retired: 0, tags: [] });
  await old
    .table('cards')
    .put({ questionKey: 'q-001', due: new Date('2026-03-01T00:00:00Z'), stability: 4.2, difficulty: 5.1, state: 2, reps: 3, lapses: 1 });
  await old.table('reviewLogs').bulkAdd([
    { questionKey: 'q-001', review: new Date('2026-02-01T00:00:00Z'), rating: 3, sessionId: 's1' },
    { questionKey: 'q-001', review: new Date('2026-02-05T00:00:00Z'), rating: 1, sessionId: 's2' },
  ]);
  await old
    .table('sessions')
    .put({ id: 's2', kind: 'practice', status: 'active', startedAt: new Date('2026-02-05T00:00:00Z'), state: { position: 4 } });
  await old.table('studyTime').add({ date: new Date('2026-02-05T00:00:00Z'), minutes: 35, domain: 1, source: 'reading' });
  await old.table('plans').put({ id: 'p1', status: 'active', createdAt: new Date('2026-01-01T00:00:00Z'), plan: { weeks: 20 } });
  await old.table('settings').put({ key: 'theme', value: 'dark' });
  await old.table('groups').put({ id: 'g1', role: 'lead', name: 'ML platform', data: { members: ['Ana', 'Ben'] } });
  await old
    .table('problemReports')
    .add({ questionKey: 'q-001', createdAt: new Date('2026-02-05T00:00:00Z'), kind: 'wrong-key', text: 'B is also right' });
  await old.table('meta').put({ key: 'bundledBankHash', value: 'abc' });
}

async function buildVersion2(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(schemaV1);
  old.version(2).stores(schemaV2);
  await old.open();
  await fillVersion1Tables(old);
  await old.table('flags').bulkPut([
    { questionKey: 'q-001', flaggedAt: new Date('2026-02-06T00:00:00Z') },
    { questionKey: 'q-002', flaggedAt: new Date('2026-02-07T00:00:00Z') },
  ]);
  await old.table('packs').put({
    id: 'core',
    title: 'Core',
    license: 'CC BY-SA 4.0',
    source: 'bundled',
    enabled: 1,
    questionCount: 1,
    contentHash: 'abc',
    updatedAt: new Date('2026-01-01T00:00:00Z'),
  });
  await old.table('groups').put({ id: 'g2', role: 'member', name: 'Night class', createdAt: new Date('2026-02-01T00:00:00Z'), data: {} });
  old.close();
}

async function buildVersion3(name: string): Promise<void> {
  await buildVersion2(name);
  const old = new Dexie(name);
  old.version(2).stores(schemaV2);
  old.version(3).stores(schemaV3);
  await old.open();
  await old.table('questions').put({
    key: 'my-pack:q-7',
    packId: 'my-pack',
    id: 'q-7',
    exams: ['cissp', 'cc'],
    domain: 3,
    objective: '3.6',
    ccDomain: 5,
    ccObjective: '5.1',
    difficulty: 2,
    retired: 0,
    tags: ['cryptography', 'model-theft'],
  });
  await old
    .table('assignments')
    .put({ id: 'a1', groupId: 'g1', dueDate: '2026-03-15', createdAt: new Date('2026-03-01T00:00:00Z'), assignment: {} });
  await old.table('acceptedAssignments').put({
    id: 'a9',
    groupId: 'g9',
    dueDate: '2026-03-20',
    acceptedAt: new Date('2026-03-02T00:00:00Z'),
    assignment: {},
    sessionIds: ['s2'],
  });
  await old.table('memberResults').put({ id: 'g1|ana|a1', groupId: 'g1', assignmentId: 'a1', memberKey: 'ana', member: 'Ana' });
  await old.table('teamCerts').put({ id: 't1', groupId: 'g1', member: 'Ana', status: 'studying' });
  old.close();
}

/** Version 3's rows plus review logs as version 4 wrote them (with `correct`), over two local days. */
async function buildVersion4(name: string): Promise<void> {
  await buildVersion3(name);
  const old = new Dexie(name);
  old.version(3).stores(schemaV3);
  old.version(4).stores(schemaV4);
  await old.open();
  const log = { sessionId: 's3', rating: 3, chosenOption: 0, confidence: 'unsure', responseMs: 9000, cardBefore: null };
  await old.table('reviewLogs').bulkAdd([
    { ...log, questionKey: 'q-001', review: new Date(2026, 2, 10, 9), correct: true },
    { ...log, questionKey: 'q-001', review: new Date(2026, 2, 10, 21), correct: false, rating: 1 },
    { ...log, questionKey: 'my-pack:q-7', review: new Date(2026, 2, 10, 22), correct: true },
    { ...log, questionKey: 'q-001', review: new Date(2026, 2, 11, 0, 5), correct: true },
  ]);
  old.close();
}

/** Version 4's rows plus one log far enough on to start a third chunk, as version 5 stored it. */
async function buildVersion5(name: string): Promise<void> {
  await buildVersion4(name);
  const old = new Dexie(name);
  old.version(4).stores(schemaV4);
  old.version(5).stores(schemaV5);
  await old.open();
  await old.table('reviewLogs').put({
    id: 300,
    sessionId: 's-late',
    questionKey: 'q-001',
    review: new Date(2026, 3, 2, 9),
    correct: true,
    rating: 3,
    chosenOption: 1,
    confidence: 'sure',
    responseMs: 4000,
    cardBefore: null,
  });
  await old.table('answerDays').put({ day: '2026-04-02', keys: ['q-001'], counts: Uint32Array.from([1, 1]) });
  old.close();
}

/**
 * Every row of every table, for comparing before and after an upgrade. Since version 6 the app keeps
 * the review logs in chunks, and since version 10 the cards in buckets: its 'reviewLogs' and 'cards'
 * are read through their stores.
 */
async function dumpTables(database: Dexie, names: readonly string[]): Promise<Record<string, unknown[]>> {
  const rows = (name: string) => {
    if (database instanceof BastionDb && name === 'reviewLogs') return allReviewLogs(database);
    if (database instanceof BastionDb && name === 'cards') return allCards(database);
    return database.table(name).toArray();
  };
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await rows(n)] as const)));
}

/** Every row of a database as version `version` sees it, before the current code upgrades it; every table has rows. */
async function dumpVersion(name: string, version: number, schema: Record<string, string>): Promise<Record<string, unknown[]>> {
  const reference = new Dexie(name);
  reference.version(version).stores(schema);
  await reference.open();
  const before = await dumpTables(reference, Object.keys(schema));
  reference.close();
  expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
  return before;
}

/** The object stores and indexes IndexedDB really holds (not what Dexie was told). */
function installedSchema(database: Dexie): Record<string, unknown> {
  const idb = database.backendDB();
  const names = [...idb.objectStoreNames];
  if (names.length === 0) return {};
  const tx = idb.transaction(names, 'readonly');
  return Object.fromEntries(
    names.map((name) => {
      const store = tx.objectStore(name);
      const indexes = [...store.indexNames].map((n) => {
        const index = store.index(n);
        return { name: n, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      });
      return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
}

/** What a database created by the current code holds: every upgraded one must end up the same. */
async function freshSchema(): Promise<Record<string, unknown>> {
  const fresh = new BastionDb(`migration-fresh-${Math.random()}`);
  await fresh.open();
  const schema = installedSchema(fresh);
  await fresh.delete();
  return schema;
}

describe('schema migrations', () => {
  it('is at the version this test covers', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(12);
  });

  it('opens a populated version-1 database with the current code and loses nothing', async () => {
    await buildVersion1('migration-v1');
    const current = new BastionDb('migration-v1');
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(installedSchema(current)).toEqual(await freshSchema());
    expect((await getCard(current, 'q-001'))?.stability).toBe(4.2);
    expect((await allReviewLogs(current)).filter((l) => l.questionKey === 'q-001')).toHaveLength(2);
    expect((await current.sessions.get('s2'))?.state).toEqual({ position: 4 });
    expect((await current.studyTime.toArray())[0]?.minutes).toBe(35);
    expect((await current.plans.get('p1'))?.plan).toEqual({ weeks: 20 });
    expect((await current.settings.get('theme'))?.value).toBe('dark');
    expect((await current.groups.get('g1'))?.data).toEqual({ members: ['Ana', 'Ben'] });
    expect(await current.problemReports.count()).toBe(1);
    expect((await current.meta.get('bundledBankHash'))?.value).toBe('abc');
    expect(await current.flags.count()).toBe(0);
    await current.flags.put({ questionKey: 'q-001', flaggedAt: new Date('2026-02-06T00:00:00Z') });
    expect(await current.flags.count()).toBe(1);
    await current.delete();
  });

  it('opens a populated version-2 database with the current code: every row of every table survives', async () => {
    await buildVersion2('migration-v2');
    const before = await dumpVersion('migration-v2', 2, schemaV2);

    const current = new BastionDb('migration-v2');
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(installedSchema(current)).toEqual(await freshSchema());
    expect(await dumpTables(current, Object.keys(schemaV2))).toEqual(before);
    // The new tables start empty, with their indexes working.
    for (const table of [current.assignments, current.acceptedAssignments, current.memberResults, current.teamCerts]) {
      expect(await table.count()).toBe(0);
    }
    await current.memberResults.put({
      id: 'g1|ana|a1',
      groupId: 'g1',
      assignmentId: 'a1',
      member: 'Ana',
      memberKey: 'ana',
      reportId: 'r-0001',
      generatedAt: new Date('2026-03-01T00:00:00Z'),
      importedAt: new Date('2026-03-02T00:00:00Z'),
      result: {} as never,
    });
    expect(await current.memberResults.where('groupId').equals('g1').count()).toBe(1);
    expect(await current.teamCerts.where('groupId').equals('g1').count()).toBe(0);
    await current.delete();
  });

  it('opens a populated version-3 database with the current code: every row survives, the kept question indexes work', async () => {
    await buildVersion3('migration-v3');
    const before = await dumpVersion('migration-v3', 3, schemaV3);

    const current = new BastionDb('migration-v3');
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(installedSchema(current)).toEqual(await freshSchema());
    expect(await dumpTables(current, Object.keys(schemaV4))).toEqual(before);
    // The indexes the app queries are still there; the dropped ones are gone.
    expect(await current.questions.where('packId').equals('my-pack').primaryKeys()).toEqual(['my-pack:q-7']);
    expect(await current.questions.where('exams').equals('cc').primaryKeys()).toEqual(['my-pack:q-7']);
    expect(await current.questions.where('retired').equals(0).count()).toBe(2);
    expect(current.questions.schema.indexes.map((i) => i.name).sort()).toEqual(['exams', 'packId', 'retired']);
    await current.delete();
  });

  it('opens a populated version-4 database: every row survives, every log is tallied by day', async () => {
    await buildVersion4('migration-v4');
    const before = await dumpVersion('migration-v4', 4, schemaV4);

    const current = new BastionDb('migration-v4');
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(installedSchema(current)).toEqual(await freshSchema());
    expect(await dumpTables(current, Object.keys(schemaV4))).toEqual(before);
    // Two version-1 logs (no `correct`: counted as answers, not as right ones) and four version-4 ones.
    expect((await current.answerDays.toArray()).map((d) => [d.day, tallies(d)])).toEqual([
      [calendarDayOf(new Date('2026-02-01T00:00:00Z')), new Map([['q-001', [1, 0]]])],
      [calendarDayOf(new Date('2026-02-05T00:00:00Z')), new Map([['q-001', [1, 0]]])],
      [
        '2026-03-10',
        new Map([
          ['q-001', [2, 1]],
          ['my-pack:q-7', [1, 1]],
        ]),
      ],
      ['2026-03-11', new Map([['q-001', [1, 1]]])],
    ]);
    expect(Object.keys(schemaV5)).toContain('answerDays');
    await current.delete();
  });

  it('opens a populated version-5 database: every log moves into chunks, ids and fields unchanged, and the old table is gone', async () => {
    await buildVersion5('migration-v5');
    const before = await dumpVersion('migration-v5', 5, schemaV5);

    const current = new BastionDb('migration-v5');
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(installedSchema(current)).toEqual(await freshSchema());
    expect(await dumpTables(current, Object.keys(schemaV5))).toEqual(before);
    expect(current.tables.map((t) => t.name)).not.toContain('reviewLogs');
    // Ids 1–6 and 300: chunks 0 and 1 of 256 logs each, indexed by session and latest review.
    expect(await current.logChunks.toCollection().primaryKeys()).toEqual([0, 1]);
    expect((await current.logChunks.get(0))?.sessionIds).toEqual(['s1', 's2', 's3']);
    expect(await current.logChunks.where('sessionIds').equals('s-late').primaryKeys()).toEqual([1]);
    expect(
      await current.logChunks
        .where('latestReview')
        .above(new Date(2026, 3, 1))
        .primaryKeys(),
    ).toEqual([1]);
    await current.delete();
  });

  it('opens a populated version-7 database: every log is packed into columns where it can be, and reads back the same', async () => {
    const old = new Dexie('migration-v7');
    old.version(7).stores(schemaV7);
    await old.open();
    const review = (day: number) => new Date(Date.UTC(2026, 2, day, 9));
    const appLog = (id: number, cardBefore: object | null) => ({
      rating: 3,
      state: 2,
      due: review(id + 3),
      stability: 4.1,
      difficulty: 5.3,
      elapsed_days: 2,
      last_elapsed_days: 1,
      scheduled_days: 3,
      learning_steps: 0,
      review: review(id),
      questionKey: `q-${id}`,
      sessionId: 's1',
      correct: id % 2 === 0,
      chosenOption: 1,
      confidence: 'unsure',
      responseMs: 9000,
      cardBefore,
      id,
    });
    const card = { ...reviewedOnce(review(1), review(1)), attempts: 2, correctCount: 1, lastCorrect: true };
    const objectChunk = (chunk: number, logs: (ReturnType<typeof appLog> & { note?: string })[]) => ({
      chunk,
      logs,
      sessionIds: ['s1'],
      latestReview: logs.at(-1)!.review,
      size: logs.length,
    });
    // Chunk 0 as the app wrote it; chunk 4 (ids 256–319 in chunks of 64) holds a log with a field
    // the app never writes. Version 12 puts them in chunks 0 and 1 of 256.
    await old
      .table('logChunks')
      .bulkPut([
        objectChunk(0, [appLog(1, null), appLog(2, card), appLog(3, { ...card, last_review: undefined })]),
        objectChunk(4, [appLog(300, card), { ...appLog(301, null), note: 'kept as it is' }]),
      ]);
    await old.table('cards').put({ questionKey: 'q-1', ...card });
    const before = await dumpTables(old, ['logChunks', 'cards']);
    old.close();

    const current = new BastionDb('migration-v7');
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(installedSchema(current)).toEqual(await freshSchema());
    const logsBefore = (before.logChunks as { logs: unknown[] }[]).flatMap((c) => c.logs);
    expect(await allReviewLogs(current)).toStrictEqual(logsBefore);
    const [packed, kept] = await current.logChunks.toArray();
    expect(packed!.packed).toBeDefined();
    expect(packed!.logs).toBeUndefined();
    expect(kept!.logs).toEqual(logsBefore.slice(3));
    expect(await current.logChunks.where('latestReview').above(review(10)).primaryKeys()).toEqual([1]);
    expect(await current.logChunks.toCollection().primaryKeys()).toEqual([0, 1]);
    expect(await allCards(current)).toEqual(before.cards);
    await current.delete();
  });

  it('opens a populated version-8 database: the questions stay, and the pool is read from them until a snapshot is kept', async () => {
    const old = new Dexie('migration-v8');
    old.version(8).stores(schemaV8);
    await old.open();
    await old
      .table('questions')
      .put({ key: 'q-001', packId: 'core', id: 'q-001', exams: ['cissp'], domain: 1, objective: '1.9', retired: 0, tags: [] });
    await old.table('packs').put({ id: 'core', title: 'Core', license: 'CC BY-SA 4.0', source: 'bundled', enabled: 1, questionCount: 1 });
    await old
      .table('cards')
      .put({ questionKey: 'q-001', ...reviewedOnce(new Date('2026-03-01T09:00:00Z'), new Date('2026-03-01T09:00:00Z')) });
    await old
      .table('sessions')
      .put({ id: 's1', kind: 'practice', status: 'active', startedAt: new Date('2026-03-01T09:00:00Z'), state: { position: 2 } });
    await old
      .table('questions')
      .put({ key: 'q-002', packId: 'core', id: 'q-002', exams: ['cc'], ccDomain: 2, ccObjective: '2.1', retired: 1, tags: [] });
    const before = await dumpTables(old, ['questions', 'packs', 'cards', 'sessions']);
    old.close();

    const current = new BastionDb('migration-v8');
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(installedSchema(current)).toEqual(await freshSchema());
    expect(await dumpTables(current, ['questions', 'packs', 'cards', 'sessions'])).toEqual(before);
    const read = await readUnretiredQuestions(current);
    expect(read).toEqual({
      questions: (before.questions as { retired: number }[]).filter((q) => q.retired === 0),
      fromSnapshot: false,
      generation: 0,
    });
    await current.delete();
  });

  it('opens a populated version-9 database: every card moves into its bucket unchanged, and the old table is gone', async () => {
    const old = new Dexie('migration-v9');
    old.version(9).stores(schemaV9);
    await old.open();
    // Enough cards that buckets hold several, with the optional aggregates present and absent.
    const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9));
    const cards = Array.from({ length: 600 }, (_, i) => ({
      questionKey: `q-${String(i).padStart(3, '0')}`,
      ...reviewedOnce(at(1 + (i % 20)), at(1 + (i % 20))),
      ...(i % 3 === 0 ? {} : { attempts: i % 7, correctCount: i % 5, lastCorrect: i % 2 === 0 }),
    }));
    await old.table('cards').bulkPut(cards);
    const before = await dumpTables(old, ['cards']);
    old.close();

    const current = new BastionDb('migration-v9');
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(installedSchema(current)).toEqual(await freshSchema());
    expect(current.tables.map((t) => t.name)).not.toContain('cards');
    expect(await allCards(current)).toStrictEqual(before.cards);
    const buckets = await current.cardBuckets.toArray();
    expect(buckets.length).toBeLessThanOrEqual(CARD_BUCKETS);
    expect(buckets.length).toBeGreaterThan(CARD_BUCKETS / 2);
    expect(buckets.every((b) => b.cards.every((c) => bucketOf(c.questionKey) === b.bucket))).toBe(true);
    expect(await getCard(current, 'q-123')).toStrictEqual(cards[123]);
    // A write to one card leaves every other card of its bucket as it was.
    await putCard(current, { ...cards[123]!, reps: 9 });
    expect(await allCards(current)).toStrictEqual(cards.map((c, i) => (i === 123 ? { ...c, reps: 9 } : c)));
    await current.delete();
  });
  it('opens a populated version-11 database: logs in chunks of 64 are joined into chunks of 256, every log exactly as it was', async () => {
    const old = new Dexie('migration-v11');
    old.version(11).stores(schemaV11);
    await old.open();
    const review = (i: number) => new Date(Date.UTC(2026, 0, 1, 9) + i * 3_600_000);
    const card = { ...reviewedOnce(review(0), review(0)), attempts: 2, correctCount: 1, lastCorrect: false };
    const logs: StoredReviewLog[] = Array.from({ length: 400 }, (_, i) => ({
      rating: 1 + (i % 4),
      state: i % 4,
      due: review(i + 30),
      stability: 0.1 + i / 7,
      difficulty: 1 + (i % 9) + 1 / 3,
      elapsed_days: i % 5,
      last_elapsed_days: i % 3,
      scheduled_days: i % 11,
      learning_steps: i % 2,
      review: review(i),
      questionKey: `q-${i % 37}`,
      sessionId: `s${Math.floor(i / 50)}`,
      correct: i % 3 !== 0,
      chosenOption: i % 4,
      confidence: (['guessed', 'unsure', 'sure'] as const)[i % 3]!,
      responseMs: 1000 + i,
      cardBefore: i % 5 === 0 ? null : { ...card, reps: i % 6 },
      id: i + 1,
    }));
    // As version 11 stored them: chunk floor(id / 64), packed; one chunk (ids 320–383) also holds a
    // log with a field the app never writes, so it keeps its logs as objects.
    const odd = { ...logs[329]!, note: 'kept as it is' } as StoredReviewLog;
    const stored = logs.map((log, i) => (i === 329 ? odd : log));
    const records = Array.from({ length: 7 }, (_, chunk) =>
      chunkRecord(
        chunk,
        stored.filter((log) => Math.floor(log.id / 64) === chunk),
      ),
    );
    expect(records.map((r) => [r.chunk, r.packed !== undefined])).toEqual([
      [0, true],
      [1, true],
      [2, true],
      [3, true],
      [4, true],
      [5, false],
      [6, true],
    ]);
    await old.table('logChunks').bulkPut(records);
    old.close();

    const current = new BastionDb('migration-v11');
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(installedSchema(current)).toEqual(await freshSchema());
    expect(await allReviewLogs(current)).toStrictEqual(stored);
    const [first, second] = await current.logChunks.toArray();
    expect([first!.chunk, first!.size, first!.packed !== undefined]).toEqual([0, 255, true]);
    expect([second!.chunk, second!.size, second!.packed !== undefined]).toEqual([1, 145, false]);
    expect(first!.sessionIds).toEqual(['s0', 's1', 's2', 's3', 's4', 's5']);
    expect(first!.latestReview).toEqual(review(254));
    expect(second!.latestReview).toEqual(review(399));
    expect(await current.logChunks.where('sessionIds').equals('s5').primaryKeys()).toEqual([0, 1]);
    expect(await countReviewLogs(current)).toBe(400);
    // The next answer takes the next id, in the last chunk.
    setDatabase(current);
    const { id: _id, ...answer } = logs[0]!;
    expect(await current.transaction('rw', current.logChunks, () => addReviewLog(answer))).toBe(401);
    expect(await allReviewLogs(current)).toStrictEqual([...stored, { ...answer, id: 401 }]);
    await current.delete();
  });
});
