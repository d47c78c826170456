import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePack, makeQuestion } from '../../tests/fixtures/questions';
import { syncBundledBank } from './bank-sync';
import { BastionDb, setDatabase } from './db';
import { domainsInExam, examEntries, loadActivePool } from './pool-cache';

let database: BastionDb;
let counter = 0;

beforeEach(async () => {
  database = new BastionDb(`pool-cache-test-${++counter}`);
  setDatabase(database);
  await database.open();
  await syncBundledBank(database, [
    { file: 'core-a.pack.json', text: JSON.stringify(makePack('core-a', [makeQuestion({ id: 'q-001' }), makeQuestion({ id: 'q-002' })])) },
  ]);
});
afterEach(async () => {
  await database.delete();
});

describe('loadActivePool', () => {
  it('reuses the pool between reads', async () => {
    const first = await loadActivePool();
    expect(first.map((q) => q.key).sort()).toEqual(['q-001', 'q-002']);
    expect(await loadActivePool()).toBe(first);
  });

  it('reads again after a question is retired or a pack is disabled', async () => {
    await loadActivePool();
    await database.questions.update('q-001', { retired: 1 });
    expect((await loadActivePool()).map((q) => q.key)).toEqual(['q-002']);
    await database.packs.update('core-a', { enabled: 0 });
    expect(await loadActivePool()).toEqual([]);
    await database.packs.update('core-a', { enabled: 1 });
    expect((await loadActivePool()).map((q) => q.key)).toEqual(['q-002']);
  });

  it('never serves one database’s pool for another', async () => {
    await loadActivePool();
    const other = new BastionDb(`pool-cache-other-${counter}`);
    setDatabase(other);
    await other.open();
    expect(await loadActivePool()).toEqual([]);
    await other.delete();
  });
});

describe('examEntries', () => {
  it('lists the questions serving an exam with their domain and objective in it, worked out once per pool', () => {
    const record = (q: ReturnType<typeof makeQuestion>) => ({ ...q, key: q.id, packId: 'p' });
    const pool = [
      record(makeQuestion({ id: 'a', domain: 3, objective: '3.6' })),
      record(makeQuestion({ id: 'b', exams: ['cc'], domain: undefined, objective: undefined, ccDomain: 4, ccObjective: '4.2' })),
      record(makeQuestion({ id: 'c', exams: ['cissp', 'cc'], domain: 7, objective: '7.6', ccDomain: 2, ccObjective: '2.3' })),
    ];
    expect(examEntries(pool, 'cissp')).toEqual([
      { key: 'a', domain: 3, objective: '3.6' },
      { key: 'c', domain: 7, objective: '7.6' },
    ]);
    expect(examEntries(pool, 'cc')).toEqual([
      { key: 'b', domain: 4, objective: '4.2' },
      { key: 'c', domain: 2, objective: '2.3' },
    ]);
    expect(examEntries(pool, 'cissp')).toBe(examEntries(pool, 'cissp'));
    expect([...domainsInExam(pool, 'cc')]).toEqual([
      ['b', 4],
      ['c', 2],
    ]);
  });
});
