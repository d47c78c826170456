/**
 * Past simulated exams as a learner scans them: one line per ended exam, newest first, from what its
 * stored state already holds (no item is re-read). The full result stays one click away.
 */
import type { ExamId } from '../exam-blueprints';
import { examRunMs, type ExamState } from './cat-engine';
import type { ExamVariant } from './exam-form';
import { hasEnoughItemsToScore, scaledInterval, type ScaledInterval } from './exam-scoring';

/** By the form's ending rules; 'unfinished' when it ended with no rule applied (the bank ran out of items). */
export type ExamOutcome = 'pass' | 'fail' | 'unfinished';

/** The outcome as the history and the result page both write it. */
export const examOutcomeText: Readonly<Record<ExamOutcome, string>> = { pass: 'Pass', fail: 'Fail', unfinished: 'Not finished' };

export function examOutcome(engine: ExamState): ExamOutcome {
  return engine.result ? (engine.result.passed ? 'pass' : 'fail') : 'unfinished';
}

export interface ExamHistoryEntry {
  readonly id: string;
  readonly exam: ExamId;
  readonly variant: ExamVariant;
  readonly endedAt: Date;
  readonly outcome: ExamOutcome;
  /** θ on the 0–1000 scale with its 95% interval, as the result page shows it; null when too few items were answered to score. */
  readonly scaled: ScaledInterval | null;
  /** Items answered, pretest items included. */
  readonly items: number;
  /** Minutes the exam ran (capped at its time limit), as the result page counts them. */
  readonly minutes: number;
}

/** The stored parts of an ended exam the line is made from. */
export interface EndedExam {
  readonly id: string;
  readonly endedAt: Date;
  readonly engine: ExamState;
  readonly answers: readonly { readonly responseMs: number }[];
}

export function examHistoryEntry({ id, endedAt, engine, answers }: EndedExam): ExamHistoryEntry {
  return {
    id,
    exam: engine.form.exam,
    variant: engine.form.variant,
    endedAt,
    outcome: examOutcome(engine),
    scaled: hasEnoughItemsToScore(engine) ? scaledInterval(engine.theta, engine.se, engine.form.cutTheta) : null,
    items: answers.length,
    minutes: examRunMinutes(engine, endedAt),
  };
}

/**
 * Whole minutes the exam ran (see examRunMs): the time that ran out counts, not only the time spent
 * on the items answered, so an exam that ended on time reads as its full limit, never "0 min".
 */
export function examRunMinutes(engine: ExamState, endedAt: Date): number {
  return Math.round(examRunMs(engine, endedAt) / 60_000);
}

/** Every ended exam as a line, newest first (ties: the later id first, so the order never flickers). */
export function examHistory(exams: readonly EndedExam[]): ExamHistoryEntry[] {
  return exams.map(examHistoryEntry).sort((a, b) => b.endedAt.getTime() - a.endedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** "CISSP CAT", "CC linear", "CC short practice": the form as the history names it. */
export function examFormName(exam: ExamId, variant: ExamVariant): string {
  const name = exam.toUpperCase();
  return variant === 'short' ? `${name} short practice` : `${name} ${variant === 'cat' ? 'CAT' : 'linear'}`;
}
