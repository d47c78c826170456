/**
 * Near-duplicate stems, measured as the Jaccard similarity of word-trigram sets:
 * |A ∩ B| / |A ∪ B| over the lowercase word trigrams of two stems. Two items whose stems share
 * more than NEAR_DUPLICATE_THRESHOLD of their trigrams are reported. An inverted index keeps this
 * near-linear for typical banks: only pairs that share at least one trigram are compared.
 */

export const NEAR_DUPLICATE_THRESHOLD = 0.5;

export interface NearDuplicate {
  readonly a: string;
  readonly b: string;
  readonly similarity: number;
}

export function wordTrigrams(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const grams = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) grams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return grams;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}

export function findNearDuplicates(items: readonly { id: string; stem: string }[], threshold = NEAR_DUPLICATE_THRESHOLD): NearDuplicate[] {
  const grams = items.map((item) => wordTrigrams(item.stem));
  const index = new Map<string, number[]>();
  grams.forEach((set, i) => {
    for (const g of set) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
  });
  const found: NearDuplicate[] = [];
  grams.forEach((set, i) => {
    const shared = new Map<number, number>();
    for (const g of set) for (const j of index.get(g) ?? []) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, count] of shared) {
      const similarity = count / (set.size + (grams[j]?.size ?? 0) - count);
      if (similarity > threshold) found.push({ a: items[i]!.id, b: items[j]!.id, similarity });
    }
  });
  return found;
}
