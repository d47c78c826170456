import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../../tests/fixtures/group-documents';
import {
  assignmentTotals,
  buildDashboard,
  dashboardCsv,
  isBelowTarget,
  isNewer,
  overdueByMember,
  planReportImport,
  type LeadAssignmentInfo,
  type OverdueItem,
  type StoredResult,
} from './group-dashboard';
import type { Report } from './group-schema';

const group = { id: 'g-ml-platform', name: 'ML platform' };
const assignments: LeadAssignmentInfo[] = [
  { id: 'a-week-3', title: 'Week 3: identity and access', exam: 'cissp', dueDate: '2026-03-15', total: 4, targetAccuracy: 80 },
  { id: 'a-week-4', title: 'Week 4: =crypto', exam: 'cissp', dueDate: '2026-03-08', total: 2, targetAccuracy: 70 },
];

/** The lead's clock while importing: after every report of these tests. */
const importedAt = new Date('2026-03-12T09:00:00Z');

/** Applies a plan's writes to a store, as the repository does. */
function apply(store: StoredResult[], report: Report, now = importedAt): StoredResult[] {
  const plan = planReportImport(report, group, assignments, store, now);
  if (!plan.ok) throw new Error(plan.problems.join('; '));
  const next = new Map(store.map((r) => [`${r.memberKey}|${r.assignmentId}`, r]));
  for (const w of plan.value.writes) next.set(`${w.memberKey}|${w.assignmentId}`, w);
  return [...next.values()].sort((a, b) => `${a.memberKey}|${a.assignmentId}`.localeCompare(`${b.memberKey}|${b.assignmentId}`));
}

const reportAt = (generatedAt: string, done: number, reportId = `r-${generatedAt.slice(0, 10)}`) =>
  sampleReport({
    reportId,
    generatedAt,
    assignments: [
      { ...sampleReport().assignments[0]!, done, correct: Math.min(done, 2), byDomain: [{ domain: 5, done, correct: Math.min(done, 2) }] },
    ],
  });

