import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../tests/fixtures/questions';
import { BastionDb, useDatabase } from './db';
import { loadActivePool, loadPoolIndex } from './study-hooks';

let database: BastionDb;

beforeEach(async () => {
  database = new BastionDb('study-hooks-test');
  useDatabase(database);
  await database.packs.bulkPut([
    { id: 'on', title: 'On', license: 'x', source: 'bundled', enabled: 1, questionCount: 4, contentHash: 'h', updatedAt: new Date() },
    { id: 'off', title: 'Off', license: 'x', source: 'imported', enabled: 0, questionCount: 1, contentHash: 'h', updatedAt: new Date() },
  ]);
  const row = (q: ReturnType<typeof makeQuestion>, packId: string, retired: 0 | 1 = 0) => ({ ...q, key: q.id, packId, retired });
  await database.questions.bulkPut([
    row(makeQuestion({ id: 'c-1', domain: 3, objective: '3.6' }), 'on'),
    row(makeQuestion({ id: 'both-1', exams: ['cissp', 'cc'], domain: 7, objective: '7.6', ccDomain: 2, ccObjective: '2.3' }), 'on'),
    row(makeQuestion({ id: 'cc-1', exams: ['cc'], domain: undefined, objective: undefined, ccDomain: 4, ccObjective: '4.2' }), 'on'),
    row(makeQuestion({ id: 'gone-1', domain: 1 }), 'on', 1),
    row(makeQuestion({ id: 'off-1', domain: 2, objective: '2.1' }), 'off'),
  ]);
});
afterEach(async () => {
  await database.delete();
});

describe('loadPoolIndex', () => {
  it('matches the full active pool for each exam, from indexes only', async () => {
    const full = await loadActivePool();
    for (const exam of ['cissp', 'cc'] as const) {
      const expected = full
        .filter((q) => q.exams.includes(exam))
        .map((q) => [q.key, exam === 'cissp' ? q.domain : q.ccDomain])
        .sort();
      const rows = (await loadPoolIndex(exam)).map((r) => [r.key, exam === 'cissp' ? r.domain : r.ccDomain]).sort();
      expect(rows).toEqual(expected);
    }
    expect((await loadPoolIndex('cissp')).map((r) => r.key).sort()).toEqual(['both-1', 'c-1']);
  });
});
