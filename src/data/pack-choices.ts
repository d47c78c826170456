/**
 * Which packs practice and the bank browser can be limited to: the bundled bank as one choice (its
 * packs are split by domain, which the domain filter already covers), then each imported or
 * authored pack that is in practice, each with its questions for the exam.
 */
import type { ExamId } from '../domain/exam-blueprints';
import type { PackSummary } from './pack-summaries-repo';

export interface PackChoice {
  /** The select's value: 'bundled' for the bundled bank, else the pack's id. */
  readonly value: string;
  readonly label: string;
  readonly packIds: readonly string[];
  /** Its questions in practice for the exam. */
  readonly count: number;
}

export const BUNDLED_CHOICE = 'bundled';

/**
 * The choice with this value, or undefined for every pack: also when the value names a pack no
 * longer in practice, or without questions for the exam (a stale address, an exam switched).
 */
export const findChoice = (choices: readonly PackChoice[], value: string): PackChoice | undefined => choices.find((c) => c.value === value);

/** The choices, or none when there is only one source to draw from (nothing to choose). */
export function packChoices(summaries: readonly PackSummary[], exam: ExamId): PackChoice[] {
  const countFor = (s: PackSummary) => (exam === 'cissp' ? s.cissp : s.cc);
  const inPractice = summaries.filter((s) => s.record.enabled === 1 && countFor(s) > 0);
  const bundled = inPractice.filter((s) => s.record.source === 'bundled');
  const choices: PackChoice[] = [];
  if (bundled.length > 0) {
    choices.push({
      value: BUNDLED_CHOICE,
      label: 'Bastion core bank',
      packIds: bundled.map((s) => s.record.id),
      count: bundled.reduce((sum, s) => sum + countFor(s), 0),
    });
  }
  for (const s of inPractice.filter((p) => p.record.source !== 'bundled')) {
    choices.push({ value: s.record.id, label: s.record.title, packIds: [s.record.id], count: countFor(s) });
  }
  return choices.length > 1 ? choices : [];
}
