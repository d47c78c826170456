/**
 * A full disk in the middle of an answer: the browser refuses one write of the transaction that
 * records it. Nothing of the answer may stay behind (no review log without its card, no session
 * state pointing at a log that is not there), and the learner is told in plain words.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeQuestion } from '../../tests/fixtures/questions';
import { answerExamItem, startExamSession, type ExamSessionState } from './exam-repo';
import { defaultSchedulerSettings } from '../domain/study/scheduler';
import { seededRng } from '../domain/study/random';
import { createSessionState, type SessionConfig } from '../domain/study/session';
import { BastionDb, setDatabase } from './db';
import { dismissStorageFull, isQuotaExceeded, STORAGE_FULL_MESSAGE, StorageFullError, useStorageFull } from './storage-full';
import { createStudySession, recordAnswer } from './study-repo';
import { reviewedOnce } from '../../tests/fixtures/fsrs-card';
import { putCard } from './card-store';

let database: BastionDb;
let n = 0;
const settings = { ...defaultSchedulerSettings, fuzz: false };
const t0 = new Date('2026-03-01T09:00:00Z');
const config: SessionConfig = {
  kind: 'practice',
  exam: 'cissp',
  title: 'P',
  domains: [],
  objectives: [],
  tags: [],
  difficulties: [],
  source: 'all',
  size: 2,
};

beforeEach(async () => {
  database = new BastionDb(`storage-full-${++n}`);
  setDatabase(database);
  await database.questions.bulkPut(
    ['q1', 'q2'].map((id) => ({ ...makeQuestion({ id, answer: 1 }), key: id, packId: 'core', retired: 0 as const })),
  );
  await putCard(database, {
    questionKey: 'q2',
    ...reviewedOnce(t0, new Date('2026-02-26T09:00:00Z')),
    attempts: 1,
    correctCount: 1,
    lastCorrect: true,
  });
  await createStudySession('s1', createSessionState(config, ['q1', 'q2'], seededRng(1)), t0);
  dismissStorageFull();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await database.delete();
});

/** Every row of every table, to compare before and after a failed write. */
async function everything(): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(database.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return Object.fromEntries(entries);
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Makes the native `put` into one object store throw a quota error, as Firefox does when the disk is full. */
function refusePutsInto(storeName: string): void {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    if (this.name === storeName) throw quotaError();
    return put.apply(this, args);
  });
}

/** Lets the writes into one store through, then aborts the transaction with a quota error, as Chromium does on commit. */
function abortOnCommitAfterPutInto(storeName: string): void {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    const request = put.apply(this, args);
    const transaction = this.transaction as unknown as { _abort(name: string): void };
    if (this.name === storeName) request.addEventListener('success', () => transaction._abort('QuotaExceededError'));
    return request;
  });
}

describe('a write refused for lack of space', () => {
  it('leaves nothing of a practice answer when the card update fails after its review log was added', async () => {
    const before = await everything();
    refusePutsInto('cardBuckets');
    const failure = recordAnswer({ sessionId: 's1', questionKey: 'q2', chosen: 1, responseMs: 5000, now: t0, settings });
    await expect(failure).rejects.toThrow(StorageFullError);
    await expect(failure).rejects.toThrow(STORAGE_FULL_MESSAGE);
    vi.restoreAllMocks();
    expect(await everything()).toEqual(before);
    expect(useStorageFull.getState().failedAt).toBeInstanceOf(Date);
  });

  it('leaves nothing when the transaction aborts on commit with a quota error, and says so', async () => {
    const before = await everything();
    abortOnCommitAfterPutInto('sessions');
    const failure = recordAnswer({ sessionId: 's1', questionKey: 'q1', chosen: 0, responseMs: 5000, now: t0, settings });
    const error = await failure.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isQuotaExceeded(error)).toBe(true);
    vi.restoreAllMocks();
    expect(await everything()).toEqual(before);
    expect(useStorageFull.getState().failedAt).toBeInstanceOf(Date);
  });

  it('leaves an exam exactly as it was when its answer cannot be stored', async () => {
    await database.questions.bulkPut(
      Array.from({ length: 60 }, (_, i) => {
        const domain = 1 + (i % 8);
        return {
          ...makeQuestion({ id: `e-${i}`, domain, objective: `${domain}.1`, difficulty: ((i % 3) + 1) as 1 | 2 | 3 }),
          key: `e-${i}`,
          packId: 'core',
          retired: 0 as const,
        };
      }),
    );
    await database.packs.put({
      id: 'core',
      title: 'Core',
      license: 'x',
      source: 'bundled',
      enabled: 1,
      questionCount: 60,
      contentHash: 'h',
      updatedAt: t0,
    });
    const id = await startExamSession('cissp', 'short', t0, 7);
    const state = (await database.sessions.get(id))!.state as ExamSessionState;
    const before = await everything();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    await expect(answerExamItem(id, state.current!.key, 2, new Date(t0.getTime() + 30_000), settings)).rejects.toThrow(StorageFullError);
    vi.restoreAllMocks();
    expect(await everything()).toEqual(before);
  });

  it('does not mistake other failures for a full disk', async () => {
    dismissStorageFull();
    await expect(recordAnswer({ sessionId: 'missing', questionKey: 'q1', chosen: 0, responseMs: 5000, now: t0, settings })).rejects.toThrow(
      'Session missing was not found',
    );
    expect(useStorageFull.getState().failedAt).toBeNull();
    expect(isQuotaExceeded(new Error('disk on fire'))).toBe(false);
    expect(isQuotaExceeded({ name: 'AbortError', inner: quotaError() })).toBe(true);
  });
});
