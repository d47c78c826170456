/**
 * The lead's side of member reports: importing report files into a group, forgetting one member's
 * results, and the dashboard built from them. Each file is validated in full (schema, then against this group) before anything is
 * written, and written in one transaction: a bad file changes nothing, and the good files of a
 * batch are imported whatever the bad ones hold. src/domain/group/group-dashboard.ts has the rules
 * that make importing idempotent and monotonic.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { parseGroupFile } from '../domain/group/group-codec';
import { memberKey } from '../domain/group/group-schema';
import {
  buildDashboard,
  leadAssignmentInfo,
  planReportImport,
  type Dashboard,
  type LeadAssignmentInfo,
  type StoredResult,
} from '../domain/group/group-dashboard';
import { db, type MemberResultRecord } from './db';
import { loadLeadGroups } from './group-repo';

export type ReportImportOutcome =
  { ok: true; member: string; updated: number; unchanged: number; skipped: readonly string[] } | { ok: false; problems: readonly string[] };

/** How an imported result is stored: one row per group, member and assignment, replaced by a newer report. */
export function memberResultRecord(groupId: string, result: StoredResult, importedAt: Date): MemberResultRecord {
  return {
    id: `${groupId}|${result.memberKey}|${result.assignmentId}`,
    groupId,
    assignmentId: result.assignmentId,
    member: result.member,
    memberKey: result.memberKey,
    reportId: result.reportId,
    generatedAt: new Date(result.generatedAt),
    importedAt,
    result: result.result,
  };
}

async function leadAssignments(groupId: string): Promise<LeadAssignmentInfo[]> {
  const rows = await db().assignments.where('groupId').equals(groupId).toArray();
  return rows
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.createdAt.getTime() - b.createdAt.getTime())
    .map(({ assignment }) => leadAssignmentInfo(assignment));
}

const toStored = (r: MemberResultRecord): StoredResult => ({
  assignmentId: r.assignmentId,
  member: r.member,
  memberKey: r.memberKey,
  reportId: r.reportId,
  generatedAt: r.generatedAt.toISOString(),
  result: r.result,
});

/**
 * Imports one report file's text into a lead's group. Nothing is written unless the whole file is
 * valid and belongs to this group; then every newer result is written in one transaction.
 */
export async function importReportText(groupId: string, text: string, now: Date): Promise<ReportImportOutcome> {
  const parsed = parseGroupFile(text, 'bastion-report');
  if (!parsed.ok) return parsed;
  const report = parsed.value;
  const database = db();
  try {
    return await database.transaction('rw', [database.groups, database.assignments, database.memberResults], async () => {
      const group = (await loadLeadGroups()).find((g) => g.id === groupId);
      if (!group) return { ok: false, problems: ['this group no longer exists'] };
      const existing = (await database.memberResults.where('groupId').equals(groupId).toArray()).map(toStored);
      const plan = planReportImport(report, group, await leadAssignments(groupId), existing, now);
      if (!plan.ok) return plan;
      await database.memberResults.bulkPut(plan.value.writes.map((w) => memberResultRecord(groupId, w, now)));
      return {
        ok: true,
        member: report.member,
        updated: plan.value.writes.length,
        unchanged: plan.value.unchanged,
        skipped: plan.value.skipped,
      };
    });
  } catch (error) {
    return {
      ok: false,
      problems: [`the import failed and nothing was changed: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}

/**
 * Forgets one member's imported results in a group (a report imported by mistake, a member who
 * left): only their rows go, matched by name as imports match it. The member list, the other
 * members' results and other groups are untouched; a report the member sends later imports as new.
 * Returns how many results went.
 */
export async function removeMemberResults(groupId: string, member: string): Promise<number> {
  const key = memberKey(member);
  return db()
    .memberResults.where('groupId')
    .equals(groupId)
    .and((r) => r.memberKey === key)
    .delete();
}

/** The group's dashboard at `now`; undefined when this browser leads no such group. */
export async function loadDashboard(groupId: string, now: Date): Promise<Dashboard | undefined> {
  const group = (await loadLeadGroups()).find((g) => g.id === groupId);
  if (!group) return undefined;
  const [assignments, results] = await Promise.all([
    leadAssignments(groupId),
    db().memberResults.where('groupId').equals(groupId).toArray(),
  ]);
  return buildDashboard({ members: group.members, assignments, results: results.map(toStored), now });
}

/** The group's dashboard at `now` (to the minute), live as reports are imported. */
export function useDashboard(groupId: string | undefined, now: Date): Dashboard | undefined {
  const minute = Math.floor(now.getTime() / 60_000);
  return useLiveQuery(async () => (groupId ? loadDashboard(groupId, new Date(minute * 60_000)) : undefined), [groupId, minute]);
}
