/**
 * The readiness rule: a verdict in plain words, per domain and overall, with the reasons behind it.
 * docs/readiness.md states the same rule for people; the thresholds live in readiness-rules.ts.
 */
import { PASSING_SCALED_SCORE } from '../exam/exam-scoring';
import type { AccuracyEvidence, CoverageEvidence, DomainExamEvidence, MockExamEvidence, RecallEvidence } from './readiness-evidence';
import { accuracyText, daysAgoText, examFormText, objectivesNeeded, percent, plural, recallText } from './readiness-format';
import {
  MIN_EXAM_ITEMS_PER_DOMAIN,
  MIN_OBJECTIVE_COVERAGE,
  MIN_RECALL_CARDS,
  MIN_RECENT_ANSWERS_OVERALL,
  MIN_RECENT_ANSWERS_PER_DOMAIN,
  MOCK_EXAM_WINDOW_DAYS,
  READY_OBJECTIVE_COVERAGE,
  RECALL_FLOOR,
  TARGET_ACCURACY,
} from './readiness-rules';

export type Verdict = 'likely-ready' | 'borderline' | 'not-yet' | 'not-enough-data';

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  'likely-ready': 'Likely ready',
  borderline: 'Borderline',
  'not-yet': 'Not yet',
  'not-enough-data': 'Not enough data yet',
};

export interface VerdictResult {
  readonly verdict: Verdict;
  /** The badge's words when they can say more than the verdict's name ("No recent mock exam"). */
  readonly label?: string;
  /** Why, in plain sentences: for "not enough data", each missing minimum. */
  readonly reasons: readonly string[];
}

export interface DomainEvidence {
  readonly accuracy: AccuracyEvidence;
  readonly recall: RecallEvidence | null;
  readonly coverage: CoverageEvidence;
  /** This domain's line in the chosen mock exam, if any. */
  readonly exam: DomainExamEvidence | null;
}

export interface OverallEvidence {
  /** "CISSP" or "CC", for the reasons. */
  readonly examName: string;
  readonly accuracy: AccuracyEvidence;
  readonly recall: RecallEvidence | null;
  readonly coverage: CoverageEvidence;
  readonly exam: MockExamEvidence | null;
}

const bar = percent(TARGET_ACCURACY);

/** The overall rule in plain words, built from the thresholds so the screen cannot drift from the code. */
export const OVERALL_RULE: readonly string[] = [
  `Not enough data yet: fewer than ${MIN_RECENT_ANSWERS_OVERALL} answers in the last 30 days, fewer than half the objectives touched, or no mock exam in the last ${MOCK_EXAM_WINDOW_DAYS} days.`,
  `Not yet: your latest mock exam’s 95% interval lies wholly below ${PASSING_SCALED_SCORE}.`,
  `Likely ready: your latest full-length mock exam’s 95% interval lies wholly above ${PASSING_SCALED_SCORE}, at least ${percent(READY_OBJECTIVE_COVERAGE)} of the objectives are touched, accuracy is not wholly below ${bar}, and mean recall is at least ${percent(RECALL_FLOOR)}.`,
  'Borderline: anything in between. The short practice exam can say “not yet” but never “likely ready”.',
];

/** The domain rule in plain words. */
export const DOMAIN_RULE: readonly string[] = [
  `Not enough data yet: fewer than ${MIN_RECENT_ANSWERS_PER_DOMAIN} answers in the last 30 days, or fewer than half the domain’s objectives touched.`,
  `Not yet: accuracy’s 95% interval lies wholly below ${bar}, or your latest mock exam put the domain below proficiency (on at least ${MIN_EXAM_ITEMS_PER_DOMAIN} items).`,
  `Likely ready: accuracy’s interval lies wholly at or above ${bar}, the mock exam (if it counts) says above proficiency, and recall is at least ${percent(RECALL_FLOOR)}.`,
  'Borderline: anything in between.',
];

/** Whether recall is measured on enough cards and has slipped under the floor. */
export function recallHasSlipped(recall: RecallEvidence | null): recall is RecallEvidence {
  return recall !== null && recall.cards >= MIN_RECALL_CARDS && recall.mean < RECALL_FLOOR;
}

/** "3 of 12 objectives touched; <needs>." when fewer than `share` of the objectives are touched, else null. */
function coverageShortfall(coverage: CoverageEvidence, share: number, needs: (needed: number) => string): string | null {
  const needed = objectivesNeeded(coverage.objectivesTotal, share);
  if (coverage.objectivesTouched >= needed) return null;
  return `${coverage.objectivesTouched} of ${plural(coverage.objectivesTotal, 'objective')} touched; ${needs(needed)}.`;
}

/**
 * One domain's verdict, checked in this order:
 * 1. Not enough data yet: fewer than 10 answers in the last 30 days, or fewer than half the
 *    domain's objectives touched.
 * 2. Not yet: accuracy's whole 95% interval is below 70%, or the latest mock exam put the domain
 *    below proficiency on at least 5 scored items.
 * 3. Likely ready: accuracy's whole interval is at or above 70%, the mock exam (if it counts) put
 *    the domain above proficiency, and mean recall has not slipped under 80%.
 * 4. Borderline: anything else (an interval straddling the bar, "near" in the exam, slipped recall).
 */
