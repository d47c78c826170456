/**
 * A lead's study groups and the assignments they hand out. Assignments are resolved against the
 * lead's bank when created (src/domain/group/assignment-builder.ts) and stored exactly as shared, so
 * the file, the link and the QR code made later are always the same document.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from '../domain/zod';
import {
  buildAssignment,
  checkSelection,
  type AssignmentDraft,
  type SelectionCheck,
  type SelectionDraft,
} from '../domain/group/assignment-builder';
import type { ExamId } from '../domain/exam-blueprints';
import { checkGroupInput, type Assignment, type GroupParse } from '../domain/group/group-schema';
import { randomSeed, seededRng } from '../domain/study/random';
import type { Pack } from '../domain/pack/pack-schema';
import { db, type LeadAssignmentRecord, type PackRecord } from './db';
import { sharedIdentityOfMyQuestions } from './my-questions-repo';
import { MY_QUESTIONS_ID, readPackForExport } from './pack-repo';
import { newGroupDocumentId } from './group-ids';
import { loadActivePool } from './study-hooks';

export interface LeadGroup {
  id: string;
  name: string;
  createdAt: Date;
  members: string[];
}

const leadDataSchema = z.object({ members: z.array(z.string()) });

/** The lead's groups, oldest first. A row whose data cannot be read shows with no members. */
export async function loadLeadGroups(): Promise<LeadGroup[]> {
  const rows = await db().groups.where('role').equals('lead').toArray();
  return rows
    .map((row) => ({
      id: row.id,
      name: row.name,
      createdAt: row.createdAt,
      members: leadDataSchema.safeParse(row.data).data?.members ?? [],
    }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export function useLeadGroups(): LeadGroup[] | undefined {
  return useLiveQuery(loadLeadGroups);
}

export function useLeadGroup(id: string | undefined): LeadGroup | null | undefined {
  return useLiveQuery(async () => (await loadLeadGroups()).find((g) => g.id === id) ?? null, [id]);
}

/**
 * A new group led from this browser; returns its id, or the problems with the name and members.
 * `memberLines` are the member list's lines as typed (blank ones are skipped), so problems name lines.
 */
export async function createLeadGroup(name: string, memberLines: readonly string[], now: Date): Promise<GroupParse<string>> {
  const checked = checkGroupInput(name, memberLines);
  if (!checked.ok) return checked;
  const id = newGroupDocumentId('g');
  await db().groups.add({ id, name: checked.value.name, role: 'lead', createdAt: now, data: { members: checked.value.members } });
  return { ok: true, value: id };
}

/**
 * Renames a group or changes its members. Assignments already shared keep the roster they were made
 * with; new ones carry the new roster.
 */
export async function updateLeadGroup(id: string, name: string, memberLines: readonly string[]): Promise<GroupParse<string>> {
  const checked = checkGroupInput(name, memberLines);
  if (!checked.ok) return checked;
  const changed = await db().groups.update(id, { name: checked.value.name, data: { members: checked.value.members } });
  return changed ? { ok: true, value: id } : { ok: false, problems: ['this group no longer exists'] };
}

/** Deletes a group with its assignments, imported results and tracker rows, in one transaction. */
export async function deleteLeadGroup(id: string): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.groups, database.assignments, database.memberResults, database.teamCerts], async () => {
    await database.assignments.where('groupId').equals(id).delete();
    await database.memberResults.where('groupId').equals(id).delete();
    await database.teamCerts.where('groupId').equals(id).delete();
    await database.groups.delete(id);
  });
}

/**
 * Creates an assignment for a group from the lead's draft: the selection becomes a fixed list of
 * question keys from the lead's active bank. Nothing is written when the draft has problems.
 */
export async function createAssignment(
  groupId: string,
  draft: AssignmentDraft,
  now: Date,
  seed = randomSeed(),
): Promise<GroupParse<Assignment>> {
  const group = (await loadLeadGroups()).find((g) => g.id === groupId);
  if (!group) return { ok: false, problems: ['this group no longer exists'] };
  const pool = await loadActivePool();
  const attached = draft.packId === undefined ? undefined : await loadAttachablePack(draft.packId);
  // The lead's own questions travel under the id they export them with (every browser has a `my-questions`).
  const travelAs = draft.packId === MY_QUESTIONS_ID && attached ? await sharedIdentityOfMyQuestions() : undefined;
  const stamp = { id: newGroupDocumentId('a'), createdAt: now };
  const built = buildAssignment(draft, group, pool, stamp, seededRng(seed), attached, travelAs);
  if (!built.ok) return built;
  const assignment = built.value;
  await db().assignments.add({ id: assignment.id, groupId, createdAt: now, dueDate: assignment.dueDate, assignment });
  return built;
}

/** An imported, switched-on pack of the lead's as it can travel with an assignment; undefined otherwise. */
async function loadAttachablePack(packId: string): Promise<Pack | undefined> {
  const record = await db().packs.get(packId);
  if (!record || !isAttachable(record)) return undefined;
  return readPackForExport(packId);
}

/** Imported packs and the lead's own questions, switched on and not empty; never the bundled bank (every member has it). */
const isAttachable = (p: PackRecord): boolean => p.source !== 'bundled' && p.enabled === 1 && p.questionCount > 0;

export interface AttachablePack {
  id: string;
  title: string;
  questionCount: number;
}

/** The packs a lead may send with an assignment, by title ("My questions" is the lead's own). */
export function useAttachablePacks(): AttachablePack[] | undefined {
  return useLiveQuery(async () =>
    (await db().packs.toArray())
      .filter(isAttachable)
      .map((p) => ({ id: p.id, title: p.title, questionCount: p.questionCount }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  );
}

/** A group's assignments, by due date. */
export function useGroupAssignments(groupId: string | undefined): LeadAssignmentRecord[] | undefined {
  return useLiveQuery(async () => {
    if (!groupId) return [];
    const rows = await db().assignments.where('groupId').equals(groupId).toArray();
    return rows.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.createdAt.getTime() - b.createdAt.getTime());
  }, [groupId]);
}

/** Deletes an assignment and the member results imported for it. */
export async function deleteAssignment(id: string): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.assignments, database.memberResults], async () => {
    await database.memberResults.where('assignmentId').equals(id).delete();
    await database.assignments.delete(id);
  });
}

/** How many questions of the lead's active bank a selection matches, and any problem with it; live, for the form. */
export function useSelectionCheck(exam: ExamId, selection: SelectionDraft, packId?: string): SelectionCheck | undefined {
  const key = JSON.stringify({ exam, selection, packId });
  return useLiveQuery(async () => {
    const { exam: e, selection: s, packId: p } = JSON.parse(key) as { exam: ExamId; selection: SelectionDraft; packId?: string };
    return checkSelection(s, e, await loadActivePool(), p);
  }, [key]);
}
