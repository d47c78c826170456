/**
 * A member's side of a study group: assignments received by link or file, accepted, worked on in
 * ordinary practice sessions (so every answer feeds FSRS as usual), and their progress.
 *
 * An accepted assignment remembers the practice sessions started for it; its progress is read from
 * the review logs of those sessions (src/domain/group/assignment-progress.ts says what counts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from '../domain/zod';
import { domainIn } from '../domain/bank/question-filter';
import { assignmentProgress, type AssignmentProgress, type AssignmentSummary } from '../domain/group/assignment-progress';
import { checkGroupInput, type Assignment, type AttachedPack, type GroupParse } from '../domain/group/group-schema';
import { questionKeyOf } from '../domain/pack/pack-ids';
import { canonicalQuestion } from '../domain/pack/pack-serialize';
import type { SessionConfig } from '../domain/study/session';
import { randomSeed } from '../domain/study/random';
import { db, type AcceptedAssignmentRecord, type BastionDb, type PackRecord, type QuestionRecord } from './db';
import { reviewLogsOfSessions } from './review-log-store';
import { startSessionWithKeys } from './study-starters';

/** The id of the group record a member keeps for a group they joined (see GroupRecord). */
export const memberGroupId = (groupId: string): string => `member:${groupId}`;

const memberDataSchema = z.object({ groupId: z.string(), memberName: z.string() });

/** The name this member gave in a group, if they accepted an assignment from it before. */
export async function loadMemberName(groupId: string): Promise<string | null> {
  const row = await db().groups.get(memberGroupId(groupId));
  return memberDataSchema.safeParse(row?.data).data?.memberName ?? null;
}

export interface AssignmentPreview {
  /** Questions of the assignment this browser's bank can serve once it is accepted. */
  available: number;
  missing: number;
  acceptedAt: Date | null;
  memberName: string | null;
  /** What accepting does with the questions sent with the assignment; null when none were sent. */
  pack: AttachedPackPlan | null;
}

export interface AttachedPackPlan {
  title: string;
  /** Questions sent that this browser lacks (or has only as removed): accepting adds them. */
  adding: number;
  /** This browser has the pack switched off: its questions stay out of practice until it is switched on. */
  switchedOff: boolean;
  /** Why the questions cannot be added here (the pack id is taken by a pack that is not imported); null when they can. */
  clash: string | null;
}

/** What accepting would mean here: how many questions the bank lacks, and whether it was accepted before. */
export async function previewAssignment(assignment: Assignment): Promise<AssignmentPreview> {
  const database = db();
  const [available, existing, memberName, pack] = await Promise.all([
    availableKeys(assignment.questionKeys),
    database.acceptedAssignments.get(assignment.id),
    loadMemberName(assignment.group.id),
    assignment.pack ? planAttachedPack(database, assignment.pack) : Promise.resolve(null),
  ]);
  const usable = new Set(available);
  if (pack && !pack.plan.clash && !pack.plan.switchedOff) for (const key of pack.addingKeys) usable.add(key);
  return {
    available: usable.size,
    missing: assignment.questionKeys.length - usable.size,
    acceptedAt: existing?.acceptedAt ?? null,
    memberName,
    pack: pack?.plan ?? null,
  };
}

/** Compares the questions sent with an assignment with what this browser holds. */
async function planAttachedPack(database: BastionDb, pack: AttachedPack): Promise<{ plan: AttachedPackPlan; addingKeys: string[] }> {
  const keys = pack.questions.map((q) => questionKeyOf(pack.id, q.id));
  const [record, questions] = await Promise.all([database.packs.get(pack.id), database.questions.bulkGet(keys)]);
  const clash =
    record && record.source !== 'imported'
      ? `the questions sent with it belong to the pack id '${pack.id}', which here is “${record.title}”, not an imported pack: ask your lead to give their pack another id`
      : null;
  const addingKeys = keys.filter((_, i) => !questions[i] || questions[i]!.retired === 1);
  return { plan: { title: pack.title, adding: addingKeys.length, switchedOff: record?.enabled === 0, clash }, addingKeys };
}

