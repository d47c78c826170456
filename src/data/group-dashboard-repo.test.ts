import fc from 'fast-check';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleAssignment, sampleReport } from '../../tests/fixtures/group-documents';
import { serializeGroupDocument } from '../domain/group/group-codec';
import { BastionDb, setDatabase } from './db';
import { importReportText, memberResultRecord, removeMemberResults, useDashboard } from './group-dashboard-repo';

let database: BastionDb;
let n = 0;
const t0 = new Date('2026-03-12T09:00:00Z');
const groupId = 'g-ml-platform';

beforeEach(async () => {
  database = new BastionDb(`group-dashboard-repo-${++n}`);
  setDatabase(database);
  await database.groups.put({
    id: groupId,
    name: 'ML platform',
    role: 'lead',
    createdAt: t0,
    data: { members: ['Ana Lima', 'Ben Okafor'] },
  });
  const assignment = sampleAssignment();
  await database.assignments.put({ id: assignment.id, groupId, createdAt: t0, dueDate: assignment.dueDate, assignment });
});
afterEach(async () => {
  await database.delete();
});

const text = (over: Parameters<typeof sampleReport>[0] = {}) => serializeGroupDocument(sampleReport(over));
const newer = () =>
  text({
    reportId: 'r-ana-0002',
    generatedAt: '2026-03-11T18:00:00.000Z',
    assignments: [{ ...sampleReport().assignments[0]!, done: 3, correct: 3, byDomain: [{ domain: 5, done: 3, correct: 3 }] }],
  });

async function counts(): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(database.tables.map(async (t) => [t.name, await t.count()] as const)));
}

describe('importReportText', () => {
  it('imports a report once however often it comes, and never goes back to an older one', async () => {
    expect(await importReportText(groupId, text(), t0)).toEqual({ ok: true, member: 'Ana Lima', updated: 1, unchanged: 0, skipped: [] });
    const once = await database.memberResults.toArray();
    expect(once).toEqual([
      expect.objectContaining({
        id: `${groupId}|ana lima|a-week-3`,
        member: 'Ana Lima',
        reportId: 'r-ana-0001',
        generatedAt: new Date('2026-03-10T18:00:00.000Z'),
        importedAt: t0,
        result: sampleReport().assignments[0],
      }),
    ]);
    expect(await importReportText(groupId, text(), new Date('2026-03-13T00:00:00Z'))).toMatchObject({ ok: true, updated: 0, unchanged: 1 });
    expect(await database.memberResults.toArray()).toEqual(once); // not even importedAt moved

    expect(await importReportText(groupId, newer(), t0)).toMatchObject({ ok: true, updated: 1 });
    const latest = await database.memberResults.toArray();
    expect(latest[0]!.result.correct).toBe(3);
    expect(await importReportText(groupId, text(), t0)).toMatchObject({ ok: true, updated: 0, unchanged: 1 });
    expect(await database.memberResults.toArray()).toEqual(latest);
  });

  it('refuses a report for another group, with the wrong question count, or damaged, and writes nothing', async () => {
    await importReportText(groupId, text(), t0);
    const before = await counts();
    const rows = await database.memberResults.toArray();
    const bad = [
      text({ group: { id: 'g-other-1', name: 'Night class' } }),
      text({
        reportId: 'r-x-0009',
        generatedAt: '2026-03-11T20:00:00.000Z',
        assignments: [{ ...sampleReport().assignments[0]!, total: 9 }],
      }),
      newer().slice(0, 200),
      newer().replace('"version": 1', '"version": 3'),
      serializeGroupDocument(sampleAssignment()),
      text({ reportId: 'r-ana-ahead', generatedAt: '2027-06-01T12:00:00.000Z' }),
    ];
    const problems = [];
    for (const t of bad) {
      const result = await importReportText(groupId, t, t0);
      expect(result.ok).toBe(false);
      if (!result.ok) problems.push(result.problems[0]);
    }
    expect(problems).toEqual([
      "this report is for the group “Night class” (id 'g-other-1'), not for “ML platform”",
      "the report's assignment 1 (“Week 3: identity and access”) has 9 questions, but here “Week 3: identity and access” has 4",
      expect.stringMatching(/^the file is truncated or not JSON: /),
      'this report was made by a newer Bastion (format version 3; this app reads up to 1): update Bastion, then open it again',
      "this is an assignment (kind 'bastion-assignment'), not a member's progress report",
      'Ana Lima’s report is dated 1 June 2027, after today: their device clock may be wrong; ask them to check it and send the report again',
    ]);
    expect(await counts()).toEqual(before);
    expect(await database.memberResults.toArray()).toEqual(rows);
  });

  it('writes nothing for any failed import of a mutated report (fuzz, fake IndexedDB)', async () => {
    const valid = newer();
    const before = await counts();
    const mutation = fc.oneof(
      fc.nat(valid.length - 1).map((end) => valid.slice(0, end)),
      fc
        .tuple(fc.nat(valid.length - 1), fc.string({ minLength: 1, maxLength: 3 }))
        .map(([at, s]) => valid.slice(0, at) + s + valid.slice(at + 1)),
      fc.jsonValue().map((v) => JSON.stringify({ ...JSON.parse(valid), assignments: [v] })),
    );
    await fc.assert(
      fc.asyncProperty(mutation, async (input) => {
        const result = await importReportText(groupId, input, t0);
        if (!result.ok) expect(await counts()).toEqual(before);
        else await database.memberResults.clear(); // a mutation that is still a valid report: undo for the next run
      }),
      { numRuns: 300 },
    );
  });
});

describe('removeMemberResults', () => {
  it("removes only that member's results in that group: other members, other groups and the member list stay", async () => {
    await importReportText(groupId, text(), t0);
    await importReportText(groupId, text({ reportId: 'r-ben-0001', member: 'Ben Okafor' }), t0);
    // The same member in another group this browser leads.
    const elsewhere = memberResultRecord(
      'g-night-class',
      {
        assignmentId: 'a-week-3',
        member: 'Ana Lima',
        memberKey: 'ana lima',
        reportId: 'r-ana-0007',
        generatedAt: '2026-03-10T18:00:00.000Z',
        result: sampleReport().assignments[0]!,
      },
      t0,
    );
    await database.memberResults.put(elsewhere);
    const before = await counts();
    const groupsBefore = await database.groups.toArray();
    const [ben] = await database.memberResults.where('memberKey').equals('ben okafor').toArray();

    expect(await removeMemberResults(groupId, ' ana LIMA ')).toBe(1); // matched by name as imports match it
    expect(await database.memberResults.orderBy('id').toArray()).toEqual([ben, elsewhere].sort((a, b) => a!.id.localeCompare(b!.id)));
    expect(await counts()).toEqual({ ...before, memberResults: before.memberResults! - 1 });
    expect(await database.groups.toArray()).toEqual(groupsBefore); // Ana Lima is still on the member list

    expect(await removeMemberResults(groupId, 'Ana Lima')).toBe(0); // nothing left to remove: nothing changes
    expect(await database.memberResults.count()).toBe(2);
  });
});

describe('useDashboard', () => {
  it('follows imports live', async () => {
    const { result } = renderHook(() => useDashboard(groupId, t0));
    await waitFor(() => expect(result.current?.rows.map((r) => r.member)).toEqual(['Ana Lima', 'Ben Okafor']));
    expect(result.current?.rows[0]!.cells[0]!.status).toBe('no-report');
    await importReportText(groupId, text(), t0);
    await waitFor(() => expect(result.current?.rows[0]!.cells[0]).toMatchObject({ status: 'done', done: 3, correct: 2 }));
  });
});
