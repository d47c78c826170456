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
import { domainVerdict, overallVerdict, type VerdictResult } from './readiness-verdict';

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
  return {
    exam: input.exam,
    examName,
    outlineNotice: outlineNotice(input.exam, input.now),
    overall: { ...overall, verdict: overallVerdict(overallEvidence) },
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
