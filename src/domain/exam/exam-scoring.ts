/**
 * Reporting a finished (or running) exam the way ISC2 does: a scaled score out of 1000 with 700 at the
 * cut, and feedback per domain as above / near / below proficiency.
 */
import { Z_95, type ExamState } from './cat-engine';
import { DEFAULT_CUT_THETA } from './exam-form';
import { estimateAbility } from './rasch';

/** The passing scaled score. */
export const PASSING_SCALED_SCORE = 700;

/**
 * Scaled points per logit. ISC2 does not publish its conversion, so Bastion's is linear. One logit is a
 * large step (it moves the chance of a correct answer from 50% to 73%), and at 100 points per logit
 * estimates within 3 logits above or 7 below the cut stay off the 0 and 1000 clamps.
 */
export const SCALED_POINTS_PER_LOGIT = 100;

/**
 * θ on ISC2's 0–1000 scale: 700 + 100·(θ − cut), clamped to [0, 1000] and rounded down, so a score
 * of 700 or more always means θ ≥ cut (rounding to nearest would show 700 for a θ just below it).
 * @example scaledScore(0.5, 0) // 750
 */
export function scaledScore(theta: number, cutTheta: number = DEFAULT_CUT_THETA): number {
  const raw = PASSING_SCALED_SCORE + SCALED_POINTS_PER_LOGIT * (theta - cutTheta);
  // The small nudge keeps float noise (e.g. 100 × 0.29 = 28.999…) from losing a whole point.
  return Math.min(1000, Math.max(0, Math.floor(raw + 1e-9)));
}

export interface ScaledInterval {
  readonly score: number;
  /** Ends of the 95% interval θ ± 1.96·SE, on the same scale. */
  readonly low: number;
  readonly high: number;
}

/**
 * Whether an exam has enough answers for a score: the form's minimum number of items, before which
 * the engine judges nothing (no confidence stop, and running out of time is "too few items"; see
 * applyStopRules and timeRuleFailure). An exam ended earlier has an estimate still mostly the prior.
 */
export function hasEnoughItemsToScore(state: Pick<ExamState, 'answered' | 'form'>): boolean {
  return state.answered.length >= state.form.minItems;
}

/** The scaled score with its 95% interval. @example scaledInterval(0, 0.2, 0) // { score: 700, low: 660, high: 739 } */
export function scaledInterval(theta: number, se: number, cutTheta: number = DEFAULT_CUT_THETA): ScaledInterval {
  return {
    score: scaledScore(theta, cutTheta),
    low: scaledScore(theta - Z_95 * se, cutTheta),
    high: scaledScore(theta + Z_95 * se, cutTheta),
  };
}

export type ProficiencyLabel = 'above' | 'near' | 'below';

/** How many domain standard errors θ must clear the cut by to be called above or below proficiency. */
export const PROFICIENCY_SE_MULTIPLIER = 1.0;

export interface DomainProficiency {
  readonly domain: number;
  /** Scored items answered in this domain. */
  readonly items: number;
  readonly theta: number;
  readonly se: number;
  readonly label: ProficiencyLabel;
}

/**
 * Feedback per domain, for every domain of the form (in number order). θ and SE come from that
 * domain's scored answers alone (EAP, same prior as the exam). The label is 'above' if θ − 1.0·SE > cut,
 * 'below' if θ + 1.0·SE < cut, else 'near'. One SE (≈ a 68% interval) rather than 1.96: a domain has
 * only 10–25 scored items, and with 1.96 almost every domain would read 'near' and tell the learner
 * nothing. A domain with no answers keeps the prior (θ = 0, SE ≈ 1) and reads 'near' at the default cut.
 */
export function domainProficiency(state: ExamState): DomainProficiency[] {
  const cut = state.form.cutTheta;
  const domains = Object.keys(state.form.domainWeights)
    .map(Number)
    .sort((a, b) => a - b);
  return domains.map((domain) => {
    const responses = state.answered.filter((item) => item.scored && item.domain === domain);
    const { theta, se } = estimateAbility(responses);
    const margin = PROFICIENCY_SE_MULTIPLIER * se;
    const label: ProficiencyLabel = theta - margin > cut ? 'above' : theta + margin < cut ? 'below' : 'near';
    return { domain, items: responses.length, theta, se, label };
  });
}
