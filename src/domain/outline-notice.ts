/**
 * What a learner must be told about the outline Bastion's questions follow. ISC2 replaced the CC
 * outline on 1 September 2026, and its new domains and weights were not confirmed when the bank was
 * written (shared/exam-facts.md: "unconfirmed"): the CC blueprint, questions, plan weights and
 * readiness follow the earlier outline, and a CC learner sitting the exam now must hear that from
 * Bastion, not find it out in the test centre.
 */
import { longDayText } from './day-text';
import { blueprints, type ExamId } from './exam-blueprints';

/**
 * The notice for `exam` at `now`, or null when its outline has no announced successor.
 * @example outlineNotice('cc', new Date('2026-11-23')) // 'ISC2 put a new CC exam outline into effect on 1 September 2026. …'
 */
export function outlineNotice(exam: ExamId, now: Date): string | null {
  const blueprint = blueprints[exam];
  const next = blueprint.nextOutline;
  if (!next) return null;
  const name = exam.toUpperCase();
  const day = longDayText(next.effective);
  return now.getTime() >= Date.parse(`${next.effective}T00:00:00Z`)
    ? `ISC2 put a new ${name} exam outline into effect on ${day}. Its domains and weights could not be confirmed when this bank was written, so Bastion’s ${name} questions, weights and readiness follow the earlier outline. Check the current outline with ISC2 and study any topic it adds.`
    : `ISC2 puts a new ${name} exam outline into effect on ${day}. Bastion’s ${name} questions, weights and readiness follow the current outline: if you sit the exam on or after that day, check the new outline with ISC2.`;
}
