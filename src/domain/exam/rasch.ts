/**
 * The Rasch (one-parameter logistic) model and ability estimation, as ISC2 uses for its CAT exams.
 *
 * Ability θ and item difficulty b share one logit scale: a candidate at θ = b answers that item
 * correctly half the time.
 *
 * Ability is estimated by EAP (expected a posteriori): the posterior mean of θ under a standard-normal
 * prior N(0, 1), integrated numerically over a fixed grid of 81 points from −4 to +4 logits (step 0.1).
 * Why EAP rather than maximum likelihood:
 * - the maximum-likelihood estimate is infinite while all answers are correct (or all wrong), which is
 *   exactly the situation at the start of every exam;
 * - EAP is always finite and comes with its own standard error (the posterior standard deviation);
 * - the fixed grid makes one more answer cost 81 additions (see `addResponse`), so a whole exam can be
 *   re-estimated after every item, and a thousand simulated exams run in seconds.
 * The prior pulls estimates slightly towards 0; with the default cut at θ = 0 that makes early pass/fail
 * calls more cautious, never less.
 */

export interface RaschResponse {
  /** Item difficulty in logits. */
  readonly b: number;
  readonly correct: boolean;
}

export interface AbilityEstimate {
  /** Posterior mean of ability, logits. */
  readonly theta: number;
  /** Standard error: the posterior standard deviation, logits. */
  readonly se: number;
}

/** Quadrature grid: 81 points, −4.0 to +4.0 logits. Built from integers so it is exactly symmetric. */
export const THETA_GRID: readonly number[] = Array.from({ length: 81 }, (_, i) => (i - 40) / 10);

/** log N(0, 1) density at each grid point, up to a constant (constants cancel in the posterior). */
const LOG_PRIOR: readonly number[] = THETA_GRID.map((theta) => -(theta * theta) / 2);

/** Probability that a candidate of ability θ answers an item of difficulty b correctly. @example probabilityCorrect(1, 1) // 0.5 */
export function probabilityCorrect(theta: number, b: number): number {
  return 1 / (1 + Math.exp(b - theta));
}

/** log σ(x), computed without overflow or loss of precision for large |x|. */
function logSigmoid(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}

/** The log-likelihood of no answers at all: zero at every grid point. */
export function emptyLogLikelihood(): number[] {
  return THETA_GRID.map(() => 0);
}

/**
 * Adds one answer to a log-likelihood over `THETA_GRID`. Answers are independent under the Rasch
 * model, so log-likelihoods add: this is what makes re-estimating after each item cheap.
 * @example posteriorEstimate(addResponse(emptyLogLikelihood(), { b: 0, correct: true })).theta // ≈ 0.41
 */
export function addResponse(logLikelihood: readonly number[], response: RaschResponse): number[] {
  if (!Number.isFinite(response.b)) throw new RangeError(`Item difficulty must be a finite number of logits, got ${response.b}.`);
  const sign = response.correct ? 1 : -1;
  // P(correct) = σ(θ − b) and P(wrong) = σ(b − θ).
  return logLikelihood.map((ll, i) => ll + logSigmoid(sign * ((THETA_GRID[i] ?? 0) - response.b)));
}

/** EAP estimate and posterior SD from a log-likelihood over `THETA_GRID`, with the N(0, 1) prior. */
export function posteriorEstimate(logLikelihood: readonly number[]): AbilityEstimate {
  // Subtract the peak log-posterior before exponentiating so long exams cannot underflow to 0/0.
  let peak = -Infinity;
  for (let i = 0; i < THETA_GRID.length; i++) peak = Math.max(peak, logPosteriorAt(logLikelihood, i));
  let total = 0;
  let first = 0;
  let second = 0;
  for (let i = 0; i < THETA_GRID.length; i++) {
    const weight = Math.exp(logPosteriorAt(logLikelihood, i) - peak);
    const theta = THETA_GRID[i] ?? 0;
    total += weight;
    first += weight * theta;
    second += weight * theta * theta;
  }
  const mean = first / total;
  const variance = Math.max(0, second / total - mean * mean);
  return { theta: mean, se: Math.sqrt(variance) };
}

function logPosteriorAt(logLikelihood: readonly number[], i: number): number {
  return (LOG_PRIOR[i] ?? 0) + (logLikelihood[i] ?? 0);
}

/**
 * Ability from a set of answers: EAP with a N(0, 1) prior; SE is the posterior SD.
 * With no answers it returns the prior itself (θ = 0, SE ≈ 1).
 * @example estimateAbility([{ b: 0, correct: true }, { b: 0, correct: false }]).theta // 0
 */
export function estimateAbility(responses: readonly RaschResponse[]): AbilityEstimate {
  return posteriorEstimate(responses.reduce<number[]>(addResponse, emptyLogLikelihood()));
}

/**
 * Rasch difficulty for the difficulty an author gave an item: 1 (easy) → −1.0, 2 (medium) → 0.0,
 * 3 (hard) → +1.0 logits. One logit either side of the middle means a candidate at the cut (θ = 0)
 * answers about 73% of easy items and 27% of hard ones: a clear but not extreme spread.
 */
export function difficultyForAuthored(difficulty: 1 | 2 | 3): number {
  return difficulty - 2;
}

/** How many of the learner's own attempts count as much as the author's rating (half weight each). */
export const REFINEMENT_PRIOR_ATTEMPTS = 10;

/**
 * An item's difficulty refined by how this learner has fared on it.
 *
 * The observed difficulty is the logit of the learner's smoothed error rate,
 * `ln(e / (1 − e))` with `e = (wrong + 1) / (attempts + 2)` (add-one smoothing, so a single answer is
 * never read as certainty). That is the Rasch b for which a candidate at θ = 0 would show this error
 * rate. It is blended with the authored b by the weight `attempts / (attempts + 10)`: authored
 * difficulty dominates until the learner has tried the item 10 times, when both count equally.
 *
 * Why so cautious: one learner's record mixes the item's difficulty with that learner's ability (a
 * strong learner makes every item look easy), and refined items feed the learner's own exam estimate.
 * The result is clamped to ±4 logits, the range of the estimation grid.
 * @example refinedDifficulty(0, { correct: 10, attempts: 10 }) // ≈ −1.20: easier than authored
 */
export function refinedDifficulty(authoredB: number, history: { readonly correct: number; readonly attempts: number }): number {
  const { correct, attempts } = history;
  if (!Number.isInteger(attempts) || !Number.isInteger(correct) || attempts < 0 || correct < 0 || correct > attempts) {
    throw new RangeError(`History must have 0 ≤ correct ≤ attempts (whole numbers), got ${correct} of ${attempts}.`);
  }
  const errorRate = (attempts - correct + 1) / (attempts + 2);
  const observedB = Math.log(errorRate / (1 - errorRate));
  const weight = attempts / (attempts + REFINEMENT_PRIOR_ATTEMPTS);
  const blended = (1 - weight) * authoredB + weight * observedB;
  return Math.min(4, Math.max(-4, blended));
}
