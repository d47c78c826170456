/**
 * A lead's dashboard from the member reports imported so far.
 *
 * Importing is idempotent and monotonic. The lead keeps ONE result per member and assignment: the
 * one from the newest report, ordered by the report's `generatedAt` and then its `reportId` (so two
 * reports made in the same millisecond still have one winner, whatever order they arrive in).
 * Importing the same report again, or an older one after a newer one, changes nothing; no count is
 * ever added twice, and nothing goes backwards.
 *
 * A report's date comes from the member's device clock. One dated after today (a clock running
 * ahead) would outrank every real report that follows, so it is refused. A lead who imported such a
 * report before it was refused is not locked out: a later report with at least as many answers done
 * replaces a stored result whose date is after today.
 */
import { compareMemberNames } from './member-names';
import { csvText } from '../certification/endorsement-cpe';
import { blueprints, type ExamId } from '../exam-blueprints';
import { isOverdue, daysUntil } from './assignment-progress';
import { longDateText } from '../day-text';
import { reportAssignmentName } from './group-problems';
import { memberKey, type Assignment, type GroupParse, type Report, type ReportAssignment } from './group-schema';

/** A member's result on one assignment, as the lead stores it. */
export interface StoredResult {
  readonly assignmentId: string;
  readonly member: string;
  readonly memberKey: string;
  readonly reportId: string;
  /** ISO date-time of the report it came from. */
  readonly generatedAt: string;
  readonly result: ReportAssignment;
}

/** What the dashboard needs to know of each of the lead's assignments. */
export interface LeadAssignmentInfo {
  readonly id: string;
  readonly title: string;
  readonly exam: ExamId;
  readonly dueDate: string;
  readonly total: number;
  readonly targetAccuracy: number;
}

/** What the dashboard needs of an assignment the lead handed out. */
export function leadAssignmentInfo(a: Assignment): LeadAssignmentInfo {
  return { id: a.id, title: a.title, exam: a.exam, dueDate: a.dueDate, total: a.questionKeys.length, targetAccuracy: a.targetAccuracy };
}

export interface ImportPlan {
  readonly member: string;
  /** Results that are new or newer than what is stored: to write. */
  readonly writes: readonly StoredResult[];
  /** Entries whose stored result is as new or newer: left as they are. */
  readonly unchanged: number;
  /** Entries for assignments this group does not have (any more), with why. */
  readonly skipped: readonly string[];
}

/** Whether result `a` is newer than `b` in the dashboard's order. */
export function isNewer(a: Pick<StoredResult, 'generatedAt' | 'reportId'>, b: Pick<StoredResult, 'generatedAt' | 'reportId'>): boolean {
  const ta = Date.parse(a.generatedAt);
  const tb = Date.parse(b.generatedAt);
  return ta !== tb ? ta > tb : a.reportId > b.reportId;
}

/** How far ahead of the lead's clock a report may be dated: time zones and a slightly fast clock, not more. */
const CLOCK_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** Whether an ISO date-time is more than a day after `now`: a device clock running ahead made it. */
export function isDatedAfterToday(generatedAt: string, now: Date): boolean {
  return Date.parse(generatedAt) > now.getTime() + CLOCK_TOLERANCE_MS;
}

/**
 * Whether `incoming` should replace `current`: it is newer, or `current` is dated after today (its
 * date says nothing, as it came from a clock running ahead) and `incoming` has at least as many
 * answers done, so replacing it loses no progress.
 */
function replaces(incoming: StoredResult, current: StoredResult | undefined, now: Date): boolean {
  if (!current || isNewer(incoming, current)) return true;
  return isDatedAfterToday(current.generatedAt, now) && incoming.result.done >= current.result.done;
}

/**
 * What importing a (schema-valid) report into a group at `now` would do, or why the report does not
 * belong to it. Pure: the caller writes `writes` in one transaction.
 */
