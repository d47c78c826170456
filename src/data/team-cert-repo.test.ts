import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BastionDb, setDatabase } from './db';
import { deleteTeamCert, saveTeamCert } from './team-cert-repo';

let database: BastionDb;
let n = 0;
const t0 = new Date('2026-03-01T09:00:00Z');
const input = {
  member: 'Ana Lima',
  certification: 'CISSP',
  status: 'exam-booked' as const,
  examDate: '2026-06-01',
  cpeEarned: null,
  cpeRequired: 120,
  renewalDate: '',
};

beforeEach(() => {
  database = new BastionDb(`team-cert-repo-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

describe('team certification rows', () => {
  it('adds, edits and deletes a row; a bad row writes nothing', async () => {
    const added = await saveTeamCert('g-1', input, t0);
    if (!added.ok) throw new Error(added.problems.join());
    expect(await database.teamCerts.get(added.value)).toEqual({ ...input, id: added.value, groupId: 'g-1', updatedAt: t0 });
    const later = new Date('2026-06-02T09:00:00Z');
    await saveTeamCert('g-1', { ...input, status: 'passed', cpeEarned: 0 }, later, added.value);
    expect(await database.teamCerts.get(added.value)).toMatchObject({ status: 'passed', cpeEarned: 0, updatedAt: later });
    expect(await saveTeamCert('g-1', { ...input, certification: ' ', cpeRequired: Number.NaN }, t0)).toEqual({
      ok: false,
      problems: ['The certification must not be empty', 'CPE required per cycle must be a number'],
    });
    expect(await database.teamCerts.count()).toBe(1);
    await deleteTeamCert(added.value);
    expect(await database.teamCerts.count()).toBe(0);
  });
});
