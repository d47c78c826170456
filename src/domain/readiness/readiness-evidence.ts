/**
 * The four pieces of readiness evidence, each with its uncertainty: a recent mock exam's ability,
 * FSRS recall, coverage of the outline, and recent accuracy. Pure: the data layer passes counts and
 * finished exams in; nothing here reads storage or the clock.
 */
import type { ExamId } from '../exam-blueprints';
import type { ExamState } from '../exam/cat-engine';
import type { ExamVariant } from '../exam/exam-form';
import { domainProficiency, scaledInterval, type ProficiencyLabel, type ScaledInterval } from '../exam/exam-scoring';
import { wilsonInterval, type ProportionInterval } from '../plan/progress-math';
import { MIN_EXAM_ITEMS_PER_DOMAIN, MOCK_EXAM_WINDOW_DAYS, TARGET_ACCURACY, Z_95 } from './readiness-rules';

const DAY_MS = 86_400_000;

/** Where an estimate stands against its bar: its whole 95% interval above it, below it, or neither. */
export type EvidenceLevel = 'above' | 'near' | 'below';

export interface AccuracyEvidence {
  readonly correct: number;
  readonly answered: number;
  /** Wilson 95% interval; the whole 0–1 range when nothing was answered. */
  readonly interval: ProportionInterval;
  /** Against `TARGET_ACCURACY`; null with no answers. */
  readonly level: EvidenceLevel | null;
}

/**
 * Recent accuracy with its Wilson 95% interval, compared with the 70% bar.
 * @example accuracyEvidence(31, 60) // 52%, interval ≈ 39–64%: level 'below'
 */
export function accuracyEvidence(correct: number, answered: number): AccuracyEvidence {
  const interval = wilsonInterval(correct, answered);
  if (answered === 0) return { correct, answered, interval, level: null };
  const level: EvidenceLevel = interval.low >= TARGET_ACCURACY ? 'above' : interval.high < TARGET_ACCURACY ? 'below' : 'near';
  return { correct, answered, interval, level };
}

/** Sums over reviewed cards' retrievabilities, as the data layer accumulates them. */
export interface RecallSums {
  readonly cards: number;
  readonly sum: number;
  readonly sumOfSquares: number;
}

export interface RecallEvidence {
  /** Mean predicted probability of recall now, 0–1. */
  readonly mean: number;
  readonly cards: number;
  /** 95% interval of the mean (normal approximation); null with fewer than 2 cards. */
  readonly low: number | null;
  readonly high: number | null;
}

/**
 * Mean FSRS recall over reviewed cards with a 95% interval, mean ± 1.96·s/√n, clamped to 0–1. The
 * interval treats your reviewed cards as a sample of the domain's questions: it says how much the
 * mean could move with other cards, not how sure FSRS is about any one card. Null with no cards.
 * @example recallEvidence({ cards: 4, sum: 3.2, sumOfSquares: 2.6 }) // mean 0.8, interval ≈ 0.69–0.91
 */
export function recallEvidence(sums: RecallSums): RecallEvidence | null {
  const { cards, sum, sumOfSquares } = sums;
  if (cards <= 0) return null;
  const mean = sum / cards;
  if (cards < 2) return { mean, cards, low: null, high: null };
  const variance = Math.max(0, (sumOfSquares - (sum * sum) / cards) / (cards - 1));
  const half = (Z_95 * Math.sqrt(variance)) / Math.sqrt(cards);
  return { mean, cards, low: Math.max(0, mean - half), high: Math.min(1, mean + half) };
}

/** Adds recall sums, for the overall row. */
export function addRecallSums(parts: readonly RecallSums[]): RecallSums {
  return parts.reduce((a, b) => ({ cards: a.cards + b.cards, sum: a.sum + b.sum, sumOfSquares: a.sumOfSquares + b.sumOfSquares }), {
    cards: 0,
    sum: 0,
    sumOfSquares: 0,
  });
}

export interface CoverageEvidence {
  readonly objectivesTouched: number;
  readonly objectivesTotal: number;
  readonly seen: number;
  readonly inBank: number;
  /** objectivesTouched / objectivesTotal (0 when the outline lists none). */
  readonly objectiveShare: number;
}