export function domainVerdict(e: DomainEvidence): VerdictResult {
  const missing: string[] = [];
  if (e.accuracy.answered < MIN_RECENT_ANSWERS_PER_DOMAIN) {
    missing.push(`${plural(e.accuracy.answered, 'answer')} in the last 30 days; at least ${MIN_RECENT_ANSWERS_PER_DOMAIN} needed.`);
  }
  const coverage = coverageShortfall(e.coverage, MIN_OBJECTIVE_COVERAGE, (n) => `at least ${n} needed`);
  if (coverage) missing.push(coverage);
  if (missing.length > 0) return { verdict: 'not-enough-data', reasons: missing };

  const above: string[] = [];
  const near: string[] = [];
  const below: string[] = [];
  const accuracy = `Accuracy ${accuracyText(e.accuracy)}`;
  if (e.accuracy.level === 'above') above.push(`${accuracy}: wholly at or above the ${bar} bar.`);
  else if (e.accuracy.level === 'below') below.push(`${accuracy}: wholly below the ${bar} bar.`);
  else near.push(`${accuracy}: the interval includes the ${bar} bar.`);
  const exam = e.exam?.counted ? e.exam : null;
  if (exam) {
    const text = `${exam.label === 'above' ? 'Above' : exam.label === 'below' ? 'Below' : 'Near'} proficiency in your latest mock exam (${plural(exam.items, 'scored item')}).`;
    (exam.label === 'above' ? above : exam.label === 'below' ? below : near).push(text);
  }
  if (below.length > 0) return { verdict: 'not-yet', reasons: below };
  const slipped = recallHasSlipped(e.recall) ? [`Recall has slipped to ${recallText(e.recall)}.`] : [];
  if (near.length === 0 && slipped.length === 0) return { verdict: 'likely-ready', reasons: above };
  return { verdict: 'borderline', reasons: [...near, ...slipped] };
}

function examSummary(exam: MockExamEvidence): string {
  const { score, low, high } = exam.scaled;
  return `Your latest ${examFormText(exam.variant)} (${daysAgoText(exam.daysAgo)}) scored ${score}, 95% interval ${low}–${high}`;
}

/**
 * The overall verdict, checked in this order:
 * 1. Not enough data yet: fewer than 30 answers in the last 30 days, fewer than half the objectives
 *    touched, or no mock exam of this exam finished in the last 60 days. Every missing item is listed.
 * 2. Not yet: the chosen mock exam's 95% interval lies wholly below the passing line (700).
 * 3. Likely ready only if all hold: the chosen exam is full-length (CAT or linear, not the 25-item
 *    practice exam), its 95% interval lies wholly above 700, at least 80% of the objectives are
 *    touched, accuracy's interval is not wholly below 70%, and mean recall has not slipped under 80%.
 * 4. Borderline otherwise, listing each condition of step 3 that failed.
 * Domain verdicts do not block "likely ready": the real exam is scored as a whole, and a full mock
 * exam already samples every domain by its weight. Weak domains still lead the improvements.
 */
export function overallVerdict(e: OverallEvidence): VerdictResult {
  const missing: string[] = [];
  if (e.accuracy.answered < MIN_RECENT_ANSWERS_OVERALL) {
    missing.push(`${plural(e.accuracy.answered, 'answer')} in the last 30 days; at least ${MIN_RECENT_ANSWERS_OVERALL} needed.`);
  }
  const thin = coverageShortfall(e.coverage, MIN_OBJECTIVE_COVERAGE, (n) => `at least ${n} (half) needed`);
  if (thin) missing.push(thin);
  if (!e.exam && missing.length === 0) {
    // Answers and coverage are plenty: "not enough data" would read as if the history were lost.
    return {
      verdict: 'not-enough-data',
      label: 'No recent mock exam',
      reasons: [
        `No ${e.examName} mock exam finished in the last ${MOCK_EXAM_WINDOW_DAYS} days: take one to get an overall verdict. Your answers and coverage are already enough.`,
      ],
    };
  }
  if (!e.exam) missing.push(`No ${e.examName} mock exam finished in the last ${MOCK_EXAM_WINDOW_DAYS} days.`);
  if (missing.length > 0 || !e.exam) return { verdict: 'not-enough-data', reasons: missing };

  const exam = e.exam;
  if (exam.level === 'below') {
    return { verdict: 'not-yet', reasons: [`${examSummary(exam)}: wholly below the ${PASSING_SCALED_SCORE} passing line.`] };
  }
  const gaps: string[] = [];
  if (!exam.full) gaps.push(`${examSummary(exam)}. Only a full-length mock exam can show “likely ready”.`);
  else if (exam.level === 'near') gaps.push(`${examSummary(exam)}: the interval includes the ${PASSING_SCALED_SCORE} passing line.`);
  const coverage = coverageShortfall(
    e.coverage,
    READY_OBJECTIVE_COVERAGE,
    (n) => `“likely ready” needs ${n} (${percent(READY_OBJECTIVE_COVERAGE)})`,
  );
  if (coverage) gaps.push(coverage);
  if (e.accuracy.level === 'below') gaps.push(`Accuracy ${accuracyText(e.accuracy)} in the last 30 days: wholly below the ${bar} bar.`);
  if (recallHasSlipped(e.recall)) gaps.push(`Recall has slipped to ${recallText(e.recall)}.`);
  if (gaps.length > 0) return { verdict: 'borderline', reasons: gaps };
  return {
    verdict: 'likely-ready',
    reasons: [
      `${examSummary(exam)}: wholly above the ${PASSING_SCALED_SCORE} passing line.`,
      `${e.coverage.objectivesTouched} of ${e.coverage.objectivesTotal} objectives touched; accuracy ${accuracyText(e.accuracy)} in the last 30 days.`,
    ],
  };
}
