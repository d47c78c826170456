import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePack, makeQuestion } from '../../tests/fixtures/questions';
import { readdirSync, readFileSync } from 'node:fs';
import { bundledBankHash } from '../../scripts/vite-bank-hash';
import { bankHashOf, syncBundledBank, type PackSource } from './bank-sync';
import { BastionDb } from './db';
import { getCard, putCard } from './card-store';

let database: BastionDb;
let counter = 0;

beforeEach(async () => {
  database = new BastionDb(`bank-sync-test-${++counter}`);
  await database.open();
});
afterEach(async () => {
  await database.delete();
});

const source = (file: string, questions: ReturnType<typeof makeQuestion>[]): PackSource => ({
  file,
  text: JSON.stringify(makePack(file.replace('.pack.json', ''), questions)),
});

describe('syncBundledBank', () => {
  it('loads every pack on first start and records the content hash', async () => {
    const progress: number[] = [];
    const result = await syncBundledBank(
      database,
      [source('core-a.pack.json', [makeQuestion({ id: 'q-001' }), makeQuestion({ id: 'q-002' })])],
      (done) => progress.push(done),
    );
    expect(result).toMatchObject({ updated: true, retiredCount: 0 });
    expect(await database.questions.where('retired').equals(0).count()).toBe(2);
    expect(await database.questions.count()).toBe(2);
    expect(progress).toEqual([0, 2]);
    expect((await database.packs.get('core-a'))?.source).toBe('bundled');
  });

  it('tells the pool of a first load before writing anything, and writes it once the callback has finished', async () => {
    const seen: { keys: string[]; storedThen: number }[] = [];
    let release = () => {};
    const result = syncBundledBank(
      database,
      [source('core-b.pack.json', [makeQuestion({ id: 'q-b1' })]), source('core-a.pack.json', [makeQuestion({ id: 'q-a1' })])],
      undefined,
      undefined,
      async (pool) => {
        seen.push({ keys: pool.map((q) => q.key), storedThen: await database.questions.count() });
        await new Promise<void>((resolve) => (release = resolve));
      },
    );
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toEqual({ keys: ['q-a1', 'q-b1'], storedThen: 0 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await database.questions.count()).toBe(0); // the write waits for the callback
    release();
    expect(await result).toMatchObject({ updated: true, wroteIntoEmpty: true });
    expect(await database.questions.where('retired').equals(0).primaryKeys()).toEqual(['q-a1', 'q-b1']);
  });

  it('tells no pool when the database already holds questions: the pool is not simply the bank then', async () => {
    await syncBundledBank(database, [source('core-a.pack.json', [makeQuestion({ id: 'q-001' })])]);
    await database.packs.update('core-a', { enabled: 0 });
    let told = 0;
    const result = await syncBundledBank(
      database,
      [source('core-a.pack.json', [makeQuestion({ id: 'q-002' })])],
      undefined,
      undefined,
      () => {
        told++;
      },
    );
    expect(told).toBe(0);
    expect(result).toMatchObject({ updated: true, wroteIntoEmpty: false });
  });

  it('does nothing when the bank has not changed', async () => {
    const sources = [source('core-a.pack.json', [makeQuestion({ id: 'q-001' })])];
    await syncBundledBank(database, sources);
    const again = await syncBundledBank(database, sources);
    expect(again.updated).toBe(false);
  });

  it('retires a question that leaves the bank and keeps its learner history', async () => {
    await syncBundledBank(database, [source('core-a.pack.json', [makeQuestion({ id: 'q-001' }), makeQuestion({ id: 'q-002' })])]);
    await putCard(database, {
      questionKey: 'q-002',
      due: new Date('2026-01-02T00:00:00Z'),
      stability: 3,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 1,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
    });
    const result = await syncBundledBank(database, [
      source('core-a.pack.json', [makeQuestion({ id: 'q-001', stem: `${makeQuestion({ id: 'q-001' }).stem} Updated.` })]),
    ]);
    expect(result.retiredCount).toBe(1);
    expect((await database.questions.get('q-002'))?.retired).toBe(1);
    expect((await database.questions.get('q-001'))?.stem).toMatch(/Updated\.$/);
    expect(await getCard(database, 'q-002')).toBeDefined();
  });

  it('brings a retired question back when it returns to the bank', async () => {
    const a = source('core-a.pack.json', [makeQuestion({ id: 'q-001' }), makeQuestion({ id: 'q-002' })]);
    await syncBundledBank(database, [a]);
    await syncBundledBank(database, [source('core-a.pack.json', [makeQuestion({ id: 'q-001' })])]);
    await syncBundledBank(database, [a]);
    expect((await database.questions.get('q-002'))?.retired).toBe(0);
  });

  it('keeps a pack disabled by the learner disabled after an update', async () => {
    await syncBundledBank(database, [source('core-a.pack.json', [makeQuestion({ id: 'q-001' })])]);
    await database.packs.update('core-a', { enabled: 0 });
    await syncBundledBank(database, [source('core-a.pack.json', [makeQuestion({ id: 'q-001' }), makeQuestion({ id: 'q-003' })])]);
    expect((await database.packs.get('core-a'))?.enabled).toBe(0);
  });

  it('rejects an invalid bundled pack without writing anything', async () => {
    const bad: PackSource = { file: 'broken.pack.json', text: '{"format":"bastion-pack"' };
    await expect(syncBundledBank(database, [bad])).rejects.toThrow(/broken\.pack\.json is not valid JSON/);
    expect(await database.questions.count()).toBe(0);
    expect(await database.meta.count()).toBe(0);
  });

  it('computes the same bank hash in the browser as the build does, so an unchanged bank is not reloaded', async () => {
    const files = readdirSync('questions').filter((f) => f.endsWith('.pack.json'));
    const sources = files.map((file) => ({ file, text: readFileSync(`questions/${file}`, 'utf8') }));
    expect(await bankHashOf(sources.reverse())).toBe(bundledBankHash());
  });

  it('with a known hash, loads no pack when the stored hash matches', async () => {
    const sources = [source('core-a.pack.json', [makeQuestion({ id: 'q-001' })])];
    const first = await syncBundledBank(database, sources);
    let loads = 0;
    const again = await syncBundledBank(database, {
      hash: first.hash,
      load: async () => {
        loads++;
        return sources;
      },
    });
    expect(again.updated).toBe(false);
    expect(loads).toBe(0);
  });
});
