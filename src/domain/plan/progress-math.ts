/**
 * Small statistics for progress screens: how sure we can be of an accuracy measured on few answers.
 */

export interface ProportionInterval {
  readonly low: number;
  readonly high: number;
  /** The observed proportion, successes / trials. */
  readonly estimate: number;
}

/**
 * Wilson score interval for a proportion. Unlike the plain "p ± z·√(p(1−p)/n)" it stays inside 0–1
 * and behaves on small samples and at 0% or 100%, which is exactly where a learner's first answers sit.
 * With no trials nothing is known: the interval is the whole 0–1 range and the estimate 0; check
 * `trials` before showing the estimate. Throws on negative counts or more successes than trials.
 * @example wilsonInterval(8, 10) // { low: ≈0.490, high: ≈0.943, estimate: 0.8 }
 */
export function wilsonInterval(successes: number, trials: number, z = 1.96): ProportionInterval {
  if (!Number.isFinite(successes) || !Number.isFinite(trials) || successes < 0 || trials < 0 || successes > trials) {
    throw new RangeError(`A proportion needs 0 ≤ successes ≤ trials (got ${successes} of ${trials}).`);
  }
  if (trials === 0) return { low: 0, high: 1, estimate: 0 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At p = 0 or 1 the bound is exactly 0 or 1; rounding in centre − half can leave a tiny residue.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === trials ? 1 : Math.min(1, centre + half),
    estimate: p,
  };
}

export interface AnswerRecord {
  readonly domain: number;
  readonly correct: boolean;
}

export interface DomainAccuracy {
  readonly domain: number;
  readonly correct: number;
  readonly answered: number;
  readonly interval: ProportionInterval;
}

/**
 * Correct / answered per domain with its Wilson interval, in domain order.
 * @example accuracyByDomain([{ domain: 1, correct: true }])[0]?.answered // 1
 */
export function accuracyByDomain(answers: readonly AnswerRecord[], z = 1.96): DomainAccuracy[] {
  const counts = new Map<number, { correct: number; answered: number }>();
  for (const a of answers) {
    const c = counts.get(a.domain) ?? { correct: 0, answered: 0 };
    counts.set(a.domain, { correct: c.correct + (a.correct ? 1 : 0), answered: c.answered + 1 });
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([domain, c]) => ({ domain, ...c, interval: wilsonInterval(c.correct, c.answered, z) }));
}
