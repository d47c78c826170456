/** Plain-words formatting shared by the readiness rule's reasons and the readiness panel. */
import { countText } from '../count-text';
import type { ExamVariant } from '../exam/exam-form';
import type { AccuracyEvidence, RecallEvidence } from './readiness-evidence';

/** @example percent(0.517) // '52%' */
export const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** @example percentRange(0.393, 0.638) // '39–64%' */
export const percentRange = (low: number, high: number): string => `${Math.round(low * 100)}–${Math.round(high * 100)}%`;

/** @example plural(1, 'answer') // '1 answer'; plural(1200, 'answer') // '1,200 answers' */
export const plural = (n: number, one: string, many = `${one}s`): string => `${countText(n)} ${n === 1 ? one : many}`;

/** @example accuracyText(accuracyEvidence(31, 60)) // '52% (39–64%) over 60 answers' */
export function accuracyText(a: AccuracyEvidence): string {
  if (a.answered === 0) return 'no answers';
  return `${percent(a.interval.estimate)} (${percentRange(a.interval.low, a.interval.high)}) over ${plural(a.answered, 'answer')}`;
}

/** @example recallText({ mean: 0.72, cards: 140, low: 0.68, high: 0.76 }) // '72% (68–76%) over 140 cards' */
export function recallText(r: RecallEvidence): string {
  const range = r.low === null || r.high === null ? '' : ` (${percentRange(r.low, r.high)})`;
  return `${percent(r.mean)}${range} over ${plural(r.cards, 'card')}`;
}

/** @example daysAgoText(12) // '12 days ago' */
export function daysAgoText(days: number): string {
  return days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

/** @example examFormText('short') // '25-item practice exam' */
export function examFormText(variant: ExamVariant): string {
  return variant === 'cat' ? 'full CAT exam' : variant === 'linear' ? 'full linear exam' : '25-item practice exam';
}

/**
 * Objectives that must be touched to reach a share of the outline, counted as whole objectives.
 * The small tolerance keeps float noise (0.8 × 15 = 12.000000000000002) from asking for one more.
 * @example objectivesNeeded(57, 0.8) // 46
 */
export function objectivesNeeded(total: number, share: number): number {
  return Math.ceil(total * share - 1e-9);
}