describe('planReportImport', () => {
  it('is idempotent: importing the same report twice equals importing it once', () => {
    const once = apply([], sampleReport());
    expect(once).toHaveLength(1);
    const plan = planReportImport(sampleReport(), group, assignments, once, importedAt);
    expect(plan).toEqual({ ok: true, value: { member: 'Ana Lima', writes: [], unchanged: 1, skipped: [] } });
    expect(apply(once, sampleReport())).toEqual(once);
  });

  it('is monotonic: an older report after a newer one changes nothing; a newer one replaces', () => {
    const newer = apply([], reportAt('2026-03-10T18:00:00.000Z', 3));
    expect(apply(newer, reportAt('2026-03-09T18:00:00.000Z', 1))).toEqual(newer);
    const newest = apply(newer, reportAt('2026-03-11T18:00:00.000Z', 4));
    expect(newest[0]!.result.done).toBe(4);
  });

  it('ends in the same state whatever order reports arrive in, duplicates included (property)', () => {
    const report = fc
      .record({
        day: fc.integer({ min: 1, max: 9 }),
        done: fc.integer({ min: 0, max: 3 }),
        id: fc.constantFrom('r-aaaa', 'r-bbbb'),
        member: fc.constantFrom('Ana Lima', 'ana lima', 'Ben'),
      })
      // A report id names one report: the same id always comes with the same content.
      .map(({ day, done, id, member }) => ({ ...reportAt(`2026-03-0${day}T10:00:00.000Z`, done, `${id}-${day}-${done}`), member }));
    fc.assert(
      fc.property(fc.array(report, { minLength: 1, maxLength: 8 }), fc.nat(), (reports, shift) => {
        const forward = reports.reduce((store, r) => apply(store, r), [] as StoredResult[]);
        const rotated = [...reports.slice(shift % reports.length), ...reports.slice(0, shift % reports.length)];
        const backward = [...rotated].reverse().reduce((store, r) => apply(store, r), [] as StoredResult[]);
        const strip = (rows: StoredResult[]) => rows.map(({ member: _m, ...r }) => r); // the spelling of a name may differ
        expect(strip(backward)).toEqual(strip(forward));
        // No count is ever added up: each member has at most one result per assignment.
        expect(new Set(forward.map((r) => `${r.memberKey}|${r.assignmentId}`)).size).toBe(forward.length);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a report for another group or with a different question count, and skips unknown assignments', () => {
    expect(planReportImport(sampleReport({ group: { id: 'g-other-1', name: 'Night class' } }), group, assignments, [], importedAt)).toEqual(
      {
        ok: false,
        problems: ["this report is for the group “Night class” (id 'g-other-1'), not for “ML platform”"],
      },
    );
    const wrongTotal = sampleReport({ assignments: [{ ...sampleReport().assignments[0]!, total: 5 }] });
    expect(planReportImport(wrongTotal, group, assignments, [], importedAt)).toEqual({
      ok: false,
      problems: ["the report's assignment 1 (“Week 3: identity and access”) has 5 questions, but here “Week 3: identity and access” has 4"],
    });
    const unknown = sampleReport({ assignments: [{ ...sampleReport().assignments[0]!, assignmentId: 'a-gone', title: 'Old week' }] });
    expect(planReportImport(unknown, group, assignments, [], importedAt)).toEqual({
      ok: true,
      value: {
        member: 'Ana Lima',
        writes: [],
        unchanged: 0,
        skipped: ["'Old week' is not an assignment of this group here (was it deleted?), so it was skipped"],
      },
    });
  });

  it('refuses a report dated after today, saying the member’s clock may be wrong, and writes nothing', () => {
    const ahead = reportAt('2027-06-01T12:00:00.000Z', 0, 'r-ahead');
    expect(planReportImport(ahead, group, assignments, [], importedAt)).toEqual({
      ok: false,
      problems: [
        'Ana Lima’s report is dated 1 June 2027, after today: their device clock may be wrong; ask them to check it and send the report again',
      ],
    });
    // A clock a few hours fast, or a member in a time zone ahead, is not refused.
    const hoursAhead = reportAt('2026-03-13T06:00:00.000Z', 1, 'r-hours');
    expect(planReportImport(hoursAhead, group, assignments, [], importedAt)).toMatchObject({
      ok: true,
      value: { writes: [expect.anything()] },
    });
  });

  it('lets a real report replace one dated after today that was stored before such reports were refused', () => {
    // Imported by an earlier version, when the lead's clock was past it: now it outranks every real report.
    const stored = apply([], reportAt('2027-06-01T12:00:00.000Z', 1, 'r-ahead'), new Date('2027-06-02T00:00:00Z'));
    const fewer = reportAt('2026-03-11T18:00:00.000Z', 0);
    expect(apply(stored, fewer)).toEqual(stored); // it would lose answers: kept
    const more = reportAt('2026-03-11T18:00:00.000Z', 3);
    const replaced = apply(stored, more);
    expect(replaced).toMatchObject([{ reportId: 'r-2026-03-11', generatedAt: '2026-03-11T18:00:00.000Z', result: { done: 3 } }]);
    expect(apply(replaced, more)).toEqual(replaced); // and importing it again changes nothing
    expect(apply(replaced, reportAt('2026-03-12T08:00:00.000Z', 4))[0]!.result.done).toBe(4); // the next real report counts
  });

  it('orders by generatedAt, then report id', () => {
    expect(
      isNewer({ generatedAt: '2026-03-02T00:00:00.000Z', reportId: 'r-a' }, { generatedAt: '2026-03-01T00:00:00.000Z', reportId: 'r-z' }),
    ).toBe(true);
    expect(
      isNewer({ generatedAt: '2026-03-01T00:00:00.000Z', reportId: 'r-b' }, { generatedAt: '2026-03-01T00:00:00.000Z', reportId: 'r-a' }),
    ).toBe(true);
    expect(
      isNewer({ generatedAt: '2026-03-01T00:00:00.000Z', reportId: 'r-a' }, { generatedAt: '2026-03-01T00:00:00.000Z', reportId: 'r-a' }),
    ).toBe(false);
  });
});

describe('buildDashboard', () => {
  const now = new Date(2026, 2, 12, 12, 0); // 12 March, local
  const results = apply(apply([], sampleReport()), sampleReport({ member: 'Zoe Outsider', reportId: 'r-zoe-0001' }));

  it('fills the completion matrix, with roster members first and reporters not on the list after', () => {
    const d = buildDashboard({ members: ['Ben Okafor', 'Ana Lima'], assignments, results, now });
    expect(d.rows.map((r) => [r.member, r.inRoster])).toEqual([
      ['Ben Okafor', true],
      ['Ana Lima', true],
      ['Zoe Outsider', false],
    ]);
    const ana = d.rows[1]!;
    // Week 3: 3 done + 1 missing of 4 is done; Week 4 (due 8 March) has no report and is overdue.
    expect(ana.cells.map((c) => c.status)).toEqual(['done', 'overdue']);
    expect(ana.cells[0]).toMatchObject({
      done: 3,
      total: 4,
      correct: 2,
      missing: 1,
      accuracy: 2 / 3,
      reportedAt: '2026-03-10T18:00:00.000Z',
    });
    expect(d.rows[0]!.cells.map((c) => c.status)).toEqual(['no-report', 'overdue']);
    expect(d.domainColumns).toEqual([{ exam: 'cissp', domain: 5 }]);
    expect(d.domainCells).toEqual([[null], [{ done: 3, correct: 2, accuracy: 2 / 3 }], [{ done: 3, correct: 2, accuracy: 2 / 3 }]]);
    expect(d.overdue.map((o) => [o.member, o.assignmentId, o.daysLate, o.reported])).toEqual([
      ['Ana Lima', 'a-week-4', 4, false],
      ['Ben Okafor', 'a-week-4', 4, false],
      ['Zoe Outsider', 'a-week-4', 4, false],
    ]);
  });

  it('exports every cell as CSV, neutralising formula text', () => {
    const csv = dashboardCsv(buildDashboard({ members: ['Ana Lima'], assignments, results: results.slice(0, 1), now }));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Member,On member list,Assignment,Exam,Due date,Questions,Done,Right first time,Accuracy %,Target %,Not in member bank,Time answering (min),Status,Report made at,CISSP D5 accuracy %',
    );
    expect(lines[1]).toBe('Ana Lima,yes,Week 3: identity and access,CISSP,2026-03-15,4,3,2,67,80,1,1.6,done,2026-03-10T18:00:00.000Z,67');
    expect(lines[2]).toBe("Ana Lima,yes,'=crypto,CISSP,2026-03-08,2,0,0,,70,0,0,overdue,,".replace("'=crypto", 'Week 4: =crypto'));
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('assignmentTotals', () => {
  const now = new Date(2026, 2, 12, 12, 0); // 12 March, local: Week 3 is open, Week 4 is overdue
  const week3 = (member: string, done: number, correct: number): StoredResult => ({
    assignmentId: 'a-week-3',
    member,
    memberKey: member.toLowerCase(),
    reportId: `r-${member.toLowerCase()}`,
    generatedAt: '2026-03-10T18:00:00.000Z',
    result: { ...sampleReport().assignments[0]!, total: 4, done, correct, missing: 0 },
  });

  it('counts done (and of those, below the target), overdue and without a report, with the median accuracy', () => {
    const results = [week3('Ana', 4, 4), week3('Ben', 4, 2), week3('Cy', 2, 1)];
    const d = buildDashboard({ members: ['Ana', 'Ben', 'Cy', 'Dee'], assignments, results, now });
    expect(assignmentTotals(d)).toEqual([
      { members: 4, done: 2, doneBelowTarget: 1, overdue: 0, noReport: 1, medianAccuracy: 0.5 },
      // Nobody reported on Week 4, due 8 March: everyone is overdue, and there is no accuracy to take a median of.
      { members: 4, done: 0, doneBelowTarget: 0, overdue: 4, noReport: 4, medianAccuracy: null },
    ]);
  });

  it('takes the middle two for an even count', () => {
    const d = buildDashboard({ members: ['Ana', 'Ben'], assignments, results: [week3('Ana', 4, 4), week3('Ben', 4, 2)], now });
    expect(assignmentTotals(d)[0]!.medianAccuracy).toBe(0.75);
  });
});

describe('isBelowTarget', () => {
  it('compares the percent the dashboard shows with the target, and needs an answer', () => {
    expect(isBelowTarget({ accuracy: 0.35 }, 70)).toBe(true);
    expect(isBelowTarget({ accuracy: 0.694 }, 70)).toBe(true); // shown as 69%
    expect(isBelowTarget({ accuracy: 0.696 }, 70)).toBe(false); // shown as 70%
    expect(isBelowTarget({ accuracy: 0.95 }, 70)).toBe(false);
    expect(isBelowTarget({ accuracy: null }, 70)).toBe(false);
  });
});

describe('overdueByMember', () => {
  const item = (member: string, assignmentId: string, daysLate: number, reported = false): OverdueItem => ({
    member,
    assignmentId,
    title: assignmentId,
    dueDate: '2026-03-01',
    daysLate,
    done: 0,
    total: 10,
    reported,
  });

  it('groups the overdue work by member: most overdue first, then the longest late, then names in natural order', () => {
    const grouped = overdueByMember([
      item('Member 10', 'a1', 30),
      item('Member 4', 'a1', 30),
      item('Member 4', 'a2', 16, true),
      item('Member 30', 'a2', 16),
      item('Member 2', 'a2', 16),
      item('Member 10', 'a2', 16),
      item('Member 9', 'a3', 2),
    ]);
    expect(grouped.map((m) => [m.member, m.items.map((i) => i.assignmentId), m.daysLate, m.reported])).toEqual([
      ['Member 4', ['a1', 'a2'], 30, true],
      ['Member 10', ['a1', 'a2'], 30, false],
      ['Member 2', ['a2'], 16, false],
      ['Member 30', ['a2'], 16, false],
      ['Member 9', ['a3'], 2, false],
    ]);
  });

  it('orders the dashboard’s own overdue list and outside reporters by name as a lead reads them (4 before 10)', () => {
    const d = buildDashboard({ members: ['Member 10', 'Member 4'], assignments, results: [], now: new Date(2026, 2, 12, 12, 0) });
    expect(d.overdue.map((o) => o.member)).toEqual(['Member 4', 'Member 10']);
  });
});