export function coverageEvidence(objectivesTouched: number, objectivesTotal: number, seen: number, inBank: number): CoverageEvidence {
  return {
    objectivesTouched,
    objectivesTotal,
    seen,
    inBank,
    objectiveShare: objectivesTotal > 0 ? objectivesTouched / objectivesTotal : 0,
  };
}

/** What readiness needs from one finished simulated exam. */
export interface MockExamRecord {
  readonly id: string;
  readonly exam: ExamId;
  readonly variant: ExamVariant;
  readonly finishedAt: Date;
  readonly theta: number;
  readonly se: number;
  readonly cutTheta: number;
  readonly scoredItems: number;
  /** ISC2-style feedback per domain of the form (see `domainProficiency`). */
  readonly domains: readonly { readonly domain: number; readonly items: number; readonly label: ProficiencyLabel }[];
}

/** Summarises a finished exam's engine state. */
export function mockExamRecord(id: string, finishedAt: Date, engine: ExamState): MockExamRecord {
  return {
    id,
    exam: engine.form.exam,
    variant: engine.form.variant,
    finishedAt,
    theta: engine.theta,
    se: engine.se,
    cutTheta: engine.form.cutTheta,
    scoredItems: engine.answered.filter((a) => a.scored).length,
    domains: domainProficiency(engine).map(({ domain, items, label }) => ({ domain, items, label })),
  };
}

export interface MockExamEvidence extends MockExamRecord {
  /** A full-length form (CAT or linear); false for the 25-item practice exam. */
  readonly full: boolean;
  /** θ on the 0–1000 scale (700 = the passing line) with its 95% interval. */
  readonly scaled: ScaledInterval;
  /** Against the passing line: 'above' when θ − 1.96·SE > cut, 'below' when θ + 1.96·SE < cut. */
  readonly level: EvidenceLevel;
  /** Whole days since it finished. */
  readonly daysAgo: number;
}

/**
 * The mock exam the report rests on: the newest full-length exam of this exam finished within the
 * last 60 days, else the newest short practice exam in that window, else null. A full exam wins over
 * a newer short one because only a full exam can show "likely ready"; the short one's 20 scored
 * items give an interval about twice as wide.
 */
export function chooseMockExam(records: readonly MockExamRecord[], exam: ExamId, now: Date): MockExamEvidence | null {
  const since = now.getTime() - MOCK_EXAM_WINDOW_DAYS * DAY_MS;
  const recent = records
    .filter((r) => r.exam === exam && r.finishedAt.getTime() >= since && r.finishedAt.getTime() <= now.getTime())
    .sort((a, b) => b.finishedAt.getTime() - a.finishedAt.getTime());
  const chosen = recent.find((r) => r.variant !== 'short') ?? recent[0];
  if (!chosen) return null;
  const margin = Z_95 * chosen.se;
  const level: EvidenceLevel =
    chosen.theta - margin > chosen.cutTheta ? 'above' : chosen.theta + margin < chosen.cutTheta ? 'below' : 'near';
  return {
    ...chosen,
    full: chosen.variant !== 'short',
    scaled: scaledInterval(chosen.theta, chosen.se, chosen.cutTheta),
    level,
    daysAgo: Math.floor((now.getTime() - chosen.finishedAt.getTime()) / DAY_MS),
  };
}

export interface DomainExamEvidence {
  readonly label: ProficiencyLabel;
  readonly items: number;
  /** Whether there were enough items (`MIN_EXAM_ITEMS_PER_DOMAIN`) for the label to count in the verdict. */
  readonly counted: boolean;
}

/** One domain's line of the chosen mock exam, or null when there is no exam or the form lacks the domain. */
export function domainExamEvidence(exam: MockExamEvidence | null, domain: number): DomainExamEvidence | null {
  const line = exam?.domains.find((d) => d.domain === domain);
  if (!line) return null;
  return { label: line.label, items: line.items, counted: line.items >= MIN_EXAM_ITEMS_PER_DOMAIN };
}
