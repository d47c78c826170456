/**
 * A member's accepted assignments at work: their progress, read from the review logs of the practice
 * sessions started for them (src/domain/group/assignment-progress.ts says what counts), and starting
 * or resuming practice on one.
 *
 * Apart from group-member-repo.ts (receiving and accepting an assignment) because Today and Practice
 * need only this part: that one checks shared documents with zod, and importing it made every start
 * of the practice screen load and build zod's schemas.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { domainIn } from '../domain/bank/question-filter';
import { assignmentProgress, type AssignmentProgress, type AssignmentSummary } from '../domain/group/assignment-progress';
import type { SessionConfig } from '../domain/study/session';
import { randomSeed } from '../domain/study/random';
import { db, type AcceptedAssignmentRecord } from './db';
import { reviewLogsOfSessions } from './review-log-store';
import { startSessionWithKeys } from './study-starters';

/** Keys of these questions that this browser can practise: present, not retired, in a switched-on pack. */
export async function availableKeys(keys: readonly string[]): Promise<Set<string>> {
  const database = db();
  const [questions, packs] = await Promise.all([database.questions.bulkGet([...keys]), database.packs.toArray()]);
  const enabled = new Set(packs.filter((p) => p.enabled === 1).map((p) => p.id));
  return new Set(questions.filter((q) => q !== undefined && q.retired === 0 && enabled.has(q.packId)).map((q) => q!.key));
}

/** One accepted assignment's progress, from the review logs of its sessions. */
export async function loadAssignmentProgress(record: AcceptedAssignmentRecord): Promise<AssignmentProgress> {
  const database = db();
  const { questionKeys, exam } = record.assignment;
  const [questions, available, logs] = await Promise.all([
    database.questions.bulkGet([...questionKeys]),
    availableKeys(questionKeys),
    reviewLogsOfSessions(record.sessionIds),
  ]);
  const domainOf = new Map<string, number>();
  for (const q of questions) {
    const domain = q ? domainIn(exam, q) : undefined;
    if (q && domain !== undefined) domainOf.set(q.key, domain);
  }
  return assignmentProgress({
    questionKeys,
    available,
    domainOf,
    answers: logs.map((l) => ({ questionKey: l.questionKey, answeredAt: l.review, correct: l.correct, responseMs: l.responseMs })),
  });
}

/** Every accepted assignment with its progress, by due date. */
export async function loadAssignmentSummaries(): Promise<AssignmentSummary[]> {
  const records = await db().acceptedAssignments.orderBy('dueDate').toArray();
  return Promise.all(
    records.map(async (r) => ({
      id: r.id,
      title: r.assignment.title,
      groupName: r.assignment.group.name,
      exam: r.assignment.exam,
      dueDate: r.assignment.dueDate,
      targetAccuracy: r.assignment.targetAccuracy,
      ...(r.assignment.note ? { note: r.assignment.note } : {}),
      progress: await loadAssignmentProgress(r),
    })),
  );
}

/** Accepted assignments and their progress, live (answers update it as they are given). */
export function useAssignmentSummaries(): AssignmentSummary[] | undefined {
  return useLiveQuery(loadAssignmentSummaries);
}

/**
 * Practice on an assignment: resumes its session if one is still open, otherwise starts an ordinary
 * practice session on exactly the questions not yet answered (in the assignment's order) and links
 * it to the assignment, in one transaction. Null when nothing is left to answer here.
 */
export async function startAssignmentPractice(id: string, now: Date, seed = randomSeed()): Promise<string | null> {
  const database = db();
  const tables = [database.acceptedAssignments, database.sessions, database.questions, database.packs, database.logChunks];
  return database.transaction('rw', tables, async () => {
    const record = await database.acceptedAssignments.get(id);
    if (!record) return null;
    const sessions = await database.sessions.bulkGet(record.sessionIds);
    const open = sessions.find((s) => s?.status === 'active');
    if (open) return open.id;
    const { remainingKeys } = await loadAssignmentProgress(record);
    const config: SessionConfig = {
      kind: 'practice',
      exam: record.assignment.exam,
      title: `Assignment: ${record.assignment.title}`,
      domains: [],
      objectives: [],
      tags: [],
      difficulties: [],
      source: 'all',
      size: remainingKeys.length,
    };
    const sessionId = await startSessionWithKeys(config, remainingKeys, now, seed);
    if (sessionId) await database.acceptedAssignments.update(id, { sessionIds: [...record.sessionIds, sessionId] });
    return sessionId;
  });
}
