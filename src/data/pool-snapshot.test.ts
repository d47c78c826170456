import { afterEach, describe, expect, it } from 'vitest';
import { BastionDb, setDatabase, type QuestionRecord } from './db';
import { loadActivePool, snapshotWritten } from './pool-cache';
import { keepSnapshot, readUnretiredQuestions } from './pool-snapshot';
import { seededRng } from '../domain/study/random';

const question = (key: string, retired: 0 | 1 = 0, packId = 'core', domain = 1): QuestionRecord =>
  ({
    key,
    id: key,
    packId,
    retired,
    exams: ['cissp'],
    domain,
    objective: `${domain}.1`,
    tags: ['t'],
    difficulty: 2,
  }) as unknown as QuestionRecord;

const direct = async (database: BastionDb) => database.questions.where('retired').equals(0).toArray();

let database: BastionDb;
afterEach(async () => {
  await database?.delete();
});

async function withSnapshot(name: string, questions: QuestionRecord[]): Promise<BastionDb> {
  database = new BastionDb(name);
  await database.questions.bulkPut(questions);
  const read = await readUnretiredQuestions<QuestionRecord>(database);
  expect(read.fromSnapshot).toBe(false);
  expect(await keepSnapshot(database, read)).toBe(true);
  const again = await readUnretiredQuestions<QuestionRecord>(database);
  expect(again.fromSnapshot).toBe(true);
  expect(again.questions).toEqual(await direct(database));
  return database;
}

describe('the question pool snapshot', () => {
  it('is read in place of the questions once kept, holding exactly the questions not retired, by key', async () => {
    await withSnapshot('snapshot-basic', [question('b'), question('a'), question('c', 1)]);
    expect((await readUnretiredQuestions<QuestionRecord>(database)).questions.map((q) => q.key)).toEqual(['a', 'b']);
  });

  // Every way the app (or a test) writes questions: implicit one-table transactions, explicit ones
  // that do not name the snapshot, modify, update, delete, clear.
  const writes: [string, (d: BastionDb, i: number) => Promise<unknown>][] = [
    ['put (its own transaction)', (d, i) => d.questions.put(question(`n${i}`))],
    ['bulkPut of an edit', (d, i) => d.questions.bulkPut([question('a', 0, 'core', 1 + (i % 8))])],
    ['update: retire', (d) => d.questions.update('a', { retired: 1 })],
    ['update: bring back', (d) => d.questions.update('c', { retired: 0 })],
    [
      'modify in a transaction naming only questions and packs',
      (d) => d.transaction('rw', [d.questions, d.packs], () => d.questions.where('packId').equals('core').modify({ domain: 3 })),
    ],
    ['delete', (d) => d.questions.delete('b')],
    ['clear', (d) => d.questions.clear()],
  ];

  it.each(writes)('is dropped by a write to the questions — %s — in the same transaction', async (_, write) => {
    await withSnapshot(`snapshot-${_}`, [question('a'), question('b'), question('c', 1)]);
    await write(database, 1);
    const read = await readUnretiredQuestions<QuestionRecord>(database);
    expect(read.fromSnapshot).toBe(false);
    expect(read.questions).toEqual(await direct(database));
  });

  it('always reads what the questions store holds, over random sequences of writes and snapshots (property)', async () => {
    database = new BastionDb('snapshot-property');
    await database.questions.bulkPut([question('a'), question('b'), question('c', 1)]);
    const rng = seededRng(20261122);
    for (let step = 0; step < 120; step++) {
      const [, write] = writes[Math.floor(rng() * writes.length)]!;
      if (rng() < 0.5) await write(database, step);
      if (rng() < 0.3) await database.questions.put(question(`x${Math.floor(rng() * 5)}`, rng() < 0.3 ? 1 : 0));
      const read = await readUnretiredQuestions<QuestionRecord>(database);
      expect(read.questions).toEqual(await direct(database));
      if (!read.fromSnapshot && rng() < 0.7) await keepSnapshot(database, read);
    }
  });

  it('is not kept when the questions changed after they were read: the change is never hidden', async () => {
    database = new BastionDb('snapshot-race');
    await database.questions.bulkPut([question('a'), question('b')]);
    const read = await readUnretiredQuestions<QuestionRecord>(database);
    await database.questions.update('a', { retired: 1 });
    expect(await keepSnapshot(database, read)).toBe(false);
    const next = await readUnretiredQuestions<QuestionRecord>(database);
    expect([next.fromSnapshot, next.questions.map((q) => q.key)]).toEqual([false, ['b']]);
  });

  it('survives a write that fails: the transaction, snapshot drop included, is rolled back', async () => {
    await withSnapshot('snapshot-abort', [question('a'), question('b')]);
    await expect(
      database.transaction('rw', database.questions, async () => {
        await database.questions.put(question('z'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const read = await readUnretiredQuestions<QuestionRecord>(database);
    expect([read.fromSnapshot, read.questions.map((q) => q.key)]).toEqual([true, ['a', 'b']]);
  });

  it('serves the app’s pool on the next start, still leaving out switched-off packs', async () => {
    database = new BastionDb('snapshot-pool');
    await database.packs.bulkPut([
      { id: 'core', title: 'Core', license: 'x', source: 'bundled', enabled: 1, questionCount: 2, contentHash: 'h', updatedAt: new Date() },
      { id: 'off', title: 'Off', license: 'x', source: 'imported', enabled: 0, questionCount: 1, contentHash: 'h', updatedAt: new Date() },
    ]);
    await database.questions.bulkPut([question('a'), question('b'), question('off:q', 0, 'off'), question('c', 1)]);
    setDatabase(database);
    expect((await loadActivePool()).map((q) => q.key)).toEqual(['a', 'b']);
    await snapshotWritten();
    // A new start: a new connection, nothing in memory.
    database.close();
    database = new BastionDb('snapshot-pool');
    setDatabase(database);
    expect((await readUnretiredQuestions(database)).fromSnapshot).toBe(true);
    expect((await loadActivePool()).map((q) => q.key)).toEqual(['a', 'b']);
    await database.packs.update('off', { enabled: 1 });
    expect((await loadActivePool()).map((q) => q.key)).toEqual(['a', 'b', 'off:q']);
  });
});
