import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRandomPack } from '../../scripts/random-pack.mjs';
import { makePack, makeQuestion } from '../../tests/fixtures/questions';
import { syncBundledBank } from './bank-sync';
import { BastionDb, EXPORT_SETTINGS_KEY, setDatabase } from './db';
import { exportMyQuestions, removeMyQuestion, restoreMyQuestion, saveMyQuestion, type ExportSettings } from './my-questions-repo';
import { exportImportedPack, importPackText, MY_QUESTIONS_ID } from './pack-repo';
import { loadActivePool } from './study-hooks';
import { snapshotWritten } from './pool-cache';
import { countCards, putCard } from './card-store';

let database: BastionDb;
let n = 0;
const t0 = new Date('2026-03-01T09:00:00Z');
const [q1, q2, q3] = makeRandomPack(3, 31).questions.map((q, i) => ({ ...q, id: `mine-00${i + 1}` }));
const settings: ExportSettings = {
  id: 'my-questions-abcd',
  title: 'Lead questions',
  license: 'CC BY 4.0',
  description: 'For the group',
  release: '2',
};

/** Every database the running test opened: each test starts from its own and leaves none behind. */
const opened: BastionDb[] = [];

/** A new, empty database (a fresh browser profile), made the app's for the rest of the test. */
function openDatabase(): BastionDb {
  database = new BastionDb(`my-questions-${++n}`);
  opened.push(database);
  setDatabase(database);
  return database;
}

beforeEach(async () => {
  await syncBundledBank(openDatabase(), [
    { file: 'core.pack.json', text: JSON.stringify(makePack('bastion-core-x', [makeQuestion({ id: 'core-001' })])) },
  ]);
});
afterEach(async () => {
  // A pool snapshot still being written must not land in the next test's time.
  await snapshotWritten();
  await Promise.all(opened.splice(0).map((d) => d.delete()));
});

describe('My questions', () => {
  it('saves a question into the authored pack, where practice finds it', async () => {
    await saveMyQuestion(q1!, 'new', t0);
    expect(await database.packs.get(MY_QUESTIONS_ID)).toMatchObject({
      source: 'authored',
      enabled: 1,
      questionCount: 1,
      title: 'My questions',
    });
    expect(await database.questions.get('my-questions:mine-001')).toMatchObject({ packId: MY_QUESTIONS_ID, retired: 0, stem: q1!.stem });
    expect((await loadActivePool()).map((q) => q.key)).toContain('my-questions:mine-001');
  });

  it('never gives a used id to a new question, edits keep the history, removing retires', async () => {
    await saveMyQuestion(q1!, 'new', t0);
    await expect(saveMyQuestion({ ...q2!, id: 'mine-001' }, 'new', t0)).rejects.toThrow(/already have a question with the id "mine-001"/);
    await expect(saveMyQuestion(q2!, 'edit', t0)).rejects.toThrow(/no question "mine-002"/);
    await putCard(database, {
      questionKey: 'my-questions:mine-001',
      due: t0,
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 1,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
    });
    await saveMyQuestion({ ...q1!, stem: `${q1!.stem} Edited.` }, 'edit', t0);
    expect((await database.questions.get('my-questions:mine-001'))?.stem).toMatch(/Edited\.$/);
    expect(await countCards(database)).toBe(1);

    await removeMyQuestion('mine-001', t0);
    expect(await database.questions.get('my-questions:mine-001')).toMatchObject({ retired: 1 });
    expect(await database.packs.get(MY_QUESTIONS_ID)).toMatchObject({ questionCount: 0 });
    await expect(saveMyQuestion(q1!, 'new', t0)).rejects.toThrow(/already have/);

    await restoreMyQuestion('mine-001', t0);
    expect(await database.questions.get('my-questions:mine-001')).toMatchObject({ retired: 0, stem: expect.stringMatching(/Edited\.$/) });
    expect(await database.packs.get(MY_QUESTIONS_ID)).toMatchObject({ questionCount: 1 });
    expect(await countCards(database)).toBe(1); // its history came back with it
  });

  it('exports a selection as a pack file that imports elsewhere and exports again identically', async () => {
    for (const q of [q1!, q2!, q3!]) await saveMyQuestion(q, 'new', t0);
    await removeMyQuestion('mine-003', t0);
    const file = await exportMyQuestions(settings, ['mine-001', 'mine-002', 'mine-003']);
    expect(file.fileName).toBe('my-questions-abcd.pack.json');
    const pack = JSON.parse(file.text) as { id: string; release: number; description: string; questions: { id: string }[] };
    expect(pack).toMatchObject({ id: 'my-questions-abcd', title: 'Lead questions', release: 2, description: 'For the group' });
    expect(pack.questions.map((q) => q.id)).toEqual(['mine-001', 'mine-002']); // a removed question is not exported
    expect((await database.meta.get(EXPORT_SETTINGS_KEY))?.value).toEqual(settings);
    expect(JSON.parse((await exportMyQuestions(settings, ['mine-002'])).text).questions).toHaveLength(1);

    openDatabase(); // another browser, where the file is imported
    expect(await importPackText(file.text, t0)).toMatchObject({ ok: true, changed: true, questionCount: 2 });
    expect((await exportImportedPack('my-questions-abcd')).text).toBe(file.text);
  });

  it('refuses to export under a reserved or invalid id, keeping the last good settings', async () => {
    await saveMyQuestion(q1!, 'new', t0);
    await expect(exportMyQuestions({ ...settings, id: 'my-questions' }, null)).rejects.toThrow(/kept for Bastion's own packs/);
    await expect(exportMyQuestions({ ...settings, id: 'bastion-core-x' }, null)).rejects.toThrow(/kept for Bastion's own packs/);
    await expect(exportMyQuestions({ ...settings, id: 'bastion-core-future' }, null)).rejects.toThrow(/kept for Bastion's own packs/);
    await expect(exportMyQuestions({ ...settings, id: 'Not An Id', release: 'two' }, null)).rejects.toThrow(
      /could not be imported again:\nid: use lowercase letters, digits and single hyphens\nrelease: /,
    );
    await expect(exportMyQuestions(settings, [])).rejects.toThrow(/at least one question/);
    expect(await database.meta.get(EXPORT_SETTINGS_KEY)).toBeUndefined();
  });
});
