/**
 * The exam simulator's state machine: computerized adaptive testing (CAT) as ISC2 runs it for CISSP
 * and CC (shared/exam-facts.md, "Format"), and the older linear CC form.
 *
 * Everything is pure and the state is plain JSON (ISO date strings, arrays, numbers, null), so it can
 * be saved to IndexedDB after every answer and resumed. The state freezes a snapshot of the item pool
 * at the start: difficulties refined while the exam runs, or a pack updated before it is resumed,
 * cannot change how an exam already under way is scored.
 *
 * Flow: `startExam` → (`nextItem` → show it → `answerItem`)* until `state.result` is set; call
 * `checkTime` on a timer so an idle candidate still runs out of time.
 */
import { type Rng } from '../study/random';
import { assertValidForm, type ExamForm } from './exam-form';
import {
  domainFurthestBelowQuota,
  pickAtRandom,
  pickNearDifficulty,
  randomPretestPositions,
  sortedByDifficulty,
  weightedRandomDomain,
  type SelectableItem,
} from './item-selection';
import { addResponse, emptyLogLikelihood, posteriorEstimate } from './rasch';

/** An item the exam may deliver: its key in the bank, its domain number and its Rasch difficulty. */
export type PoolItem = SelectableItem;

export interface AnsweredItem extends PoolItem {
  /** False for pretest items: delivered like any other, never counted. */
  readonly scored: boolean;
  readonly correct: boolean;
  readonly answeredAt: string;
}

export type StopRule = 'confidence' | 'max-length' | 'time';

export interface ExamResult {
  readonly passed: boolean;
  readonly endedBy: StopRule;
  readonly endedAt: string;
}

export interface ExamState {
  readonly version: 1;
  readonly form: ExamForm;
  readonly startedAt: string;
  /** The pool as it was at the start (see the module comment). */
  readonly pool: readonly PoolItem[];
  /** 0-based delivery positions that hold unscored pretest items, ascending. */
  readonly pretestPositions: readonly number[];
  /** Every delivered item, in order. Answers are final: this list only grows. */
  readonly answered: readonly AnsweredItem[];
  /** Log-likelihood of the scored answers over the Rasch grid, so each answer costs one grid pass. */
  readonly logLikelihood: readonly number[];
  readonly theta: number;
  readonly se: number;
  /** θ after each scored answer, oldest first: the time rule looks back over it. */
  readonly thetaHistory: readonly number[];
  /** Null while the exam runs. */
  readonly result: ExamResult | null;
}

/** z for a two-sided 95% confidence interval. */
export const Z_95 = 1.96;

/** The time rule passes only if θ stayed above the cut for this many of the latest scored answers. */
export const TIME_RULE_WINDOW = 75;

/** The opening item is easy: at or below this difficulty when the pool has one. */
export const EASY_OPENING_MAX_B = -0.5;

/** Among easy items, the opening item is drawn from those nearest this difficulty. */
const OPENING_TARGET_B = -1;

/**
 * A new exam: pretest positions drawn, θ at the prior (0, SE ≈ 1), the pool frozen into the state.
 * Throws if the form is invalid or the pool has duplicate keys or too few items for `maxItems`.
 */
export function startExam(form: ExamForm, pool: readonly PoolItem[], rng: Rng, startedAt: Date): ExamState {
  assertValidForm(form);
  const keys = new Set(pool.map((item) => item.key));
  if (keys.size !== pool.length) throw new RangeError('The item pool has duplicate keys; each item may appear once.');
  const unusable = pool.find((item) => !Number.isFinite(item.b));
  if (unusable) throw new RangeError(`Item '${unusable.key}' has no usable difficulty (b = ${unusable.b}); give every item a finite b.`);
  // Items of domains the form does not weight (e.g. tagged for another outline) are simply never asked.
  const eligible = pool.filter((item) => (form.domainWeights[item.domain] ?? 0) > 0);
  if (eligible.length < form.maxItems) {
    throw new RangeError(
      `This ${form.maxItems}-item exam needs at least ${form.maxItems} items in weighted domains; the pool has ${eligible.length}.`,
    );
  }
  const prior = posteriorEstimate(emptyLogLikelihood());
  return {
    version: 1,
    form,
    startedAt: startedAt.toISOString(),
    pool: eligible.map(({ key, domain, b }) => ({ key, domain, b })),
    pretestPositions: randomPretestPositions(form.minItems, form.pretestItems, rng),
    answered: [],
    logLikelihood: emptyLogLikelihood(),
    theta: prior.theta,
    se: prior.se,
    thetaHistory: [],
    result: null,
  };
}

/**
 * An ended exam without its item pool. The pool only serves to choose the next item, and each
 * delivered item keeps its own key, domain and difficulty in `answered`; kept, a stored exam would
 * carry a snapshot of the whole bank's difficulties for good (5,000 items: ~250 KB per exam).
 */
