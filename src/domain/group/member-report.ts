/**
 * The progress report a member sends back to the lead: one file per group, with each accepted
 * assignment's counts and per-domain results, and every answer only if the member chose to include
 * it. The report is checked against the shared schema before it is offered, so a report this app
 * writes always imports on the lead's side.
 */
import { reportEntry, type AssignmentProgress } from './assignment-progress';
import { parseGroupDocument, REPORT_KIND, REPORT_VERSION, type Assignment, type GroupParse, type Report } from './group-schema';

export interface ReportInput {
  readonly reportId: string;
  readonly generatedAt: Date;
  readonly member: string;
  readonly group: { readonly id: string; readonly name: string };
  readonly includeHistory: boolean;
  readonly assignments: readonly { readonly assignment: Assignment; readonly progress: AssignmentProgress }[];
}

/**
 * @example buildReport({ reportId: 'r-…', generatedAt: now, member: 'Ana', group, includeHistory: false, assignments: [] })
 */
export function buildReport(input: ReportInput): GroupParse<Report> {
  const report: Report = {
    kind: REPORT_KIND,
    version: REPORT_VERSION,
    reportId: input.reportId,
    generatedAt: input.generatedAt.toISOString(),
    member: input.member,
    group: { id: input.group.id, name: input.group.name },
    includesHistory: input.includeHistory,
    assignments: input.assignments.map(({ assignment, progress }) => reportEntry(assignment, progress, input.includeHistory)),
  };
  return parseGroupDocument(report, REPORT_KIND);
}

/** '1 h 05 min', '12 min', '40 s': time spent, as a lead reads it. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
