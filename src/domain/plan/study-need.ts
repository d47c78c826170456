/**
 * How many hours of study an exam usually takes, by the learner's background, and whether a plan's
 * budget is in that range. Figures come from shared/exam-facts.md ("Study time"); each row says
 * whether it is a published figure or one we derived, so it can be corrected in one place.
 */
import type { ExamId } from '../exam-blueprints';

export type Background = 'new-to-security' | 'from-it' | 'experienced';

export const backgrounds: readonly Background[] = ['new-to-security', 'from-it', 'experienced'];

export const backgroundLabels: Record<Background, string> = {
  'new-to-security': 'New to security',
  'from-it': 'Coming from IT',
  experienced: 'Experienced in security',
};

export interface StudyNeed {
  readonly low: number;
  readonly high: number;
  /** Where the range comes from, in words a learner can check. */
  readonly source: string;
}

const studyNeeds: Record<ExamId, Record<Background, StudyNeed>> = {
  cissp: {
    // Public plans: "300 or more hours for someone new to security"; the seed plan's 4–6 months at
    // 10–15 h a week tops out at 390 h, so the range is that upper part.
    'new-to-security': {
      low: 300,
      high: 390,
      source: 'Public CISSP plans: 300 h or more for someone new to security; seed plan: up to 390 h (6 months at 15 h a week).',
    },
    'from-it': { low: 150, high: 250, source: 'Public CISSP plans: 150–250 h for someone coming from IT.' },
    // Destination Certification gives 100–300 h for everyone; an experienced practitioner sits in its
    // lower part. The 170 h ceiling is the seed plan's floor (4 months at 10 h a week): ours, not theirs.
    experienced: {
      low: 100,
      high: 170,
      source:
        'Lower part of Destination Certification’s 100–300 h, capped at the seed plan’s 170 h floor (4 months at 10 h a week); a derived range.',
    },
  },
  // ISC2 CC: exam-facts only says "typically 4–8 weeks". At the seed plan's 10–15 h a week that is
  // 40–120 h. We place backgrounds along that span by weeks; all three rows are derived, not published.
  cc: {
    'new-to-security': {
      low: 60,
      high: 120,
      source: 'Derived: CC typically takes 4–8 weeks; someone new needs the longer 6–8 weeks at 10–15 h a week.',
    },
    'from-it': { low: 40, high: 90, source: 'Derived: CC typically takes 4–8 weeks; from IT, about 4–6 weeks at 10–15 h a week.' },
    experienced: {
      low: 40,
      high: 60,
      source: 'Derived: CC typically takes 4–8 weeks; with security experience, about 4 weeks at 10–15 h a week.',
    },
  },
};

/**
 * The usual total study hours for an exam and background.
 * @example expectedHours('cissp', 'from-it') // { low: 150, high: 250, source: '…' }
 */
export function expectedHours(exam: ExamId, background: Background): StudyNeed {
  return studyNeeds[exam][background];
}

export type BudgetFit = 'short' | 'fits' | 'generous';

export interface BudgetVerdict {
  readonly fit: BudgetFit;
  readonly message: string;
}

/**
 * Compares a plan's total hours with the usual need. Below the low end is "short", above the high end
 * is "generous" (not a problem: the extra time is a margin), in between "fits". A learner already
 * `behind` the plan is not told to sit the exam sooner: the margin is what they are using up.
 * @example budgetFit(200, expectedHours('cissp', 'from-it')).fit // 'fits'
 */
export function budgetFit(totalHours: number, need: StudyNeed, behind = false): BudgetVerdict {
  const total = Math.round(totalHours);
  const range = `${need.low}–${need.high} h`;
  if (totalHours < need.low) {
    const gap = Math.max(1, Math.round(need.low - totalHours));
    return {
      fit: 'short',
      message: `Your plan gives about ${total} h; people with your background usually need ${range}. That is about ${gap} h short: add hours per week or move the exam date later.`,
    };
  }
  if (totalHours > need.high) {
    return {
      fit: 'generous',
      message: behind
        ? `Your plan gives about ${total} h, more than the usual ${range}. The extra time is a safety margin, and you are behind the plan: keep your exam date rather than sitting sooner.`
        : `Your plan gives about ${total} h, more than the usual ${range}. The extra time is a safety margin; you could also sit the exam sooner.`,
    };
  }
  return { fit: 'fits', message: `Your plan gives about ${total} h, within the usual ${range} for your background.` };
}
