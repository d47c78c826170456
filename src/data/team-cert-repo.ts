/**
 * The team certification tracker of a lead's group: one row per member and target certification,
 * checked by src/domain/group/team-certs.ts before it is written.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { GroupParse } from '../domain/group/group-schema';
import { checkTeamCert, type TeamCert } from '../domain/group/team-certs';
import { db, type TeamCertRecord } from './db';
import { newGroupDocumentId } from './group-ids';

export function useTeamCerts(groupId: string): TeamCertRecord[] | undefined {
  return useLiveQuery(() => db().teamCerts.where('groupId').equals(groupId).toArray(), [groupId]);
}

/** Adds a row (no `id`) or replaces one; returns its id, or the problems (nothing is written). */
export async function saveTeamCert(groupId: string, input: TeamCert, now: Date, id?: string): Promise<GroupParse<string>> {
  const checked = checkTeamCert(input);
  if (!checked.ok) return checked;
  const rowId = id ?? newGroupDocumentId('tc');
  await db().teamCerts.put({ ...checked.value, id: rowId, groupId, updatedAt: now });
  return { ok: true, value: rowId };
}

export async function deleteTeamCert(id: string): Promise<void> {
  await db().teamCerts.delete(id);
}
