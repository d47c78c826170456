import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRandomPack } from '../../scripts/random-pack.mjs';
import { makePack, makeQuestion } from '../../tests/fixtures/questions';
import type { Pack } from '../domain/pack/pack-schema';
import { serializePack } from '../domain/pack/pack-serialize';
import { syncBundledBank } from './bank-sync';
import { BastionDb, EXPORT_SETTINGS_KEY, setDatabase } from './db';
import { examPreflight } from './exam-repo';
import {
  deleteImportedPack,
  exportImportedPack,
  importPack,
  importPackText,
  planPackImport,
  questionKeyOf,
  setPackEnabled,
} from './pack-repo';
import { loadPackSummaries } from './pack-summaries-repo';
import { loadActivePool } from './study-hooks';
import { snapshotWritten } from './pool-cache';
import { countPracticeMatches, startReviewSession } from './study-starters';
import { seedReviewLogs } from '../../tests/fixtures/review-logs';
import { allReviewLogs, countReviewLogs } from './review-log-store';
import { allCards, countCards, getCard, putCard } from './card-store';

let database: BastionDb;
let n = 0;
const t0 = new Date('2026-03-01T09:00:00Z');
const t1 = new Date('2026-03-08T09:00:00Z');

const bundled = makePack('bastion-core-test', [makeQuestion({ id: 'core-001' }), makeQuestion({ id: 'core-002' })]);

/** Every database the running test opened: each test starts from its own and leaves none behind. */
const opened: BastionDb[] = [];

/** A new, empty database (a fresh browser profile), made the app's for the rest of the test. */
function openDatabase(): BastionDb {
  database = new BastionDb(`pack-repo-${++n}`);
  opened.push(database);
  setDatabase(database);
  return database;
}

beforeEach(async () => {
  await syncBundledBank(openDatabase(), [{ file: 'core.pack.json', text: JSON.stringify(bundled) }]);
});
afterEach(async () => {
  // A pool snapshot still being written must not land in the next test's time.
  await snapshotWritten();
  await Promise.all(opened.splice(0).map((d) => d.delete()));
});

/** Every row of the tables an import may touch, to prove that something changed nothing. */
async function snapshot(): Promise<unknown> {
  const [questions, packs, cards, reviewLogs] = await Promise.all([
    database.questions.toArray(),
    database.packs.toArray(),
    allCards(database),
    allReviewLogs(database),
  ]);
  return { questions, packs, cards, reviewLogs };
}

async function addCard(questionKey: string): Promise<void> {
  await putCard(database, {
    questionKey,
    due: t0,
    stability: 3,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 1,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
  });
}

const cisspConfig = {
  kind: 'practice' as const,
  exam: 'cissp' as const,
  title: 'P',
  domains: [],
  objectives: [],
  tags: [],
  difficulties: [],
  source: 'all' as const,
  size: null,
};

