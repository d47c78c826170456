import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleAssignment } from '../../tests/fixtures/group-documents';
import { makeQuestion } from '../../tests/fixtures/questions';
import { parseGroupFile } from '../domain/group/group-codec';
import { defaultSchedulerSettings } from '../domain/study/scheduler';
import type { StudySessionState } from '../domain/study/session';
import { BastionDb, setDatabase } from './db';
import { startAssignmentPractice } from './assignment-practice-repo';
import { acceptAssignment } from './group-member-repo';
import { prepareReport } from './group-report-repo';
import { recordAnswer } from './study-repo';

let database: BastionDb;
let n = 0;
const t0 = new Date('2026-03-01T09:00:00Z');
const assignment = sampleAssignment();

beforeEach(async () => {
  database = new BastionDb(`group-report-repo-${++n}`);
  setDatabase(database);
  await database.packs.put({
    id: 'core',
    title: 'Core',
    license: 'CC0',
    source: 'bundled',
    enabled: 1,
    questionCount: 2,
    contentHash: 'h',
    updatedAt: t0,
  });
  await database.questions.bulkPut(
    ['d5-iam-001', 'd5-iam-002'].map((id) => ({
      ...makeQuestion({ id, domain: 5, objective: '5.2', answer: 2 }),
      key: id,
      packId: 'core',
      retired: 0 as const,
    })),
  );
});
afterEach(async () => {
  await database.delete();
});

describe('prepareReport', () => {
  it("holds the group's assignments with counts and domains, and every answer only when asked; the text imports again", async () => {
    await acceptAssignment(assignment, 'Chloé Martin', t0);
    const sessionId = (await startAssignmentPractice(assignment.id, t0))!;
    const state = (await database.sessions.get(sessionId))!.state as StudySessionState;
    await recordAnswer({
      sessionId,
      questionKey: state.queue[0]!,
      chosen: 2,
      responseMs: 30_000,
      now: new Date('2026-03-02T08:00:00Z'),
      settings: defaultSchedulerSettings,
    });

    const without = await prepareReport('g-ml-platform', false, new Date('2026-03-05T12:00:00Z'));
    expect(without.ok).toBe(true);
    if (!without.ok) return;
    const { report, text, bytes, fileName } = without.value;
    expect(fileName).toBe('chloe-martin-ml-platform.bastion-report.json');
    expect(bytes).toBe(new TextEncoder().encode(text).length);
    expect(report).toMatchObject({
      kind: 'bastion-report',
      version: 1,
      generatedAt: '2026-03-05T12:00:00.000Z',
      member: 'Chloé Martin',
      group: { id: 'g-ml-platform', name: 'ML platform' },
      includesHistory: false,
    });
    expect(report.reportId).toMatch(/^r-[a-z0-9]{12}$/);
    expect(report.assignments).toEqual([
      {
        assignmentId: assignment.id,
        title: assignment.title,
        exam: 'cissp',
        dueDate: assignment.dueDate,
        total: 4,
        missing: 2,
        done: 1,
        correct: 1,
        timeSpentMs: 30_000,
        lastAnsweredAt: '2026-03-02T08:00:00.000Z',
        byDomain: [{ domain: 5, done: 1, correct: 1 }],
      },
    ]);
    expect(text).not.toContain('history');
    expect(parseGroupFile(text, 'bastion-report')).toEqual({ ok: true, value: report });

    const withHistory = await prepareReport('g-ml-platform', true, new Date('2026-03-05T12:00:00Z'));
    expect(withHistory.ok && withHistory.value.report.assignments[0]!.history).toEqual([
      { questionKey: state.queue[0], answeredAt: '2026-03-02T08:00:00.000Z', correct: true, responseMs: 30_000 },
    ]);
    expect(withHistory.ok && parseGroupFile(withHistory.value.text, 'bastion-report').ok).toBe(true);
  });

  it('says why there is no report for a group without accepted assignments', async () => {
    expect(await prepareReport('g-none', false, t0)).toEqual({ ok: false, problems: ['you have accepted no assignment from this group'] });
  });
});
