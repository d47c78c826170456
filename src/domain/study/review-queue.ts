/**
 * The review queue: due cards first, domains interleaved so no domain comes in a block, then new
 * questions chosen by exam weight and weakness, within the day's new-question budget.
 *
 * Built from cards and questions only (no scan of the review logs), so it stays fast for a
 * learner with years of history.
 */
import { domainIn } from '../bank/question-filter';
import { blueprints, type ExamId } from '../exam-blueprints';
import type { KeyedQuestion } from './practice-selection';
import { smoothedAccuracy, type DomainRecord } from './practice-selection';
import { shuffled, type Rng } from './random';

export interface CardSummary {
  readonly questionKey: string;
  readonly due: Date;
  readonly reps: number;
  readonly lapses: number;
}

export interface ReviewQueueInput {
  readonly exam: ExamId;
  readonly pool: readonly KeyedQuestion[];
  readonly cards: readonly CardSummary[];
  readonly now: Date;
  /** New questions still allowed today (daily limit minus those already introduced today). */
  readonly newBudget: number;
  readonly rng: Rng;
}

export interface ReviewQueue {
  readonly due: string[];
  readonly fresh: string[];
}

export function buildReviewQueue({ exam, pool, cards, now, newBudget, rng }: ReviewQueueInput): ReviewQueue {
  const domainOf = new Map<string, number>();
  for (const q of pool) {
    const d = domainIn(exam, q);
    if (d !== undefined) domainOf.set(q.key, d);
  }

  const dueByDomain = new Map<number, CardSummary[]>();
  const records = new Map<number, { reps: number; lapses: number }>();
  const seen = new Set<string>();
  for (const card of cards) {
    const d = domainOf.get(card.questionKey);
    if (d === undefined) continue;
    seen.add(card.questionKey);
    const r = records.get(d) ?? { reps: 0, lapses: 0 };
    r.reps += card.reps;
    r.lapses += card.lapses;
    records.set(d, r);
    if (card.due.getTime() <= now.getTime()) {
      const list = dueByDomain.get(d) ?? [];
      list.push(card);
      dueByDomain.set(d, list);
    }
  }
  for (const list of dueByDomain.values()) list.sort((a, b) => a.due.getTime() - b.due.getTime());
  const domainsByUrgency = [...dueByDomain.keys()].sort(
    (a, b) => dueByDomain.get(a)![0]!.due.getTime() - dueByDomain.get(b)![0]!.due.getTime(),
  );
  const due = interleave(domainsByUrgency.map((d) => dueByDomain.get(d)!.map((c) => c.questionKey)));

  const unseenByDomain = new Map<number, string[]>();
  for (const q of shuffled(pool, rng)) {
    const d = domainOf.get(q.key);
    if (d === undefined || seen.has(q.key)) continue;
    const list = unseenByDomain.get(d) ?? [];
    list.push(q.key);
    unseenByDomain.set(d, list);
  }
  const fresh = pickNewByWeightAndWeakness(exam, unseenByDomain, records, Math.max(0, newBudget));
  return { due, fresh };
}

/** The review session sizes a learner may choose; 0 takes everything due and every new question allowed today. */
export const REVIEW_SESSION_SIZES = [0, 20, 50, 100] as const;

/** A stored size as one of `REVIEW_SESSION_SIZES`: anything else (a damaged or older value) takes everything. */
export const reviewSessionSize = (stored: unknown): number =>
  REVIEW_SESSION_SIZES.includes(stored as (typeof REVIEW_SESSION_SIZES)[number]) ? (stored as number) : 0;

/**
 * The first `size` questions of a queue, all of it for 0. Due ones come first, in the queue's
 * order (the most overdue of each domain in turn), so new ones are taken only when fewer are due:
 * a backlog of 1,500 becomes sessions of a size a learner can finish.
 */
export function limitReviewQueue(queue: ReviewQueue, size: number): ReviewQueue {
  if (!(size > 0)) return queue;
  const due = queue.due.slice(0, size);
  return { due, fresh: queue.fresh.slice(0, size - due.length) };
}

/** Round-robin across lists: a1, b1, c1, a2, b2, … */
export function interleave(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (list[i] !== undefined) out.push(list[i]!);
  return out;
}

/**
 * Each pick goes to the domain with the largest remaining claim: exam weight × (2 − smoothed
 * accuracy), divided by one more than the picks it already has. A weak, heavy domain gets more new
 * questions, but every domain keeps getting some.
 */
function pickNewByWeightAndWeakness(
  exam: ExamId,
  unseen: Map<number, string[]>,
  records: ReadonlyMap<number, DomainRecord>,
  budget: number,
): string[] {
  const picks = new Map<number, number>();
  const out: string[] = [];
  const claim = (d: number) => {
    const weight = blueprints[exam].domains.find((x) => x.number === d)?.weight ?? 0;
    return (weight * (2 - smoothedAccuracy(records.get(d)))) / (1 + (picks.get(d) ?? 0));
  };
  while (out.length < budget) {
    const open = [...unseen.keys()].filter((d) => (unseen.get(d)?.length ?? 0) > 0);
    if (open.length === 0) break;
    const best = open.reduce((a, b) => (claim(b) > claim(a) ? b : a));
    out.push(unseen.get(best)!.shift()!);
    picks.set(best, (picks.get(best) ?? 0) + 1);
  }
  return out;
}
