/**
 * When the pool's direct read fails (its connection closing for another tab's upgrade, say), the
 * pool still comes from the questions store, through Dexie, and no snapshot is written from it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BastionDb, setDatabase, type QuestionRecord } from './db';

vi.mock('./pool-snapshot', async (actual) => ({
  ...(await actual<typeof import('./pool-snapshot')>()),
  readUnretiredQuestions: vi.fn(() => Promise.reject(new Error('the connection is closing'))),
  keepSnapshot: vi.fn(),
}));
const { loadActivePool, snapshotWritten } = await import('./pool-cache');
const { keepSnapshot } = await import('./pool-snapshot');

let database: BastionDb;
afterEach(() => database.delete());

describe('the pool without its direct read', () => {
  it('falls back to the questions store, switched-off packs and retired questions still left out', async () => {
    database = new BastionDb('pool-fallback');
    setDatabase(database);
    await database.packs.bulkPut([
      { id: 'core', title: 'Core', license: 'x', source: 'bundled', enabled: 1, questionCount: 2, contentHash: 'h', updatedAt: new Date() },
      { id: 'off', title: 'Off', license: 'x', source: 'imported', enabled: 0, questionCount: 1, contentHash: 'h', updatedAt: new Date() },
    ]);
    const q = (key: string, packId: string, retired: 0 | 1) =>
      ({ key, id: key, packId, retired, exams: ['cissp'], domain: 1 }) as unknown as QuestionRecord;
    await database.questions.bulkPut([q('b', 'core', 0), q('a', 'core', 0), q('c', 'core', 1), q('off:x', 'off', 0)]);
    expect((await loadActivePool()).map((x) => x.key)).toEqual(['a', 'b']);
    await snapshotWritten();
    expect(keepSnapshot).not.toHaveBeenCalled();
  });
});
