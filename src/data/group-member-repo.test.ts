import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleAssignment } from '../../tests/fixtures/group-documents';
import { makePack, makeQuestion } from '../../tests/fixtures/questions';
import { defaultSchedulerSettings } from '../domain/study/scheduler';
import type { StudySessionState } from '../domain/study/session';
import { BastionDb, setDatabase } from './db';
import { loadAssignmentSummaries, startAssignmentPractice } from './assignment-practice-repo';
import { acceptAssignment, loadMemberName, previewAssignment } from './group-member-repo';
import { advanceSession, finishSession, recordAnswer } from './study-repo';
import { seedReviewLogs } from '../../tests/fixtures/review-logs';
import { getCard } from './card-store';

let database: BastionDb;
let n = 0;
const t0 = new Date('2026-03-01T09:00:00Z');
const settings = { ...defaultSchedulerSettings, fuzz: false };
// Four questions; the member's bank has the first three (the fourth is from a pack they lack).
const assignment = sampleAssignment();

beforeEach(async () => {
  database = new BastionDb(`group-member-repo-${++n}`);
  setDatabase(database);
  await database.packs.put({
    id: 'core',
    title: 'Core',
    license: 'CC0',
    source: 'bundled',
    enabled: 1,
    questionCount: 3,
    contentHash: 'h',
    updatedAt: t0,
  });
  await database.questions.bulkPut(
    ['d5-iam-001', 'd5-iam-002', 'd5-iam-003'].map((id) => ({
      ...makeQuestion({ id, domain: 5, objective: '5.2', answer: 1 }),
      key: id,
      packId: 'core',
      retired: 0 as const,
    })),
  );
});
afterEach(async () => {
  await database.delete();
});

async function answer(sessionId: string, chosen: number, at: Date): Promise<string> {
  const state = (await database.sessions.get(sessionId))!.state as StudySessionState;
  const key = state.queue[state.position]!;
  await recordAnswer({ sessionId, questionKey: key, chosen, responseMs: 20_000, now: at, settings });
  await advanceSession(sessionId, key, at);
  return key;
}

describe('accepting an assignment', () => {
  it('previews what is missing, then stores the assignment and the member name in one go', async () => {
    expect(await previewAssignment(assignment)).toEqual({ available: 3, missing: 1, acceptedAt: null, memberName: null, pack: null });
    expect(await acceptAssignment(assignment, ' Ana Lima ', t0)).toEqual({ ok: true, value: assignment.id });
    expect(await database.acceptedAssignments.get(assignment.id)).toEqual({
      id: assignment.id,
      groupId: 'g-ml-platform',
      acceptedAt: t0,
      dueDate: '2026-03-15',
      assignment,
      sessionIds: [],
    });
    expect(await loadMemberName('g-ml-platform')).toBe('Ana Lima');
    expect(await previewAssignment(assignment)).toMatchObject({ acceptedAt: t0, memberName: 'Ana Lima' });
  });

  it('refuses an empty or control-character name and writes nothing', async () => {
    expect(await acceptAssignment(assignment, '   ', t0)).toEqual({ ok: false, problems: ['Your name must not be empty'] });
    expect(await acceptAssignment(assignment, 'Ana\u202eLima', t0)).toEqual({
      ok: false,
      problems: ['Your name must not contain control characters'],
    });
    expect(await database.acceptedAssignments.count()).toBe(0);
    expect(await database.groups.count()).toBe(0);
  });
});

describe('working on an assignment', () => {
  it('practises exactly the available questions, resumes the open session, then only what is left; progress counts first answers', async () => {
    await acceptAssignment(assignment, 'Ana Lima', t0);
    const first = await startAssignmentPractice(assignment.id, t0, 1);
    expect(first).not.toBeNull();
    const session = await database.sessions.get(first!);
    const state = session!.state as StudySessionState;
    expect(session).toMatchObject({ kind: 'practice', status: 'active' });
    expect([...state.queue].sort()).toEqual(['d5-iam-001', 'd5-iam-002', 'd5-iam-003']);
    expect(state.queue).toEqual(['d5-iam-001', 'd5-iam-002', 'd5-iam-003']); // the assignment's order
    expect(state.config.title).toBe('Assignment: Week 3: identity and access');
    expect(await startAssignmentPractice(assignment.id, t0, 2)).toBe(first); // resumes

    const wrongKey = await answer(first!, 0, new Date('2026-03-02T10:00:00Z')); // wrong
    await answer(first!, 1, new Date('2026-03-02T10:01:00Z')); // right
    await finishSession(first!, new Date('2026-03-02T10:02:00Z'));

    let [summary] = await loadAssignmentSummaries();
    expect(summary).toMatchObject({ id: assignment.id, groupName: 'ML platform', targetAccuracy: 80 });
    expect(summary!.progress).toMatchObject({ total: 4, missing: 1, done: 2, correct: 1, accuracy: 0.5, timeSpentMs: 40_000 });
    expect(summary!.progress.remainingKeys).toEqual(['d5-iam-003']);
    expect(summary!.progress.byDomain).toEqual([{ domain: 5, done: 2, correct: 1 }]);

    const second = await startAssignmentPractice(assignment.id, t0, 3);
    expect(second).not.toBe(first);
    expect(((await database.sessions.get(second!))!.state as StudySessionState).queue).toEqual(['d5-iam-003']);
    expect((await database.acceptedAssignments.get(assignment.id))!.sessionIds).toEqual([first, second]);
    await answer(second!, 1, new Date('2026-03-03T10:00:00Z'));

    [summary] = await loadAssignmentSummaries();
    expect(summary!.progress).toMatchObject({ done: 3, correct: 2, remainingKeys: [] });
    expect(summary!.progress.lastAnsweredAt).toEqual(new Date('2026-03-03T10:00:00Z'));
    expect(await startAssignmentPractice(assignment.id, t0)).toBeNull(); // nothing left
    // The answers went through the normal path: FSRS cards exist for them.
    expect(await getCard(database, wrongKey)).toMatchObject({ lastCorrect: false, reps: 1 });
  });

  it('does not count answers to the same questions outside the assignment', async () => {
    await acceptAssignment(assignment, 'Ana Lima', t0);
    await seedReviewLogs(database, [{ questionKey: 'd5-iam-001', sessionId: 'someone-elses-session', correct: true, review: t0 }]);
    const [summary] = await loadAssignmentSummaries();
    expect(summary!.progress.done).toBe(0);
  });

  it('starts nothing for an assignment that is not accepted', async () => {
    expect(await startAssignmentPractice('a-unknown', t0)).toBeNull();
    expect(await database.sessions.count()).toBe(0);
  });
});

