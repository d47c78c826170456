/**
 * Every fee, count and deadline behind certification, written once as data.
 *
 * Source: shared/exam-facts.md ("Certification", "Costs and upkeep"), which was checked against ISC2's
 * public pages in 2026. A figure marked `unconfirmed` must reach users as "check with ISC2"; it lives
 * here, and only here, so one edit corrects it everywhere.
 */

/** One figure, with where it came from and whether we could confirm it for the current year. */
export interface CertificationFact<T> {
  readonly value: T;
  readonly source: string;
  /** When the figure was last checked against the source, e.g. '2026'. */
  readonly checked: string;
  /** True when the source could not confirm the figure: show it with "check with ISC2". */
  readonly unconfirmed: boolean;
  readonly note?: string;
}

const CHECKED = '2026';
const CISSP_PAGE = 'ISC2 CISSP certification pages (checked 2026)';
const CISSP_EXAM = 'ISC2 CISSP exam pages (checked 2026)';
const CC_PAGE = 'ISC2 Certified in Cybersecurity pages (checked 2026)';

const confirmed = <T>(value: T, source: string, note?: string): CertificationFact<T> => ({
  value,
  source,
  checked: CHECKED,
  unconfirmed: false,
  ...(note === undefined ? {} : { note }),
});

const unconfirmed = <T>(value: T, source: string, note: string): CertificationFact<T> => ({
  value,
  source,
  checked: CHECKED,
  unconfirmed: true,
  note,
});

export const cisspFacts = {
  examFeeUsd: unconfirmed(749, CISSP_EXAM, 'Not confirmed for the current year; fees change.'),
  experienceYears: confirmed(5, CISSP_PAGE, 'Cumulative, full-time and paid; part-time work and internships count pro rata.'),
  minimumDomains: confirmed(2, CISSP_PAGE, 'The experience must span at least 2 of the 8 CISSP domains.'),
  domainCount: confirmed(8, CISSP_PAGE),
  /** A qualifying degree or an approved credential waives this much, and never more in total. */
  maximumWaiverYears: confirmed(1, CISSP_PAGE, 'One year at most, however many degrees or credentials are held.'),
  endorsementMonths: confirmed(9, CISSP_PAGE, 'Endorse within 9 months of passing, or the exam must be taken again.'),
  cpeCycleYears: confirmed(3, CISSP_PAGE),
  cpePerCycle: confirmed(120, CISSP_PAGE),
  cpeGroupAMinimumPerCycle: confirmed(90, CISSP_PAGE),
  cpeSuggestedPerYear: confirmed(40, CISSP_PAGE, 'Suggested pace, not a yearly minimum.'),
  annualFeeUsd: confirmed(135, CISSP_PAGE),
} as const;

export const associateFacts = {
  /** Years an Associate of ISC2 has, after passing, to earn the CISSP experience. */
  yearsToEarnExperience: confirmed(6, CISSP_PAGE),
  cpeRequiredPerYear: confirmed(15, CISSP_PAGE),
  annualFeeUsd: confirmed(50, CISSP_PAGE),
} as const;

export const ccFacts = {
  examFeeUsd: unconfirmed(
    199,
    CC_PAGE,
    'Not confirmed for the current year; the free One Million Certified in Cybersecurity offer may apply.',
  ),
  freeExamOffer: confirmed(
    'One Million Certified in Cybersecurity',
    CC_PAGE,
    'ISC2 offer: free official online training and one free CC exam attempt.',
  ),
  cpeCycleYears: unconfirmed(3, CC_PAGE, 'Part of the "45 CPE per 3 years" figure, not confirmed for the current year.'),
  cpePerCycle: unconfirmed(45, CC_PAGE, 'Not confirmed for the current year.'),
  annualFeeUsd: unconfirmed(50, CC_PAGE, 'Not confirmed for the current year.'),
} as const;

/** Retake policy, as exam-facts.md gives it for the CISSP exam. */
export const retakeFacts = {
  /** Wait after the 1st, 2nd and 3rd failed attempt, in days. */
  waitDaysAfterAttempt: confirmed([30, 60, 90] as const, CISSP_EXAM),
  maximumAttemptsPer12Months: confirmed(4, CISSP_EXAM),
} as const;

/** All facts by group, e.g. for a "where do these numbers come from" screen. */
export const certificationFacts = {
  cissp: cisspFacts,
  associate: associateFacts,
  cc: ccFacts,
  retake: retakeFacts,
} as const;

/** Every unconfirmed figure as a dotted path ('cissp.examFeeUsd') with its fact. */
export function unconfirmedFacts(): { path: string; fact: CertificationFact<unknown> }[] {
  return Object.entries(certificationFacts).flatMap(([group, facts]) =>
    Object.entries(facts as Record<string, CertificationFact<unknown>>)
      .filter(([, fact]) => fact.unconfirmed)
      .map(([name, fact]) => ({ path: `${group}.${name}`, fact })),
  );
}

/**
 * A dollar figure as users should read it: unconfirmed figures carry "check with ISC2".
 * @example formatUsd(cisspFacts.examFeeUsd) // 'US$749 (check with ISC2)'
 */
export function formatUsd(fact: CertificationFact<number>): string {
  const amount = `US$${fact.value.toLocaleString('en-US')}`;
  return fact.unconfirmed ? `${amount} (check with ISC2)` : amount;
}

/**
 * A count as users should read it, e.g. formatCount(ccFacts.cpePerCycle, 'CPE credits') // '45 CPE credits (check with ISC2)'.
 */
export function formatCount(fact: CertificationFact<number>, unit: string): string {
  const text = `${fact.value} ${unit}`;
  return fact.unconfirmed ? `${text} (check with ISC2)` : text;
}