/**
 * Adds the questions sent with an assignment that this browser lacks, under their pack (created as an
 * imported pack if it is not here). Questions already here stay exactly as they are: the member's own
 * import of that pack is the one that counts, and nothing of it is retired.
 */
async function addAttachedPack(database: BastionDb, pack: AttachedPack, addingKeys: readonly string[], now: Date): Promise<void> {
  const adding = new Set(addingKeys);
  const records: QuestionRecord[] = pack.questions
    .filter((q) => adding.has(questionKeyOf(pack.id, q.id)))
    .map((q) => ({ ...canonicalQuestion(q), key: questionKeyOf(pack.id, q.id), packId: pack.id, retired: 0 }));
  if (records.length === 0) return;
  await database.questions.bulkPut(records);
  const existing = await database.packs.get(pack.id);
  const questionCount = await database.questions
    .where('packId')
    .equals(pack.id)
    .filter((q) => q.retired === 0)
    .count();
  // A pack already here keeps its own title, license and switch; a new one is an imported pack. No
  // whole file was imported, so its content hash is empty: importing the pack's file later is a change.
  const base: PackRecord = existing ?? {
    id: pack.id,
    title: pack.title,
    license: pack.license,
    ...(pack.description !== undefined ? { description: pack.description } : {}),
    source: 'imported',
    enabled: 1,
    questionCount: 0,
    contentHash: '',
    updatedAt: now,
  };
  await database.packs.put({ ...base, questionCount, updatedAt: now });
}

/** `previewAssignment`, live: it follows the bank as it loads and the acceptance as it is written. */
export function useAssignmentPreview(assignment: Assignment): AssignmentPreview | undefined {
  return useLiveQuery(() => previewAssignment(assignment), [assignment]);
}

/**
 * Accepts an assignment under the member's name in its group, in one transaction, with the questions
 * sent with it that this browser lacks. Accepting the same assignment again keeps its sessions (and
 * so its progress) and only updates the name.
 */
export async function acceptAssignment(assignment: Assignment, memberName: string, now: Date): Promise<GroupParse<string>> {
  const checked = checkGroupInput(assignment.group.name, [memberName]);
  if (!checked.ok) return { ok: false, problems: checked.problems.map((p) => p.replace(/^members\[0\]/, 'your name')) };
  const name = checked.value.members[0]!;
  const database = db();
  const tables = [database.acceptedAssignments, database.groups, database.packs, database.questions];
  return database.transaction('rw', tables, async (): Promise<GroupParse<string>> => {
    if (assignment.pack) {
      const { plan, addingKeys } = await planAttachedPack(database, assignment.pack);
      if (plan.clash) return { ok: false, problems: [plan.clash] };
      await addAttachedPack(database, assignment.pack, addingKeys, now);
    }
    const existing = await database.acceptedAssignments.get(assignment.id);
    await database.acceptedAssignments.put({
      id: assignment.id,
      groupId: assignment.group.id,
      acceptedAt: existing?.acceptedAt ?? now,
      dueDate: assignment.dueDate,
      assignment,
      sessionIds: existing?.sessionIds ?? [],
    });
    const groupRow = await database.groups.get(memberGroupId(assignment.group.id));
    await database.groups.put({
      id: memberGroupId(assignment.group.id),
      name: assignment.group.name,
      role: 'member',
      createdAt: groupRow?.createdAt ?? now,
      data: { groupId: assignment.group.id, memberName: name },
    });
    return { ok: true, value: assignment.id };
  });
}

/** Removes an accepted assignment (its answers stay in the review history and FSRS). */
export async function removeAcceptedAssignment(id: string): Promise<void> {
  await db().acceptedAssignments.delete(id);
}

/** Keys of these questions that this browser can practise: present, not retired, in a switched-on pack. */
async function availableKeys(keys: readonly string[]): Promise<Set<string>> {
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
