/**
 * How a plan's hours are split over the exam's domains: by exam weight, shifted toward the domains
 * where the learner is weak, within a fixed band around the weight so no domain is starved or
 * flooded however lopsided the learner's data looks.
 */
import { blueprints, type ExamId } from '../exam-blueprints';

export interface DomainProgress {
  readonly domain: number;
  /** Share of answers correct, 0–1; null when there are no answers yet. */
  readonly accuracy: number | null;
  /** Mean FSRS retrievability of the domain's cards, 0–1; null when there are no cards. */
  readonly retention: number | null;
  /** Share of the domain's bank questions seen at least once, 0–1. */
  readonly coverage: number;
}

/**
 * How strongly weakness moves hours: weight × (1 + k × weakness). With k = 0.6 a domain with no
 * mastery at all asks for 1.6× its weight before normalising, which is already inside the band.
 */
export const WEAKNESS_K = 0.6;
/** Every domain's share of the hours stays within [0.6, 1.6] × its exam weight share. */
export const SHARE_BOUND = { min: 0.6, max: 1.6 } as const;
/** Weakness assumed for a domain the learner has no data on: halfway, neither skipped nor favoured. */
export const UNKNOWN_WEAKNESS = 0.5;

const unit = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : Math.min(1, Math.max(0, x));

/**
 * Weakness 0–1: the mean of (1 − accuracy), (1 − retention) and (1 − coverage) over the figures
 * that exist, or 0.5 when the domain has no progress entry.
 * @example domainWeakness({ domain: 1, accuracy: 0.8, retention: null, coverage: 0.6 }) // 0.3
 */
export function domainWeakness(progress: DomainProgress | undefined): number {
  if (!progress) return UNKNOWN_WEAKNESS;
  const gaps = [progress.accuracy, progress.retention, progress.coverage].map(unit).filter((x): x is number => x !== null);
  return gaps.length === 0 ? UNKNOWN_WEAKNESS : gaps.reduce((sum, x) => sum + (1 - x), 0) / gaps.length;
}

/** Weakness per domain number of the exam. */
export function weaknessByDomain(exam: ExamId, progress: readonly DomainProgress[]): Record<number, number> {
  const out: Record<number, number> = {};
  for (const d of blueprints[exam].domains) out[d.number] = domainWeakness(progress.find((p) => p.domain === d.number));
  return out;
}

/**
 * Share of study hours per domain (sums to 1). weight × (1 + k × weakness), normalised, then clamped
 * into SHARE_BOUND × weight with the rest renormalised. Clamping and renormalising repeatedly
 * converges to shares = clamp(λ × raw) for the one λ that makes them sum to 1, so λ is found
 * directly by bisection: the sum grows with λ, from 0.6 (all at the floor) to 1.6 (all at the cap).
 * @example domainShares('cc', [])[1] // 0.26 — no data: the exam weight
 */
export function domainShares(exam: ExamId, progress: readonly DomainProgress[], k = WEAKNESS_K): Record<number, number> {
  const domains = blueprints[exam].domains;
  const totalWeight = domains.reduce((s, d) => s + d.weight, 0);
  const weakness = weaknessByDomain(exam, progress);
  const rows = domains.map((d) => {
    const weightShare = d.weight / totalWeight;
    return { domain: d.number, weightShare, raw: weightShare * Math.max(0, 1 + k * (weakness[d.number] ?? UNKNOWN_WEAKNESS)) };
  });
  const clamped = (lambda: number) =>
    rows.map((r) => Math.min(SHARE_BOUND.max * r.weightShare, Math.max(SHARE_BOUND.min * r.weightShare, lambda * r.raw)));
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  let low = 0;
  let high = Math.max(...rows.map((r) => (r.raw > 0 ? (SHARE_BOUND.max * r.weightShare) / r.raw : 0)));
  for (let i = 0; i < 200 && high - low > 1e-15 * high; i++) {
    const mid = (low + high) / 2;
    if (sum(clamped(mid)) < 1) low = mid;
    else high = mid;
  }
  const shares = clamped((low + high) / 2);
  const total = sum(shares);
  return Object.fromEntries(rows.map((r, i) => [r.domain, (shares[i] ?? 0) / total]));
}
