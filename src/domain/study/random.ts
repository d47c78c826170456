/**
 * Seeded randomness, so every shuffle, queue and exam can be replayed in a test.
 * mulberry32: a small, fast 32-bit generator — plenty for shuffling study items, not for crypto.
 */
export type Rng = () => number;

export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle into a new array. @example shuffled([1, 2, 3], seededRng(7)) */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A fresh seed from the platform's randomness, for callers outside tests. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}