export function withoutPool(state: ExamState): ExamState {
  return state.pool.length === 0 ? state : { ...state, pool: [] };
}

/** Whether the next delivered item (position `answered.length`) is an unscored pretest item. */
export function isPretestNext(state: ExamState): boolean {
  return state.pretestPositions.includes(state.answered.length);
}

/**
 * The key of the item to deliver next, or undefined once the exam has ended. Never repeats an item.
 * - Pretest position: a random item from a domain drawn in proportion to the weights.
 * - Scored position: the domain furthest below its quota of scored items; within it, for a CAT, one of
 *   the three unused items closest to θ (the opening item: an easy one, b ≤ −0.5); for a linear form,
 *   a random item.
 * Calling it twice without answering may give different items; deliver one, then `answerItem` it.
 */
export function nextItem(state: ExamState, rng: Rng): string | undefined {
  if (state.result || state.answered.length >= state.form.maxItems) return undefined;
  const { byDomain } = poolIndex(state.pool);
  const { usedByDomain, scoredByDomain } = countsOf(state.answered);
  const domains = [...byDomain.keys()].filter((domain) => (byDomain.get(domain)?.length ?? 0) > (usedByDomain[domain] ?? 0));
  const weights = state.form.domainWeights;

  if (isPretestNext(state)) {
    const pretestDomain = weightedRandomDomain(weights, domains, rng);
    return pickAtRandom(unusedIn(state, byDomain, pretestDomain), rng)?.key;
  }
  const domain = domainFurthestBelowQuota(weights, scoredByDomain, domains, rng);
  if (state.form.kind === 'linear') return pickAtRandom(unusedIn(state, byDomain, domain), rng)?.key;
  const items = byDomain.get(domain ?? Number.NaN) ?? [];
  // Nothing is used before the opening item, so the opening needs no availability filter.
  if (state.answered.length === 0) return openingItem(items, state.pool, rng)?.key;
  const used = keysAnsweredIn(state, domain);
  return pickNearDifficulty(items, state.theta, rng, (item) => !used.has(item.key))?.key;
}

/** An easy item from the quota domain, else an easy item from any domain, else the easiest there is. */
function openingItem(domainSortedByB: readonly PoolItem[], pool: readonly PoolItem[], rng: Rng): PoolItem | undefined {
  const easy = (items: readonly PoolItem[]) => items.filter((item) => item.b <= EASY_OPENING_MAX_B);
  const choices = [easy(domainSortedByB), sortedByDifficulty(easy(pool))].find((list) => list.length > 0) ?? sortedByDifficulty(pool);
  return pickNearDifficulty(choices, OPENING_TARGET_B, rng);
}

/** Items delivered and scored items, per domain, in one pass: this runs before every item. */
function countsOf(answered: readonly AnsweredItem[]) {
  const usedByDomain: Record<number, number> = {};
  const scoredByDomain: Record<number, number> = {};
  for (const { domain, scored } of answered) {
    usedByDomain[domain] = (usedByDomain[domain] ?? 0) + 1;
    if (scored) scoredByDomain[domain] = (scoredByDomain[domain] ?? 0) + 1;
  }
  return { usedByDomain, scoredByDomain };
}

function keysAnsweredIn(state: ExamState, domain: number | undefined): Set<string> {
  return new Set(state.answered.filter((item) => item.domain === domain).map((item) => item.key));
}

function unusedIn(state: ExamState, byDomain: PoolIndex['byDomain'], domain: number | undefined): PoolItem[] {
  const used = keysAnsweredIn(state, domain);
  return (byDomain.get(domain ?? Number.NaN) ?? []).filter((item) => !used.has(item.key));
}

interface PoolIndex {
  /** Each domain's items in ascending order of difficulty; domains in ascending order. */
  readonly byDomain: ReadonlyMap<number, readonly PoolItem[]>;
  readonly byKey: ReadonlyMap<string, PoolItem>;
}

/**
 * Lookups over a frozen pool, memoised per pool array. The state never changes its pool, so the index
 * is built once per exam (and once more after a resume, when the pool is a freshly parsed array)
 * instead of on every item: this is what keeps a thousand simulated exams fast.
 */
const poolIndexes = new WeakMap<readonly PoolItem[], PoolIndex>();

function poolIndex(pool: readonly PoolItem[]): PoolIndex {
  const cached = poolIndexes.get(pool);
  if (cached) return cached;
  const byDomain = new Map<number, PoolItem[]>([...new Set(pool.map((item) => item.domain))].sort((a, b) => a - b).map((d) => [d, []]));
  for (const item of sortedByDifficulty(pool)) byDomain.get(item.domain)?.push(item);
  const index = { byDomain, byKey: new Map(pool.map((item) => [item.key, item])) };
  poolIndexes.set(pool, index);
  return index;
}