export function planReportImport(
  report: Report,
  group: { readonly id: string; readonly name: string },
  assignments: readonly LeadAssignmentInfo[],
  existing: readonly StoredResult[],
  now: Date,
): GroupParse<ImportPlan> {
  if (report.group.id !== group.id) {
    return {
      ok: false,
      problems: [`this report is for the group “${report.group.name}” (id '${report.group.id}'), not for “${group.name}”`],
    };
  }
  if (isDatedAfterToday(report.generatedAt, now)) {
    return {
      ok: false,
      problems: [
        `${report.member}’s report is dated ${longDateText(new Date(report.generatedAt))}, after today: their device clock may be wrong; ask them to check it and send the report again`,
      ],
    };
  }
  const byId = new Map(assignments.map((a) => [a.id, a]));
  const key = memberKey(report.member);
  const stored = new Map(existing.filter((r) => r.memberKey === key).map((r) => [r.assignmentId, r]));
  const problems: string[] = [];
  const writes: StoredResult[] = [];
  const skipped: string[] = [];
  let unchanged = 0;
  report.assignments.forEach((entry, i) => {
    const mine = byId.get(entry.assignmentId);
    const where = `the report's ${reportAssignmentName(i, entry.title)}`;
    if (!mine) {
      skipped.push(`'${entry.title}' is not an assignment of this group here (was it deleted?), so it was skipped`);
      return;
    }
    if (entry.exam !== mine.exam)
      problems.push(
        `${where} is a ${blueprints[entry.exam].name} assignment, but here “${mine.title}” is a ${blueprints[mine.exam].name} one`,
      );
    if (entry.total !== mine.total) problems.push(`${where} has ${entry.total} questions, but here “${mine.title}” has ${mine.total}`);
    const incoming: StoredResult = {
      assignmentId: entry.assignmentId,
      member: report.member,
      memberKey: key,
      reportId: report.reportId,
      generatedAt: report.generatedAt,
      result: entry,
    };
    if (replaces(incoming, stored.get(entry.assignmentId), now)) writes.push(incoming);
    else unchanged++;
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { member: report.member, writes, unchanged, skipped } };
}

// ── The dashboard ───────────────────────────────────────────────────────────

export type CellStatus = 'no-report' | 'not-started' | 'in-progress' | 'done' | 'overdue';

export interface CompletionCell {
  readonly status: CellStatus;
  readonly done: number;
  readonly total: number;
  readonly correct: number;
  readonly missing: number;
  /** Share right the first time, 0–1; null before any answer. */
  readonly accuracy: number | null;
  readonly timeSpentMs: number;
  /** When the member's report was made; null without a report. */
  readonly reportedAt: string | null;
  readonly byDomain: ReportAssignment['byDomain'];
}

export interface DashboardRow {
  readonly member: string;
  /** False for someone who sent a report but is not on the group's member list. */
  readonly inRoster: boolean;
  /** One per assignment, in the dashboard's assignment order. */
  readonly cells: readonly CompletionCell[];
}

export interface DomainColumn {
  readonly exam: ExamId;
  readonly domain: number;
}

export interface DomainCell {
  readonly done: number;
  readonly correct: number;
  readonly accuracy: number;
}

export interface OverdueItem {
  readonly member: string;
  readonly assignmentId: string;
  readonly title: string;
  readonly dueDate: string;
  readonly daysLate: number;
  readonly done: number;
  readonly total: number;
  readonly reported: boolean;
}

/** One member's overdue work: what a lead follows up on, person by person. */
export interface OverdueMember {
  readonly member: string;
  /** Most late first. */
  readonly items: readonly OverdueItem[];
  /** Days the oldest item is late. */
  readonly daysLate: number;
  /** Whether any report of theirs has come in (a member who never reported may not have started). */
  readonly reported: boolean;
}

/**
 * The overdue list by member: most overdue assignments first, then the longest late, then by name.
 * @example overdueByMember(dashboard.overdue)[0] // { member: 'Ben', items: [...2 items], daysLate: 9, reported: false }
 */
export function overdueByMember(items: readonly OverdueItem[]): OverdueMember[] {
  const byMember = new Map<string, OverdueItem[]>();
  for (const item of items) {
    const list = byMember.get(item.member);
    if (list) list.push(item);
    else byMember.set(item.member, [item]);
  }
  return [...byMember]
    .map(([member, list]) => {
      const sorted = [...list].sort((a, b) => b.daysLate - a.daysLate);
      return { member, items: sorted, daysLate: sorted[0]!.daysLate, reported: list.some((i) => i.reported) };
    })
    .sort((a, b) => b.items.length - a.items.length || b.daysLate - a.daysLate || compareMemberNames(a.member, b.member));
}

export interface Dashboard {
  readonly assignments: readonly LeadAssignmentInfo[];
  readonly rows: readonly DashboardRow[];
  readonly domainColumns: readonly DomainColumn[];
  /** rows × domainColumns; null where the member answered nothing in that domain. */
  readonly domainCells: readonly (readonly (DomainCell | null)[])[];
  readonly overdue: readonly OverdueItem[];
}

/**
 * The completion matrix, the domain accuracy map and the overdue list.
 * @example buildDashboard({ members: ['Ana'], assignments, results, now }).rows[0].cells[0].status // 'in-progress'
 */
export function buildDashboard({
  members,
  assignments,
  results,
  now,
}: {
  members: readonly string[];
  assignments: readonly LeadAssignmentInfo[];
  results: readonly StoredResult[];
  now: Date;
}): Dashboard {
  const people = new Map<string, { member: string; inRoster: boolean }>();
  for (const m of members) people.set(memberKey(m), { member: m, inRoster: true });
  const outsiders = results.filter((r) => !people.has(r.memberKey)).sort((a, b) => compareMemberNames(a.member, b.member));
  for (const r of outsiders) if (!people.has(r.memberKey)) people.set(r.memberKey, { member: r.member, inRoster: false });
  const resultOf = new Map(results.map((r) => [`${r.memberKey}|${r.assignmentId}`, r]));

  const rows: DashboardRow[] = [...people.entries()].map(([key, person]) => ({
    ...person,
    cells: assignments.map((a) => cellFor(a, resultOf.get(`${key}|${a.id}`), now)),
  }));

  const columnKeys = new Set<string>();
  for (const row of rows) row.cells.forEach((c, i) => c.byDomain.forEach((d) => columnKeys.add(`${assignments[i]!.exam}|${d.domain}`)));
  const domainColumns = [...columnKeys]
    .map((k) => ({ exam: k.split('|')[0] as ExamId, domain: Number(k.split('|')[1]) }))
    .sort((a, b) => (a.exam === b.exam ? a.domain - b.domain : a.exam === 'cissp' ? -1 : 1));
  const domainCells = rows.map((row) =>
    domainColumns.map((col) => {
      let done = 0;
      let correct = 0;
      row.cells.forEach((c, i) => {
        if (assignments[i]!.exam !== col.exam) return;
        for (const d of c.byDomain) {
          if (d.domain !== col.domain) continue;
          done += d.done;
          correct += d.correct;
        }
      });
      return done > 0 ? { done, correct, accuracy: correct / done } : null;
    }),
  );

  const overdue = rows.flatMap((row) =>
    row.cells.flatMap((c, i) => {
      const a = assignments[i]!;
      if (c.status !== 'overdue') return [];
      return [
        {
          member: row.member,
          assignmentId: a.id,
          title: a.title,
          dueDate: a.dueDate,
          daysLate: -daysUntil(a.dueDate, now),
          done: c.done,
          total: c.total,
          reported: c.reportedAt !== null,
        },
      ];
    }),
  );
  overdue.sort((a, b) => b.daysLate - a.daysLate || compareMemberNames(a.member, b.member));
  return { assignments, rows, domainColumns, domainCells, overdue };
}

function cellFor(a: LeadAssignmentInfo, stored: StoredResult | undefined, now: Date): CompletionCell {
  const r = stored?.result;
  const done = r?.done ?? 0;
  const missing = r?.missing ?? 0;
  // Questions a member's bank lacks cannot be answered: they do not keep an assignment open.
  const finished = done > 0 && Math.min(a.total, done + missing) >= a.total;
  const status: CellStatus = finished
    ? 'done'
    : isOverdue(a.dueDate, done, a.total, now)
      ? 'overdue'
      : !r
        ? 'no-report'
        : done === 0
          ? 'not-started'
          : 'in-progress';
  return {
    status,
    done,
    total: a.total,
    correct: r?.correct ?? 0,
    missing,
    accuracy: r && r.done > 0 ? r.correct / r.done : null,
    timeSpentMs: r?.timeSpentMs ?? 0,
    reportedAt: stored?.generatedAt ?? null,
    byDomain: r?.byDomain ?? [],
  };
}

/**
 * Whether a member's accuracy on an assignment is under its target, as the dashboard shows it
 * (rounded to a whole percent, so a cell reading "70%" is never called below a 70% target).
 */
export function isBelowTarget(cell: Pick<CompletionCell, 'accuracy'>, targetAccuracy: number): boolean {
  return cell.accuracy !== null && Math.round(cell.accuracy * 100) < targetAccuracy;
}

/** One assignment across the group: what a lead reads before looking at anyone's cell. */
export interface AssignmentTotals {
  /** Everyone on the dashboard: the member list and anyone else who reported. */
  readonly members: number;
  readonly done: number;
  /** Of `done`, those under the assignment's target. */
  readonly doneBelowTarget: number;
  readonly overdue: number;
  /** Members with no report for it (overdue or not). */
  readonly noReport: number;
  /** Median accuracy (0–1) of the members who answered at least one question; null when nobody has. */
  readonly medianAccuracy: number | null;
}

const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Per assignment (in the dashboard's order): how many are done, overdue, without a report, and the
 * median accuracy. With 30 members, counting cells by eye is what a lead should not have to do.
 * @example assignmentTotals(dashboard)[0] // { members: 30, done: 19, doneBelowTarget: 4, overdue: 8, noReport: 3, medianAccuracy: 0.7 }
 */
export function assignmentTotals(d: Dashboard): AssignmentTotals[] {
  return d.assignments.map((a, i) => {
    const cells = d.rows.map((row) => row.cells[i]!);
    const done = cells.filter((c) => c.status === 'done');
    return {
      members: cells.length,
      done: done.length,
      doneBelowTarget: done.filter((c) => isBelowTarget(c, a.targetAccuracy)).length,
      overdue: cells.filter((c) => c.status === 'overdue').length,
      noReport: cells.filter((c) => c.reportedAt === null).length,
      medianAccuracy: median(cells.flatMap((c) => (c.accuracy === null ? [] : [c.accuracy]))),
    };
  });
}

export const statusLabels: Record<CellStatus, string> = {
  'no-report': 'no report',
  'not-started': 'not started',
  'in-progress': 'in progress',
  done: 'done',
  overdue: 'overdue',
};

/** 'CISSP D5' */
export const domainLabel = (c: DomainColumn): string => `${blueprints[c.exam].name} D${c.domain}`;

const pct = (share: number | null): string => (share === null ? '' : String(Math.round(share * 100)));

/**
 * The dashboard as RFC 4180 CSV (CRLF): one row per member and assignment, with every figure the
 * dashboard shows and that assignment's accuracy per domain. Text cells are formula-neutralised.
 */
export function dashboardCsv(d: Dashboard): string {
  const header = [
    'Member',
    'On member list',
    'Assignment',
    'Exam',
    'Due date',
    'Questions',
    'Done',
    'Right first time',
    'Accuracy %',
    'Target %',
    'Not in member bank',
    'Time answering (min)',
    'Status',
    'Report made at',
    ...d.domainColumns.map((c) => `${domainLabel(c)} accuracy %`),
  ];
  const lines = d.rows.flatMap((row) =>
    row.cells.map((c, i) => {
      const a = d.assignments[i]!;
      const domainPct = d.domainColumns.map((col) => {
        if (col.exam !== a.exam) return '';
        const r = c.byDomain.find((x) => x.domain === col.domain);
        return r && r.done > 0 ? pct(r.correct / r.done) : '';
      });
      return [
        csvText(row.member),
        row.inRoster ? 'yes' : 'no',
        csvText(a.title),
        blueprints[a.exam].name,
        a.dueDate,
        String(c.total),
        String(c.done),
        String(c.correct),
        pct(c.accuracy),
        String(a.targetAccuracy),
        String(c.missing),
        String(Math.round(c.timeSpentMs / 6000) / 10),
        statusLabels[c.status],
        c.reportedAt ?? '',
        ...domainPct,
      ];
    }),
  );
  return [header.map(csvText), ...lines].map((cells) => `${cells.join(',')}\r\n`).join('');
}
