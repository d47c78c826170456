/**
 * A member's progress report for one group, built from this browser's data for the member to
 * preview and save (src/domain/group/member-report.ts holds the format's rules).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { formatBytes, reportFileName, serializeGroupDocument } from '../domain/group/group-codec';
import { GROUP_CAPS, type GroupParse, type Report } from '../domain/group/group-schema';
import { buildReport } from '../domain/group/member-report';
import { db } from './db';
import { newGroupDocumentId } from './group-ids';
import { loadAssignmentProgress } from './assignment-practice-repo';
import { loadMemberName } from './group-member-repo';

export interface MemberGroup {
  groupId: string;
  groupName: string;
  memberName: string | null;
  assignments: number;
}

/** The groups this member has accepted assignments from, by name. */
export function useMemberGroups(): MemberGroup[] | undefined {
  return useLiveQuery(async () => {
    const records = await db().acceptedAssignments.toArray();
    const groups = new Map<string, MemberGroup>();
    for (const r of records) {
      const g = groups.get(r.groupId) ?? { groupId: r.groupId, groupName: r.assignment.group.name, memberName: null, assignments: 0 };
      g.assignments++;
      groups.set(r.groupId, g);
    }
    for (const g of groups.values()) g.memberName = await loadMemberName(g.groupId);
    return [...groups.values()].sort((a, b) => a.groupName.localeCompare(b.groupName));
  });
}

export interface PreparedReport {
  report: Report;
  /** Exactly the file's text. */
  text: string;
  bytes: number;
  fileName: string;
}

/** The report for one group as of `now`, ready to preview and save; nothing is written. */
export async function prepareReport(groupId: string, includeHistory: boolean, now: Date): Promise<GroupParse<PreparedReport>> {
  const records = (await db().acceptedAssignments.where('groupId').equals(groupId).toArray()).sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id),
  );
  if (records.length === 0) return { ok: false, problems: ['you have accepted no assignment from this group'] };
  const member = await loadMemberName(groupId);
  if (!member) return { ok: false, problems: ['open one of the group’s assignments again and choose your name'] };
  const assignments = await Promise.all(
    records.map(async (r) => ({ assignment: r.assignment, progress: await loadAssignmentProgress(r) })),
  );
  const newest = records.reduce((a, b) => (b.acceptedAt > a.acceptedAt ? b : a));
  const built = buildReport({
    reportId: newGroupDocumentId('r'),
    generatedAt: now,
    member,
    group: { id: groupId, name: newest.assignment.group.name },
    includeHistory,
    assignments,
  });
  if (!built.ok) return built;
  const text = serializeGroupDocument(built.value);
  const bytes = new TextEncoder().encode(text).length;
  // The lead's app refuses a bigger file: never hand out one it could not read.
  if (bytes > GROUP_CAPS.fileBytes) {
    const advice = includeHistory ? ': leave out every answer and try again' : '';
    return {
      ok: false,
      problems: [`the report would be ${formatBytes(bytes)}, more than a report can be (${formatBytes(GROUP_CAPS.fileBytes)})${advice}`],
    };
  }
  return { ok: true, value: { report: built.value, text, bytes, fileName: reportFileName(member, built.value.group.name) } };
}
