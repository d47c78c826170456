/**
 * A member's side of a study group: assignments received by link or file, previewed and accepted.
 * Accepted ones are worked on in ordinary practice sessions (so every answer feeds FSRS as usual);
 * an accepted assignment remembers those sessions, and assignment-practice-repo.ts reads its
 * progress from their review logs.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from '../domain/zod';
import { checkMemberName, type Assignment, type AttachedPack, type GroupParse } from '../domain/group/group-schema';
import { questionKeyOf } from '../domain/pack/pack-ids';
import { canonicalQuestion } from '../domain/pack/pack-serialize';
import { db, type BastionDb, type PackRecord, type QuestionRecord } from './db';
import { availableKeys } from './assignment-practice-repo';

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
  const checked = checkMemberName(memberName);
  if (!checked.ok) return checked;
  const name = checked.value;
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