/**
 * Records the answer to `key` (final: there is no going back), re-estimates θ and SE from the scored
 * answers only, then applies the stop rules. An answer given at or after the time limit is not
 * recorded: the exam ends by the time rule instead.
 * Throws if the exam has ended, the key is not in the exam's pool, or it was already answered.
 */
export function answerItem(state: ExamState, key: string, correct: boolean, answeredAt: Date): ExamState {
  if (state.result) throw new Error(`This exam ended (${state.result.endedBy}); answers are final and no more can be added.`);
  const timed = checkTime(state, answeredAt);
  if (timed.result) return timed;
  const item = poolIndex(state.pool).byKey.get(key);
  if (!item) throw new RangeError(`Item '${key}' is not in this exam's pool.`);
  if (state.answered.some((done) => done.key === key))
    throw new RangeError(`Item '${key}' was already answered; items are never repeated.`);

  const scored = !isPretestNext(state);
  const answered = [...state.answered, { ...item, scored, correct, answeredAt: answeredAt.toISOString() }];
  if (!scored) return applyStopRules({ ...state, answered }, answeredAt);
  const logLikelihood = addResponse(state.logLikelihood, { b: item.b, correct });
  const { theta, se } = posteriorEstimate(logLikelihood);
  return applyStopRules({ ...state, answered, logLikelihood, theta, se, thetaHistory: [...state.thetaHistory, theta] }, answeredAt);
}

/**
 * Confidence, then maximum length (shared/exam-facts.md):
 * - confidence: from `minItems` delivered items on, stop once |θ − cut| > 1.96·SE; pass if θ > cut;
 * - maximum length: at `maxItems`, pass if θ ≥ cut. A linear form only ever ends this way (or by time).
 */
export function applyStopRules(state: ExamState, at: Date): ExamState {
  if (state.result) return state;
  const { form, theta, se } = state;
  const delivered = state.answered.length;
  if (form.kind === 'cat' && form.confidenceStop && delivered >= form.minItems && Math.abs(theta - form.cutTheta) > Z_95 * se) {
    return finish(state, 'confidence', theta > form.cutTheta, at);
  }
  if (delivered >= form.maxItems) return finish(state, 'max-length', theta >= form.cutTheta, at);
  return state;
}

/**
 * The time rule. Once `now` is `minutes` or more after the start: fewer than `minItems` answered is a
 * fail; otherwise pass only if θ stayed above the cut after each of the last 75 scored answers (all of
 * them when there are fewer, as in the short practice exam). Before that, the state is returned as is.
 */
export function checkTime(state: ExamState, now: Date): ExamState {
  if (state.result || timeRemainingMs(state, now) > 0) return state;
  return finish(state, 'time', timeRuleFailure(state) === null, now);
}

/** Why the time rule fails an exam: too few items answered, or θ not above the cut throughout the window. */
export type TimeRuleFailure = 'too-few-items' | 'not-above-cut';

/**
 * What the time rule would decide if time ran out now: null for a pass, else the reason for the
 * fail, so the result page can say exactly why (a fail can show a score above the passing line).
 * @example timeRuleFailure(stateWith99Of100Items) // 'too-few-items'
 */
export function timeRuleFailure(state: ExamState): TimeRuleFailure | null {
  const { form } = state;
  if (state.answered.length < form.minItems) return 'too-few-items';
  const recent = state.thetaHistory.slice(-TIME_RULE_WINDOW);
  const stayedAbove = recent.length > 0 && recent.every((theta) => theta > form.cutTheta);
  return stayedAbove ? null : 'not-above-cut';
}

/** Milliseconds left before the time limit (0 when it has passed). */
export function timeRemainingMs(state: ExamState, now: Date): number {
  const deadline = Date.parse(state.startedAt) + state.form.minutes * 60_000;
  return Math.max(0, deadline - now.getTime());
}

/**
 * How long the exam ran, from its start to `endedAt`, capped at the time limit: an exam that ran out
 * of time while Bastion was closed ends when it is next opened, but it ran for the limit, no longer.
 * @example examRunMs(shortExamStartedAt9am, new Date('…T11:00')) // 1_800_000 (the 30-minute limit)
 */
export function examRunMs(state: ExamState, endedAt: Date): number {
  const limit = state.form.minutes * 60_000;
  return Math.min(limit, Math.max(0, endedAt.getTime() - Date.parse(state.startedAt)));
}

function finish(state: ExamState, endedBy: StopRule, passed: boolean, at: Date): ExamState {
  return { ...state, result: { passed, endedBy, endedAt: at.toISOString() } };
}
