/**
 * The readiness report: per domain and overall, the four pieces of evidence with their uncertainty,
 * a verdict with its reasons, and the one or two steps that would most improve it.
 *
 * It is an estimate from Bastion's own bank and this learner's history, not a prediction of the ISC2
 * exam (see `READINESS_MEANS` and docs/readiness.md). Deterministic: the caller passes `now`.
 * @example readinessReport({ exam: 'cissp', now, domains, mockExams: [] }).overall.verdict.verdict // 'not-enough-data'
 */
import { outlineNotice } from '../outline-notice';
import { blueprints, type ExamId } from '../exam-blueprints';
import {
  accuracyEvidence,
  addRecallSums,
  chooseMockExam,
  coverageEvidence,
  domainExamEvidence,
  recallEvidence,
  type AccuracyEvidence,
  type CoverageEvidence,
  type DomainExamEvidence,
  type MockExamEvidence,
  type MockExamRecord,
  type RecallEvidence,
  type RecallSums,
} from './readiness-evidence';
import { rankImprovements, topImprovements, type Improvement } from './readiness-improvements';
import { domainVerdict, overallVerdict, type Verdict, type VerdictResult } from './readiness-verdict';
import { plural } from './readiness-format';

/** One domain's counts, as the data layer's progress figures give them. */
export interface ReadinessDomainInput {
  readonly domain: number;
  readonly title: string;
  /** Share of the exam, 0–1. */
  readonly weight: number;
  readonly objectivesTotal: number;
  readonly objectivesTouched: number;
  readonly untouchedObjectives: readonly string[];
  readonly seen: number;
  readonly inBank: number;
  /** Answers in the last 30 days (practice, review and exam items alike) and how many were right. */
  readonly recentAttempts: number;
  readonly recentCorrect: number;
  readonly recall: RecallSums;
}

export interface ReadinessInput {
  readonly exam: ExamId;
  readonly now: Date;
  /** In domain order. */
  readonly domains: readonly ReadinessDomainInput[];
  /** Finished simulated exams; the report picks the one it rests on (see `chooseMockExam`). */
  readonly mockExams: readonly MockExamRecord[];
}

export interface DomainReadiness {
  readonly domain: number;
  readonly title: string;
  readonly weight: number;
  readonly exam: DomainExamEvidence | null;
  readonly recall: RecallEvidence | null;
  readonly coverage: CoverageEvidence;
  readonly accuracy: AccuracyEvidence;
  readonly verdict: VerdictResult;
}

export interface OverallReadiness {
  readonly exam: MockExamEvidence | null;
  readonly recall: RecallEvidence | null;
  readonly coverage: CoverageEvidence;
  readonly accuracy: AccuracyEvidence;
  readonly verdict: VerdictResult;
  /**
   * Beside "Likely ready", the domains that are not likely ready on their own ("but Domains 1 and 3
   * are Borderline"): the overall rule rests on the mock exam and does not weigh them, and a green
   * badge above a mostly amber table must say why it disagrees. Null otherwise.
   */
  readonly caveat: string | null;
}

export interface ReadinessReport {
  readonly exam: ExamId;
  readonly examName: string;
  /** Set when the exam's outline has changed or is about to, and the bank follows the old one (outline-notice.ts). */
  readonly outlineNotice: string | null;
  readonly overall: OverallReadiness;
  readonly domains: readonly DomainReadiness[];
  /** The one or two steps that would most improve the report (distinct links), best first. */
  readonly improvements: readonly Improvement[];
}

/** What the report means and does not mean, in plain words, for every place it is shown. */
export const READINESS_MEANS: readonly string[] = [
  'An estimate of where you stand on Bastion’s own question bank, from your recent answers, your FSRS recall and your latest simulated exam.',
  'Every figure comes with its 95% interval: with little data the intervals are wide, and the verdict says so rather than guess.',
];

export const READINESS_DOES_NOT_MEAN: readonly string[] = [
  'It is not a prediction of your ISC2 result. ISC2 does not publish how it scores, and Bastion’s 0–1000 scale is its own (700 is set at Bastion’s passing line).',
  'The questions here are original practice questions, not the real exam’s: how you do on them is evidence, not a guarantee.',
];

