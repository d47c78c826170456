/**
 * The building blocks of adaptive item selection: domain quotas, pretest positions and picking an item
 * near a target difficulty. Each is pure; randomness comes in as `rng`.
 */
import { shuffled, type Rng } from '../study/random';

export interface SelectableItem {
  readonly key: string;
  readonly domain: number;
  readonly b: number;
}

/** How many of the closest items the CAT chooses among, so two exams at the same θ differ. */
export const CLOSEST_ITEMS_TO_CHOOSE_FROM = 3;

/**
 * Pretest positions (0-based), drawn at random among positions 1 … minItems − 1 and sorted.
 * Position 0 is left scored because the exam always opens with an easy scored item; keeping every
 * pretest item inside the minimum length means any finished CAT has its full complement of them.
 */
export function randomPretestPositions(minItems: number, pretestItems: number, rng: Rng): number[] {
  const positions = Array.from({ length: Math.max(0, minItems - 1) }, (_, i) => i + 1);
  return shuffled(positions, rng)
    .slice(0, pretestItems)
    .sort((a, b) => a - b);
}

/**
 * The domain furthest behind its quota: the largest `weight × (scored + 1) − count`, i.e. the
 * shortfall against its share if it received the next scored item. Only domains in `available` count;
 * exact ties are broken at random so equal-weight domains do not always come in the same order.
 */
export function domainFurthestBelowQuota(
  weights: Readonly<Record<number, number>>,
  scoredByDomain: Readonly<Record<number, number>>,
  available: readonly number[],
  rng: Rng,
): number | undefined {
  const total = sumOfWeights(weights, available);
  if (total <= 0) return undefined;
  const scored = Object.values(scoredByDomain).reduce((sum, n) => sum + n, 0);
  const deficits = available.map((domain) => ({
    domain,
    deficit: ((weights[domain] ?? 0) / total) * (scored + 1) - (scoredByDomain[domain] ?? 0),
  }));
  const best = Math.max(...deficits.map((d) => d.deficit));
  const tied = deficits.filter((d) => best - d.deficit < 1e-9);
  return tied[Math.floor(rng() * tied.length)]?.domain;
}

/** A domain drawn with probability proportional to its weight: pretest items follow the blueprint only roughly. */
export function weightedRandomDomain(
  weights: Readonly<Record<number, number>>,
  available: readonly number[],
  rng: Rng,
): number | undefined {
  const total = sumOfWeights(weights, available);
  if (total <= 0) return undefined;
  let threshold = rng() * total;
  for (const domain of available) {
    threshold -= weights[domain] ?? 0;
    if (threshold < 0) return domain;
  }
  return available.findLast((domain) => (weights[domain] ?? 0) > 0);
}

/**
 * One of the `count` available items whose difficulty is closest to `target`, chosen at random.
 * Choosing among a few rather than always the single closest spreads exposure over the pool at almost
 * no cost in precision (an item's information falls off slowly as b moves away from θ).
 * `sortedByB` must be in ascending order of b: the search starts at the target and walks outwards, so
 * a pick costs a binary search plus a few steps however large the pool (a simulation makes ~10⁵ picks).
 * @example pickNearDifficulty(itemsSortedByB, 0.4, rng, (item) => !used.has(item.key))
 */
export function pickNearDifficulty<T extends SelectableItem>(
  sortedByB: readonly T[],
  target: number,
  rng: Rng,
  isAvailable: (item: T) => boolean = () => true,
  count = CLOSEST_ITEMS_TO_CHOOSE_FROM,
): T | undefined {
  const closest: T[] = [];
  let below = firstIndexAtOrAbove(sortedByB, target) - 1;
  let above = below + 1;
  while (closest.length < count) {
    while (below >= 0 && !isAvailable(sortedByB[below]!)) below--;
    while (above < sortedByB.length && !isAvailable(sortedByB[above]!)) above++;
    const low = sortedByB[below];
    const high = sortedByB[above];
    if (!low && !high) break;
    // Equal distances go to the easier item, so the outcome depends only on the list.
    const takeLow = low !== undefined && (high === undefined || target - low.b <= high.b - target);
    if (takeLow) closest.push(sortedByB[below--]!);
    else closest.push(sortedByB[above++]!);
  }
  return closest[Math.floor(rng() * closest.length)];
}

/** Binary search: the first index whose b is ≥ target (the length if none). */
function firstIndexAtOrAbove(sortedByB: readonly SelectableItem[], target: number): number {
  let low = 0;
  let high = sortedByB.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sortedByB[middle]?.b ?? Infinity) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Items in ascending order of difficulty (then key), as `pickNearDifficulty` needs them. */
export function sortedByDifficulty<T extends SelectableItem>(items: readonly T[]): T[] {
  return [...items].sort((x, y) => x.b - y.b || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** One item chosen uniformly at random. */
export function pickAtRandom<T>(items: readonly T[], rng: Rng): T | undefined {
  return items[Math.floor(rng() * items.length)];
}

function sumOfWeights(weights: Readonly<Record<number, number>>, domains: readonly number[]): number {
  return domains.reduce((sum, domain) => sum + (weights[domain] ?? 0), 0);
}
