/**
 * Migration safety: for every schema version before the current one, build a database exactly as
 * that version defined it, fill it with data, open it with the current code, and check that every
 * row is still there with its meaning. Each version adds its own fixture here.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { BastionDb, CURRENT_SCHEMA_VERSION, schemaV1 } from './db';

async function buildVersion1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(schemaV1);
  await old.open();
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
  old.close();
}

describe('schema migrations', () => {
  it('is at the version this test covers', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
  });

  it('opens a populated version-1 database with the current code and loses nothing', async () => {
    await buildVersion1('migration-v1');
    const current = new BastionDb('migration-v1');
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect((await current.cards.get('q-001'))?.stability).toBe(4.2);
    expect(await current.reviewLogs.where('questionKey').equals('q-001').count()).toBe(2);
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
});
