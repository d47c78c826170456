/**
 * Monte Carlo check of the CAT engine: synthetic candidates of known ability sit simulated exams
 * against a synthetic Rasch pool, answering each item correctly with the Rasch probability. The
 * figures (classification accuracy, test length, stop rules, domain balance) show whether the engine
 * behaves like the exam it imitates. Deterministic for a given seed.
 */
import type { ExamId } from '../exam-blueprints';
import { seededRng, type Rng } from '../study/random';
import { answerItem, nextItem, startExam, type ExamState, type PoolItem, type StopRule } from './cat-engine';
import { formFor, type ExamVariant } from './exam-form';
import { probabilityCorrect } from './rasch';

export interface SimulationOptions {
  readonly seed: number;
  readonly candidates: number;
  readonly exam?: ExamId;
  readonly variant?: ExamVariant;
  readonly poolSize?: number;
  /** True abilities are drawn uniformly from [cut + low, cut + high] logits. */
  readonly abilityRange?: readonly [number, number];
  /**
   * Each candidate answers at a steady pace drawn uniformly from this range, as a fraction of the time
   * the form allows per item at its maximum length (CISSP: 180 min / 150 = 72 s). The default [0.5, 1]
   * lets every candidate finish the longest exam, the slowest only just; above 1, slow candidates meet
   * the time rule.
   */
  readonly paceRange?: readonly [number, number];
  /** Candidates at least this far from the cut (logits) are the "clear" cases the accuracy target is for. */
  readonly clearMargin?: number;
}

export interface Distribution {
  readonly mean: number;
  readonly min: number;
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
  readonly max: number;
}

export interface DomainShare {
  readonly domain: number;
  /** Blueprint weight, 0–1. */
  readonly weight: number;
  /** Share of scored items, averaged over candidates, 0–1. */
  readonly share: number;
}

export interface SimulationFigures {
  readonly seed: number;
  readonly exam: ExamId;
  readonly variant: ExamVariant;
  readonly candidates: number;
  readonly poolSize: number;
  /** Share of candidates classified correctly (passed ⇔ true θ ≥ cut), overall and by distance from the cut. */
  readonly accuracy: {
    readonly all: number;
    readonly clear: number;
    readonly clearCandidates: number;
    readonly near: number;
    readonly nearCandidates: number;
  };
  readonly passRate: number;
  /** Items delivered (scored and pretest). */
  readonly length: Distribution;
  /** Share of exams ended by each rule. */
  readonly endedBy: Readonly<Record<StopRule, number>>;
  readonly domainShares: readonly DomainShare[];
  /** Largest |share − weight| over the domains. */
  readonly maxDomainDeviation: number;
  /** Largest |share − weight| within any single exam: the quotas hold per exam, not just on average. */
  readonly worstExamDomainDeviation: number;
  /** Root mean square error of the final θ against the true θ, logits. */
  readonly thetaRmse: number;
}

/** The simulation's start time: fixed, so runs replay exactly. */
const SIMULATION_START = Date.UTC(2026, 0, 5, 9, 0, 0);

/**
 * Runs `candidates` simulated exams and summarises them.
 * @example runCatSimulation({ seed: 1, candidates: 100 }).accuracy.clear // ≈ 1
 */
export function runCatSimulation(options: SimulationOptions): SimulationFigures {
  const { seed, candidates, exam = 'cissp', variant = 'cat', poolSize = 1200 } = options;
  const [lowAbility, highAbility] = options.abilityRange ?? [-2.5, 2.5];
  const [fastest, slowest] = options.paceRange ?? [0.5, 1];
  const clearMargin = options.clearMargin ?? 0.5;
  const form = formFor(exam, variant);
  const budgetSecondsPerItem = (form.minutes * 60) / form.maxItems;
  const pool = syntheticPool(form.domainWeights, poolSize);
  const difficulty = new Map(pool.map((item) => [item.key, item.b]));
  const master = seededRng(seed);

  const runs = Array.from({ length: candidates }, () => {
    const rng = seededRng(Math.floor(master() * 2 ** 32));
    const trueTheta = form.cutTheta + lowAbility + (highAbility - lowAbility) * rng();
    const secondsPerItem = budgetSecondsPerItem * (fastest + (slowest - fastest) * rng());
    const state = sitExam(startExam(form, pool, rng, new Date(SIMULATION_START)), trueTheta, secondsPerItem, difficulty, rng);
    return { trueTheta, state };
  });

  const correctlyClassified = (run: (typeof runs)[number]) => run.state.result?.passed === run.trueTheta >= form.cutTheta;
  const clear = runs.filter((run) => Math.abs(run.trueTheta - form.cutTheta) >= clearMargin);
  const near = runs.filter((run) => Math.abs(run.trueTheta - form.cutTheta) < clearMargin);
  const endedBy = (rule: StopRule) => (run: (typeof runs)[number]) => run.state.result?.endedBy === rule;
  const domainShares = Object.entries(form.domainWeights).map(([domain, weight]) => ({
    domain: Number(domain),
    weight,
    share: mean(runs.map((run) => scoredShare(run.state, Number(domain)))),
  }));

  return {
    seed,
    exam,
    variant,
    candidates,
    poolSize,
    accuracy: {
      all: shareOf(runs, correctlyClassified),
      clear: shareOf(clear, correctlyClassified),
      clearCandidates: clear.length,
      near: shareOf(near, correctlyClassified),
      nearCandidates: near.length,
    },
    passRate: shareOf(runs, (run) => run.state.result?.passed === true),
    length: distribution(runs.map((run) => run.state.answered.length)),
    endedBy: {
      confidence: shareOf(runs, endedBy('confidence')),
      'max-length': shareOf(runs, endedBy('max-length')),
      time: shareOf(runs, endedBy('time')),
    },
    domainShares,
    maxDomainDeviation: Math.max(...domainShares.map((d) => Math.abs(d.share - d.weight))),
    worstExamDomainDeviation: Math.max(
      ...runs.flatMap((run) => domainShares.map((d) => Math.abs(scoredShare(run.state, d.domain) - d.weight))),
    ),
    thetaRmse: Math.sqrt(mean(runs.map((run) => (run.state.theta - run.trueTheta) ** 2))),
  };
}

