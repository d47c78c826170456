/**
 * A member's progress on one assignment, from the answers given in the assignment's own practice
 * sessions (answers to the same questions elsewhere do not count: the lead asked for this set, done
 * as a set).
 *
 * - done: questions answered at least once;
 * - correct: of those, answered right the FIRST time (practising a question again until it is right
 *   must not lift the accuracy the lead sees);
 * - time: every answer's response time (from the question appearing to the answer), summed;
 * - missing: questions the member's bank lacks, which cannot be answered here.
 */
import type { ExamId } from '../exam-blueprints';
import type { DomainResult, HistoryEntry, ReportAssignment } from './group-schema';
import { calendarDayOf, utcMidnight } from '../calendar-day';

/** One answer, as the data layer reads it from the review log. */
export interface AssignmentAnswer {
  readonly questionKey: string;
  readonly answeredAt: Date;
  readonly correct: boolean;
  readonly responseMs: number;
}

export interface AssignmentProgress {
  readonly total: number;
  readonly missing: number;
  /** Questions that can be answered here and are not answered yet, in the assignment's order. */
  readonly remainingKeys: readonly string[];
  readonly done: number;
  readonly correct: number;
  /** Share of done questions right the first time, 0–1; null before any is done. */
  readonly accuracy: number | null;
  readonly timeSpentMs: number;
  readonly lastAnsweredAt: Date | null;
  readonly byDomain: readonly DomainResult[];
  /** Every answer to the assignment's questions, oldest first. */
  readonly history: readonly HistoryEntry[];
}

/** An accepted assignment with its progress, as Today, Practice and the group screen show it. */
export interface AssignmentSummary {
  readonly id: string;
  readonly title: string;
  readonly groupName: string;
  readonly exam: ExamId;
  readonly dueDate: string;
  readonly targetAccuracy: number;
  readonly note?: string;
  readonly progress: AssignmentProgress;
}

export interface ProgressInput {
  readonly questionKeys: readonly string[];
  /** Keys this member's bank can serve (present, not retired, pack switched on). */
  readonly available: ReadonlySet<string>;
  /** Domain of each available question in the assignment's exam. */
  readonly domainOf: ReadonlyMap<string, number>;
  readonly answers: readonly AssignmentAnswer[];
}

/**
 * @example assignmentProgress({ questionKeys: ['a', 'b'], available: new Set(['a', 'b']), domainOf, answers: [] }).done // 0
 */
export function assignmentProgress({ questionKeys, available, domainOf, answers }: ProgressInput): AssignmentProgress {
  const inAssignment = new Set(questionKeys);
  const ordered = answers.filter((a) => inAssignment.has(a.questionKey)).sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime());
  const first = new Map<string, AssignmentAnswer>();
  for (const answer of ordered) if (!first.has(answer.questionKey)) first.set(answer.questionKey, answer);

  const domains = new Map<number, { done: number; correct: number }>();
  for (const [key, answer] of first) {
    const domain = domainOf.get(key);
    if (domain === undefined) continue;
    const entry = domains.get(domain) ?? { done: 0, correct: 0 };
    entry.done++;
    if (answer.correct) entry.correct++;
    domains.set(domain, entry);
  }
  const correct = [...first.values()].filter((a) => a.correct).length;
  const last = ordered[ordered.length - 1];
  return {
    total: questionKeys.length,
    missing: questionKeys.filter((k) => !available.has(k)).length,
    remainingKeys: questionKeys.filter((k) => available.has(k) && !first.has(k)),
    done: first.size,
    correct,
    accuracy: first.size > 0 ? correct / first.size : null,
    timeSpentMs: Math.round(ordered.reduce((sum, a) => sum + Math.max(0, a.responseMs), 0)),
    lastAnsweredAt: last ? last.answeredAt : null,
    byDomain: [...domains.entries()].sort(([a], [b]) => a - b).map(([domain, r]) => ({ domain, ...r })),
    history: ordered.map((a) => ({
      questionKey: a.questionKey,
      answeredAt: a.answeredAt.toISOString(),
      correct: a.correct,
      responseMs: Math.round(Math.max(0, a.responseMs)),
    })),
  };
}

/** Whether every question of the assignment that can be answered here has been answered. */
export const isComplete = (p: AssignmentProgress): boolean => p.done > 0 && p.remainingKeys.length === 0;

/** An assignment is overdue from the day after its due date (local calendar day), while unfinished. */
export function isOverdue(dueDate: string, done: number, total: number, now: Date): boolean {
  return done < total && calendarDayOf(now) > dueDate;
}

/** Whole days from today to the due date: negative when overdue. */
export function daysUntil(dueDate: string, now: Date): number {
  const [y, m, d] = dueDate.split('-').map(Number) as [number, number, number];
  const due = utcMidnight(y, m, d);
  const today = utcMidnight(now.getFullYear(), now.getMonth() + 1, now.getDate());
  return Math.round((due - today) / 86_400_000);
}

/** The report's entry for one assignment, from its progress. */
export function reportEntry(
  assignment: { readonly id: string; readonly title: string; readonly exam: ReportAssignment['exam']; readonly dueDate: string },
  progress: AssignmentProgress,
  includeHistory: boolean,
): ReportAssignment {
  return {
    assignmentId: assignment.id,
    title: assignment.title,
    exam: assignment.exam,
    dueDate: assignment.dueDate,
    total: progress.total,
    missing: progress.missing,
    done: progress.done,
    correct: progress.correct,
    timeSpentMs: progress.timeSpentMs,
    lastAnsweredAt: progress.lastAnsweredAt ? progress.lastAnsweredAt.toISOString() : null,
    byDomain: progress.byDomain.map((d) => ({ ...d })),
    ...(includeHistory ? { history: progress.history.map((h) => ({ ...h })) } : {}),
  };
}
