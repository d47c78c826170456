/**
 * Links to the exam start form with an exam and form already chosen, e.g. the readiness report's
 * "take a full CISSP mock exam". The link only preselects: a 3-hour exam starts when the learner
 * presses Start, never on navigation.
 */
import { blueprints, type ExamId } from '../exam-blueprints';
import type { ExamVariant } from './exam-form';

export interface ExamChoice {
  readonly exam: ExamId;
  readonly variant: ExamVariant;
}

/** @example examStartHref({ exam: 'cissp', variant: 'cat' }) // '/exam?exam=cissp&variant=cat' */
export function examStartHref(choice: ExamChoice): string {
  return `/exam?${new URLSearchParams({ exam: choice.exam, variant: choice.variant }).toString()}`;
}

/** Whether the exam has this form: every exam has 'short'; the blueprint lists the others. */
export function examHasVariant(exam: ExamId, variant: string): variant is ExamVariant {
  return variant === 'short' || blueprints[exam].formats.some((f) => f.kind === variant);
}

/**
 * The exam and form a link preselects, or null when the query names none or names one that does
 * not exist (the start form then opens with its usual defaults).
 * @example examChoiceFromSearch('?exam=cc&variant=linear') // { exam: 'cc', variant: 'linear' }
 */
export function examChoiceFromSearch(search: string | URLSearchParams): ExamChoice | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const exam = params.get('exam');
  const variant = params.get('variant');
  if ((exam !== 'cissp' && exam !== 'cc') || variant === null || !examHasVariant(exam, variant)) return null;
  return { exam, variant };
}