/** One candidate answers until a stop rule fires, each answer drawn from the Rasch probability. */
function sitExam(
  start: ExamState,
  trueTheta: number,
  secondsPerItem: number,
  difficulty: ReadonlyMap<string, number>,
  rng: Rng,
): ExamState {
  let state = start;
  let elapsedMs = 0;
  while (!state.result) {
    const key = nextItem(state, rng);
    if (key === undefined) throw new Error('The simulated pool ran out before the exam ended.');
    elapsedMs += secondsPerItem * 1000;
    const correct = rng() < probabilityCorrect(trueTheta, difficulty.get(key) ?? 0);
    state = answerItem(state, key, correct, new Date(SIMULATION_START + elapsedMs));
  }
  return state;
}

/**
 * A synthetic pool: `size` items split over the domains in proportion to their weights (largest
 * remainder), and within each domain difficulties at the normal quantiles (j + ½)/n, so every domain
 * spans easy to hard like a N(0, 1) sample without sampling noise.
 * @example syntheticPool({ 1: 0.5, 2: 0.5 }, 4).map((i) => i.key) // ['d1-0', 'd1-1', 'd2-0', 'd2-1']
 */
export function syntheticPool(weights: Readonly<Record<number, number>>, size: number): PoolItem[] {
  const domains = Object.entries(weights).map(([domain, weight]) => ({ domain: Number(domain), weight }));
  const total = domains.reduce((sum, d) => sum + d.weight, 0);
  const exact = domains.map((d) => ({ ...d, exact: (d.weight / total) * size, count: Math.floor((d.weight / total) * size) }));
  const leftover = size - exact.reduce((sum, d) => sum + d.count, 0);
  [...exact].sort((x, y) => y.exact - y.count - (x.exact - x.count)).forEach((d, i) => (d.count += i < leftover ? 1 : 0));
  return exact.flatMap(({ domain, count }) =>
    Array.from({ length: count }, (_, j) => ({ key: `d${domain}-${j}`, domain, b: normalQuantile((j + 0.5) / count) })),
  );
}

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9).
 * @example normalQuantile(0.975) // ≈ 1.96
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`A probability strictly between 0 and 1 is needed, got ${p}.`);
  const horner = (coefficients: readonly number[], x: number) => coefficients.reduce((acc, c) => acc * x + c, 0);
  const tail = (q: number) =>
    horner(
      [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783],
      q,
    ) / horner([7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416, 1], q);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    (horner(
      [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239],
      r,
    ) *
      q) /
    horner([-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1, 1], r)
  );
}

function scoredShare(state: ExamState, domain: number): number {
  const scored = state.answered.filter((item) => item.scored);
  return scored.length === 0 ? 0 : scored.filter((item) => item.domain === domain).length / scored.length;
}

/** The fraction of `list` for which `predicate` holds (0 for an empty list). */
function shareOf<T>(list: readonly T[], predicate: (item: T) => boolean): number {
  return list.length === 0 ? 0 : list.filter(predicate).length / list.length;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Mean and nearest-rank percentiles. */
export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) throw new RangeError('A distribution needs at least one value.');
  const sorted = [...values].sort((a, b) => a - b);
  const percentile = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
  return {
    mean: mean(values),
    min: percentile(0),
    p25: percentile(0.25),
    median: percentile(0.5),
    p75: percentile(0.75),
    max: percentile(1),
  };
}