export function readinessReport(input: ReadinessInput): ReadinessReport {
  const examName = blueprints[input.exam].name;
  const mock = chooseMockExam(input.mockExams, input.exam, input.now);
  const domainRows = input.domains.map((d) => {
    const evidence = {
      accuracy: accuracyEvidence(d.recentCorrect, d.recentAttempts),
      recall: recallEvidence(d.recall),
      coverage: coverageEvidence(d.objectivesTouched, d.objectivesTotal, d.seen, d.inBank),
      exam: domainExamEvidence(mock, d.domain),
    };
    return { input: d, evidence, verdict: domainVerdict(evidence) };
  });
  const sum = (pick: (d: ReadinessDomainInput) => number) => input.domains.reduce((total, d) => total + pick(d), 0);
  const overallEvidence = {
    examName,
    accuracy: accuracyEvidence(
      sum((d) => d.recentCorrect),
      sum((d) => d.recentAttempts),
    ),
    recall: recallEvidence(addRecallSums(input.domains.map((d) => d.recall))),
    coverage: coverageEvidence(
      sum((d) => d.objectivesTouched),
      sum((d) => d.objectivesTotal),
      sum((d) => d.seen),
      sum((d) => d.inBank),
    ),
    exam: mock,
  };
  const ranked = rankImprovements({
    exam: input.exam,
    overall: overallEvidence,
    domains: domainRows.map((r) => ({
      domain: r.input.domain,
      weight: r.input.weight,
      untouchedObjectives: r.input.untouchedObjectives,
      evidence: r.evidence,
      verdict: r.verdict,
    })),
  });
  const { examName: _name, ...overall } = overallEvidence;
  const overallVerdictResult = overallVerdict(overallEvidence);
  return {
    exam: input.exam,
    examName,
    outlineNotice: outlineNotice(input.exam, input.now),
    overall: { ...overall, verdict: overallVerdictResult, caveat: domainCaveat(overallVerdictResult.verdict, domainRows) },
    domains: domainRows.map((r) => ({
      domain: r.input.domain,
      title: r.input.title,
      weight: r.input.weight,
      ...r.evidence,
      verdict: r.verdict,
    })),
    improvements: topImprovements(ranked),
  };
}

/** "Domains 1, 2 and 4" / "Domain 3". */
function domainList(domains: readonly number[]): string {
  if (domains.length === 1) return `Domain ${domains[0]}`;
  return `Domains ${domains.slice(0, -1).join(', ')} and ${domains.at(-1)}`;
}

/** How a domain verdict reads inside the caveat's sentence. */
const CAVEAT_WORDS: Readonly<Record<Exclude<Verdict, 'likely-ready'>, string>> = {
  'not-yet': 'not yet ready',
  borderline: 'borderline',
  'not-enough-data': 'short of recent answers',
};

/**
 * The caveat beside an overall "Likely ready": the domains that are not likely ready on their own.
 * @example domainCaveat('likely-ready', eight domains of which 1 and 3 are borderline)
 *   // 'but Domains 1 and 3 are borderline on their own (2 of 8 domains).'
 */
export function domainCaveat(
  overall: Verdict,
  domains: readonly { readonly input: { readonly domain: number }; readonly verdict: VerdictResult }[],
): string | null {
  if (overall !== 'likely-ready') return null;
  const byVerdict = new Map<Exclude<Verdict, 'likely-ready'>, number[]>();
  for (const { input, verdict } of domains) {
    if (verdict.verdict === 'likely-ready') continue;
    byVerdict.set(verdict.verdict, [...(byVerdict.get(verdict.verdict) ?? []), input.domain]);
  }
  if (byVerdict.size === 0) return null;
  const order = ['not-yet', 'borderline', 'not-enough-data'] as const;
  const parts = order
    .filter((v) => byVerdict.has(v))
    .map((v) => {
      const list = byVerdict.get(v)!;
      return `${domainList(list)} ${list.length === 1 ? 'is' : 'are'} ${CAVEAT_WORDS[v]}`;
    });
  const weak = [...byVerdict.values()].reduce((n, list) => n + list.length, 0);
  const joined = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `but ${joined} on ${weak === 1 ? 'its' : 'their'} own (${weak} of ${plural(domains.length, 'domain')}).`;
}