describe('an assignment that carries a pack', () => {
  const sent = (id: string) => makeQuestion({ id, domain: 5, objective: '5.2', tags: ['access-control'] });
  const withPack = sampleAssignment({
    version: 2,
    questionKeys: ['d5-iam-001', 'team-misses:q-1', 'team-misses:q-2'],
    pack: makePack('team-misses', [sent('q-1'), sent('q-2')]),
  });

  it('previews the questions it adds, adds them with their pack on accepting, and adds nothing the second time', async () => {
    expect(await previewAssignment(withPack)).toEqual({
      available: 3,
      missing: 0,
      acceptedAt: null,
      memberName: null,
      pack: { title: 'Pack team-misses', adding: 2, switchedOff: false, clash: null },
    });
    expect(await acceptAssignment(withPack, 'Ana Lima', t0)).toEqual({ ok: true, value: withPack.id });
    expect(await database.packs.get('team-misses')).toMatchObject({ source: 'imported', enabled: 1, questionCount: 2, contentHash: '' });
    expect(await database.questions.get('team-misses:q-1')).toMatchObject({ packId: 'team-misses', retired: 0, stem: sent('q-1').stem });
    const before = await database.questions.toArray();
    expect(await acceptAssignment(withPack, 'Ana Lima', t0)).toEqual({ ok: true, value: withPack.id });
    expect(await database.questions.toArray()).toEqual(before);
    expect((await previewAssignment(withPack)).pack).toMatchObject({ adding: 0 });
    // Practice on it serves the sent questions like any other.
    const sessionId = (await startAssignmentPractice(withPack.id, t0, 7))!;
    expect([...((await database.sessions.get(sessionId))!.state as StudySessionState).queue].sort()).toEqual(
      [...withPack.questionKeys].sort(),
    );
  });

  it("keeps the member's own copy of a question and of the pack, and brings back a removed one", async () => {
    await database.packs.put({
      id: 'team-misses',
      title: 'Team misses (mine)',
      license: 'CC0',
      source: 'imported',
      enabled: 0,
      questionCount: 1,
      contentHash: 'mine',
      updatedAt: t0,
    });
    const mine = {
      ...sent('q-1'),
      stem: `${sent('q-1').stem} (my newer wording)`,
      key: 'team-misses:q-1',
      packId: 'team-misses',
      retired: 0 as const,
    };
    await database.questions.bulkPut([mine, { ...sent('q-2'), key: 'team-misses:q-2', packId: 'team-misses', retired: 1 as const }]);
    expect((await previewAssignment(withPack)).pack).toEqual({ title: 'Pack team-misses', adding: 1, switchedOff: true, clash: null });
    expect(await acceptAssignment(withPack, 'Ana Lima', t0)).toMatchObject({ ok: true });
    expect(await database.questions.get('team-misses:q-1')).toEqual(mine);
    expect(await database.questions.get('team-misses:q-2')).toMatchObject({ retired: 0 });
    expect(await database.packs.get('team-misses')).toMatchObject({
      title: 'Team misses (mine)',
      enabled: 0,
      contentHash: 'mine',
      questionCount: 2,
    });
  });

  it('refuses, changing nothing, when the pack id is taken here by a pack that is not imported', async () => {
    const clashing = sampleAssignment({
      version: 2,
      questionKeys: ['core:q-1'],
      pack: makePack('core', [sent('q-1')]),
    });
    const preview = await previewAssignment(clashing);
    expect(preview.pack?.clash).toMatch(
      /^the questions sent with it belong to the pack id 'core', which here is “Core”, not an imported pack/,
    );
    const result = await acceptAssignment(clashing, 'Ana Lima', t0);
    expect(result.ok).toBe(false);
    expect(await database.acceptedAssignments.count()).toBe(0);
    expect(await database.groups.count()).toBe(0);
    expect(await database.questions.get('core:q-1')).toBeUndefined();
  });
});
