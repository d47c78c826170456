import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../tests/fixtures/questions';
import type { AssignmentDraft } from '../domain/group/assignment-builder';
import { decodeAssignmentLink, assignmentLink } from '../domain/group/group-codec';
import { BastionDb, setDatabase } from './db';
import { saveMyQuestion } from './my-questions-repo';
import { MY_QUESTIONS_ID } from './pack-repo';
import { createAssignment, createLeadGroup, deleteAssignment, deleteLeadGroup, loadLeadGroups, updateLeadGroup } from './group-repo';

let database: BastionDb;
let n = 0;
const t0 = new Date('2026-03-01T09:00:00Z');

const pack = (id: string, enabled: 0 | 1) => ({
  id,
  title: id,
  license: 'CC0',
  source: 'bundled' as const,
  enabled,
  questionCount: 1,
  contentHash: id,
  updatedAt: t0,
});

beforeEach(async () => {
  database = new BastionDb(`group-repo-${++n}`);
  setDatabase(database);
  await database.packs.bulkPut([pack('core', 1), pack('off', 0)]);
  const questions = [
    ...Array.from({ length: 12 }, (_, i) => makeQuestion({ id: `d5-iam-${String(i).padStart(3, '0')}`, domain: 5, objective: '5.2' })),
    ...Array.from({ length: 6 }, (_, i) => makeQuestion({ id: `d1-risk-${i}`, domain: 1, objective: '1.9', tags: ['prompt-injection'] })),
  ];
  await database.questions.bulkPut(questions.map((q) => ({ ...q, key: q.id, packId: 'core', retired: 0 as const })));
  await database.questions.put({ ...makeQuestion({ id: 'd5-off-1', domain: 5 }), key: 'd5-off-1', packId: 'off', retired: 0 });
});
afterEach(async () => {
  await database.delete();
});

const draft = (over: Partial<AssignmentDraft> = {}): AssignmentDraft => ({
  title: 'Week 3: IAM',
  exam: 'cissp',
  selection: { mode: 'filter', domains: [5], objectives: [], tags: [] },
  count: 5,
  dueDate: '2026-03-15',
  targetAccuracy: 80,
  note: '',
  ...over,
});

async function newGroup(): Promise<string> {
  const created = await createLeadGroup('ML platform', ['Ana Lima', 'Ben Okafor'], t0);
  if (!created.ok) throw new Error(created.problems.join('; '));
  return created.value;
}

describe('lead groups', () => {
  it('creates, renames and deletes a group; refuses bad names and repeated members, writing nothing', async () => {
    const id = await newGroup();
    expect(await loadLeadGroups()).toEqual([{ id, name: 'ML platform', createdAt: t0, members: ['Ana Lima', 'Ben Okafor'] }]);
    expect(await createLeadGroup('  ', ['Ana', 'ana '], t0)).toEqual({
      ok: false,
      problems: ['The group name must not be empty', 'Ana is listed twice (lines 1 and 2; names are matched whatever their case)'],
    });
    expect(await database.groups.count()).toBe(1);
    expect(await updateLeadGroup(id, 'ML platform team', ['Ana Lima'])).toEqual({ ok: true, value: id });
    expect((await loadLeadGroups())[0]).toMatchObject({ name: 'ML platform team', members: ['Ana Lima'] });
    await createAssignment(id, draft(), t0, 1);
    await deleteLeadGroup(id);
    expect(await database.groups.count()).toBe(0);
    expect(await database.assignments.count()).toBe(0);
  });
});