describe('importing a pack', () => {
  it('stores each question under pack id and question id, switched on, as an imported pack', async () => {
    const pack = makeRandomPack(30, 1, { id: 'lead-pack' });
    const result = await importPack(pack, t0);
    expect(result).toEqual({ ok: true, changed: true, questionCount: 30, retired: 0 });
    const stored = await database.questions.get(questionKeyOf('lead-pack', 'q-00001'));
    expect(stored).toMatchObject({ key: 'lead-pack:q-00001', packId: 'lead-pack', retired: 0, stem: pack.questions[0]!.stem });
    expect(await database.packs.get('lead-pack')).toMatchObject({
      source: 'imported',
      enabled: 1,
      questionCount: 30,
      title: pack.title,
      license: 'CC0 1.0',
      updatedAt: t0,
    });
    expect((await loadActivePool()).length).toBe(32);
  });

  it('changes nothing when the same pack is imported twice, even from a reformatted file', async () => {
    const pack = makeRandomPack(20, 2, { id: 'twice' });
    await importPack(pack, t0);
    const before = await snapshot();
    expect((await planPackImport(pack)).unchanged).toBe(true);
    expect(await importPackText(JSON.stringify(pack), t1)).toEqual({ ok: true, changed: false, questionCount: 20, retired: 0 });
    expect(await importPackText(serializePack({ ...pack, questions: [...pack.questions].reverse() }), t1)).toMatchObject({
      changed: false,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('updates a newer version, retires what it dropped, keeps every history and a switched-off pack off', async () => {
    const v1 = makeRandomPack(5, 3, { id: 'evolving', release: 1 });
    await importPack(v1, t0);
    await addCard('evolving:q-00002');
    await addCard('evolving:q-00003');
    await seedReviewLogs(database, [{ questionKey: 'evolving:q-00002', review: t0 }]);
    await setPackEnabled('evolving', false);

    const extra = { ...makeRandomPack(1, 99).questions[0]!, id: 'q-new' };
    const changed = { ...v1.questions[0]!, stem: `${v1.questions[0]!.stem} Revised.` };
    const v2: Pack = { ...v1, release: 2, questions: [changed, ...v1.questions.slice(2), extra] };
    const plan = await planPackImport(v2);
    expect(plan).toMatchObject({ refusal: null, unchanged: false, added: 1, updated: 1, retired: 1, withHistory: 1 });

    expect(await importPack(v2, t1)).toEqual({ ok: true, changed: true, questionCount: 5, retired: 1 });
    expect(await database.questions.get('evolving:q-00002')).toMatchObject({ retired: 1 });
    expect(await database.questions.get('evolving:q-00001')).toMatchObject({ retired: 0, stem: changed.stem });
    expect(await database.questions.get('evolving:q-new')).toMatchObject({ retired: 0 });
    expect(await countCards(database)).toBe(2);
    expect(await countReviewLogs(database)).toBe(1);
    expect(await database.packs.get('evolving')).toMatchObject({ enabled: 0, release: 2, questionCount: 5, updatedAt: t1 });

    // A question that comes back in a later version is active again, with its card.
    const v3: Pack = { ...v2, release: 3, questions: [...v2.questions, v1.questions[1]!] };
    await importPack(v3, t1);
    expect(await database.questions.get('evolving:q-00002')).toMatchObject({ retired: 0 });
  });

  it('refuses the id of a bundled pack, the id of My questions, its export and an older release, writing nothing', async () => {
    await importPack(makeRandomPack(3, 4, { id: 'released', release: 3 }), t0);
    await database.meta.put({ key: EXPORT_SETTINGS_KEY, value: { id: 'my-questions-ab12', title: 'My questions' } });
    const before = await snapshot();
    const cases: [Pack, RegExp][] = [
      [makeRandomPack(3, 5, { id: 'bastion-core-test' }), /"bastion-core-test" is the id of a pack that comes with Bastion/],
      [makeRandomPack(3, 5, { id: 'my-questions' }), /kept for the questions you write here/],
      [makeRandomPack(3, 5, { id: 'bastion-core-cissp-d9' }), /"bastion-core-cissp-d9" is kept for packs that come with Bastion/],
      [makeRandomPack(3, 5, { id: 'released', release: 2 }), /release 2 of .*older than release 3/],
      [makeRandomPack(3, 5, { id: 'my-questions-ab12' }), /"my-questions-ab12" is the id this browser exports My questions under/],
    ];
    for (const [pack, message] of cases) {
      expect((await planPackImport(pack)).refusal).toMatch(message);
      const result = await importPack(pack, t1);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.problems[0]).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('writes all or nothing: a failure on the last write rolls back every question', async () => {
    const before = await snapshot();
    database.packs.hook('creating', () => {
      throw new Error('disk full');
    });
    const result = await importPack(makeRandomPack(50, 6, { id: 'doomed' }), t0);
    expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/^the import failed and nothing was changed: .*disk full/)] });
    expect(await snapshot()).toEqual(before);
  });

  it('changes nothing for any rejected file (random text, random JSON, mutated packs)', async () => {
    const base = JSON.stringify(makeRandomPack(4, 7, { id: 'fuzzed' }));
    await importPack(makeRandomPack(4, 7, { id: 'fuzzed', release: 5 }), t0);
    const counts = async () => [await database.questions.count(), await database.packs.count()];
    const countsBefore = await counts();
    const packsBefore = await database.packs.toCollection().primaryKeys();
    const mutatedText = fc
      .tuple(fc.nat({ max: base.length - 1 }), fc.nat({ max: 40 }), fc.string({ maxLength: 12 }))
      .map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut));
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), mutatedText), async (text) => {
        const result = await importPackText(text, t1);
        if (!result.ok) {
          rejected++;
          expect(result.problems.length).toBeGreaterThan(0);
          expect(await counts()).toEqual(countsBefore);
        } else {
          // A mutation can still be a valid pack (a changed title, a question id, or the pack's own
          // id, which makes it a second pack): then it imported whole. The fuzzed pack and any new
          // one go, questions included, and the original is imported again.
          for (const id of await database.packs.toCollection().primaryKeys()) {
            if (id !== 'fuzzed' && packsBefore.includes(id)) continue;
            await database.questions.where('packId').equals(id).delete();
            await database.packs.delete(id);
          }
          await importPack(makeRandomPack(4, 7, { id: 'fuzzed', release: 5 }), t0);
        }
      }),
      { numRuns: 150 },
    );
    expect(rejected).toBeGreaterThan(100);
    expect(await counts()).toEqual(countsBefore);
  });
});

describe('exporting a pack', () => {
  it('export → import → export gives the same file', async () => {
    await importPack(makeRandomPack(40, 8, { id: 'round-trip', release: 4 }), t0);
    const first = await exportImportedPack('round-trip');
    expect(first.fileName).toBe('round-trip.pack.json');

    openDatabase(); // another browser, where the file is imported
    expect(await importPackText(first.text, t1)).toMatchObject({ ok: true, changed: true, questionCount: 40 });
    const second = await exportImportedPack('round-trip');
    expect(second.text).toBe(first.text);
  });

  it('leaves retired questions out', async () => {
    const pack = makeRandomPack(3, 9, { id: 'shrinking' });
    await importPack(pack, t0);
    await importPack({ ...pack, questions: pack.questions.slice(1) }, t1);
    const file = JSON.parse((await exportImportedPack('shrinking')).text) as Pack;
    expect(file.questions.map((q) => q.id)).toEqual(['q-00002', 'q-00003']);
  });
});

describe('switching packs on and off, and deleting them', () => {
  it('a switched-off pack leaves practice, review and exams', async () => {
    const pack = makeRandomPack(200, 10, { id: 'big' });
    const cisspInPack = pack.questions.filter((q) => q.exams.includes('cissp')).length;
    await importPack(pack, t0);
    expect(await countPracticeMatches(cisspConfig, t0)).toBe(2 + cisspInPack);
    expect((await examPreflight('cissp', 'cat', t0)).poolSize).toBe(2 + cisspInPack);

    await setPackEnabled('big', false);
    expect(await countPracticeMatches(cisspConfig, t0)).toBe(2);
    expect((await examPreflight('cissp', 'cat', t0)).poolSize).toBe(2);
    const reviewId = await startReviewSession('cissp', t0, 1);
    const state = (await database.sessions.get(reviewId!))!.state as { queue: string[] };
    expect(state.queue.every((k) => !k.startsWith('big:'))).toBe(true);

    await setPackEnabled('bastion-core-test', false);
    await setPackEnabled('big', true);
    expect(await countPracticeMatches(cisspConfig, t0)).toBe(cisspInPack);
  });

  it('deleting an imported pack retires its questions and keeps the learner history, which returns on re-import', async () => {
    const pack = makeRandomPack(6, 11, { id: 'temporary' });
    await importPack(pack, t0);
    await addCard('temporary:q-00001');
    await seedReviewLogs(database, [{ questionKey: 'temporary:q-00001', review: t0 }]);

    await deleteImportedPack('temporary');
    expect(await database.packs.get('temporary')).toBeUndefined();
    expect((await database.questions.where('packId').equals('temporary').toArray()).every((q) => q.retired === 1)).toBe(true);
    expect((await loadActivePool()).some((q) => q.key.startsWith('temporary:'))).toBe(false);
    expect(await getCard(database, 'temporary:q-00001')).toBeDefined();
    expect(await countReviewLogs(database)).toBe(1);

    expect(await planPackImport(pack)).toMatchObject({ unchanged: false, added: 6, withHistory: 1 });
    expect(await importPack(pack, t1)).toMatchObject({ ok: true, changed: true });
    expect((await loadActivePool()).filter((q) => q.key.startsWith('temporary:'))).toHaveLength(6);
  });

  it('refuses to delete a bundled pack', async () => {
    await expect(deleteImportedPack('bastion-core-test')).rejects.toThrow(/not an imported pack/);
    expect(await database.packs.get('bastion-core-test')).toBeDefined();
  });

  it('summarises every pack with its counts, bundled first', async () => {
    await importPack(makeRandomPack(10, 12, { id: 'counted', title: 'Counted pack' }), t0);
    const summaries = await loadPackSummaries();
    expect(summaries.map((s) => [s.record.id, s.record.source])).toEqual([
      ['bastion-core-test', 'bundled'],
      ['counted', 'imported'],
    ]);
    const counted = summaries[1]!;
    const pack = makeRandomPack(10, 12);
    expect(counted.active).toBe(10);
    expect(counted.cissp).toBe(pack.questions.filter((q) => q.exams.includes('cissp')).length);
    expect(counted.cc).toBe(pack.questions.filter((q) => q.exams.includes('cc')).length);
  });
});