describe('createAssignment', () => {
  it('fixes a filter selection to a sample of the active bank, the same list in the link, the file and the store', async () => {
    const groupId = await newGroup();
    const result = await createAssignment(groupId, draft(), t0, 7);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.value;
    expect(a.questionKeys).toHaveLength(5);
    expect(a.questionKeys.every((k) => k.startsWith('d5-iam-'))).toBe(true); // never the switched-off pack's question
    expect(a).toMatchObject({ group: { id: groupId, name: 'ML platform', members: ['Ana Lima', 'Ben Okafor'] }, domains: [5] });
    expect(a.createdAt).toBe(t0.toISOString());
    const stored = await database.assignments.get(a.id);
    expect(stored).toEqual({ id: a.id, groupId, createdAt: t0, dueDate: '2026-03-15', assignment: a });
    expect(decodeAssignmentLink(assignmentLink(stored!.assignment, 'https://x.example/'))).toEqual({ ok: true, value: a });
    // Another seed draws another sample; the stored assignment keeps its own.
    const again = await createAssignment(groupId, draft(), t0, 8);
    expect(again.ok && again.value.questionKeys).not.toEqual(a.questionKeys);
  });

  it('takes an explicit key list in its order, and refuses keys the bank lacks, writing nothing', async () => {
    const groupId = await newGroup();
    const keys = ['d1-risk-2', 'd5-iam-004', 'd1-risk-0'];
    const result = await createAssignment(groupId, draft({ selection: { mode: 'keys', keys }, note: '  Read first.  ' }), t0);
    expect(result.ok && result.value).toMatchObject({
      questionKeys: keys,
      domains: [1, 5],
      selection: { mode: 'keys' },
      note: 'Read first.',
    });

    const before = await database.assignments.count();
    const bad = await createAssignment(
      groupId,
      draft({ selection: { mode: 'keys', keys: ['d1-risk-2', 'nope-404', 'd5-off-1', 'Bad Key'] } }),
      t0,
    );
    expect(bad).toEqual({
      ok: false,
      problems: [
        "Question key 2 ('nope-404') is not in your bank (or its pack is switched off)",
        "Question key 3 ('d5-off-1') is not in your bank (or its pack is switched off)",
        "Question key 4 ('Bad Key') is not a question key: keys look like 'd1-ethics-001', or 'my-pack:q-012' for a pack's question",
      ],
    });
    const noTitle = await createAssignment(groupId, draft({ title: ' ', dueDate: '2026-02-30' }), t0);
    expect(noTitle).toEqual({
      ok: false,
      problems: ['The title must not be empty', "The due date must be a real date like '2026-05-01'"],
    });
    expect(await database.assignments.count()).toBe(before);
  });

  it('refuses a selection nothing matches, and a group that is gone', async () => {
    const groupId = await newGroup();
    expect(
      await createAssignment(groupId, draft({ exam: 'cc', selection: { mode: 'filter', domains: [], objectives: [], tags: [] } }), t0),
    ).toEqual({
      ok: false,
      problems: ['No question in your bank matches these domains, objective and tag'],
    });
    expect(await createAssignment('g-gone', draft(), t0)).toEqual({ ok: false, problems: ['this group no longer exists'] });
  });

  it('deletes an assignment with the results imported for it', async () => {
    const groupId = await newGroup();
    const result = await createAssignment(groupId, draft(), t0);
    if (!result.ok) throw new Error('not created');
    await database.memberResults.put({
      id: `${groupId}|ana lima|${result.value.id}`,
      groupId,
      assignmentId: result.value.id,
      member: 'Ana Lima',
      memberKey: 'ana lima',
      reportId: 'r-0001',
      generatedAt: t0,
      importedAt: t0,
      result: {} as never,
    });
    await deleteAssignment(result.value.id);
    expect(await database.assignments.count()).toBe(0);
    expect(await database.memberResults.count()).toBe(0);
  });
});

describe('sending a pack with an assignment', () => {
  it("sends the lead's own questions under the id they export them with, the same id every time", async () => {
    const groupId = await newGroup();
    for (const id of ['mine-1', 'mine-2']) await saveMyQuestion(makeQuestion({ id, domain: 5, objective: '5.2' }), 'new', t0);
    const first = await createAssignment(groupId, draft({ count: 10, packId: MY_QUESTIONS_ID }), t0, 1);
    if (!first.ok) throw new Error(first.problems.join('; '));
    const exportId = first.value.pack!.id;
    expect(exportId).toMatch(/^my-questions-[a-z0-9]{4}$/);
    expect([...first.value.questionKeys].sort()).toEqual([`${exportId}:mine-1`, `${exportId}:mine-2`]);
    expect(first.value.pack).toMatchObject({ title: 'My questions', license: 'CC BY-SA 4.0' });
    expect(first.value.pack!.questions.map((q) => q.id).sort()).toEqual(['mine-1', 'mine-2']);
    const again = await createAssignment(groupId, draft({ count: 1, packId: MY_QUESTIONS_ID }), t0, 2);
    expect(again.ok && again.value.pack!.id).toBe(exportId);
  });

  it('refuses a pack that is switched off, and one that is not there', async () => {
    const groupId = await newGroup();
    expect(await createAssignment(groupId, draft({ packId: 'off' }), t0)).toEqual({
      ok: false,
      problems: ["The pack to send ('off') is not an imported pack in your bank (or it is switched off)"],
    });
    expect(await database.assignments.count()).toBe(0);
  });
});
