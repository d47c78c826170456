import { describe, expect, it } from 'vitest';
import { findNearDuplicates, jaccard, wordTrigrams } from './near-duplicates';

describe('near-duplicate stems', () => {
  it('computes word-trigram Jaccard similarity', () => {
    const a = wordTrigrams('the model registry signs every artifact');
    const b = wordTrigrams('the model registry signs no artifact');
    // a: 4 trigrams, b: 4 trigrams, shared: "the model registry", "model registry signs" → 2 / 6
    expect(jaccard(a, b)).toBeCloseTo(2 / 6);
  });

  it('reports pairs above the threshold and ignores distinct stems', () => {
    const items = [
      { id: 'a', stem: 'A hospital trains an imaging classifier on scans from three sites and must protect patient privacy.' },
      { id: 'b', stem: 'A hospital trains an imaging classifier on scans from four sites and must protect patient privacy.' },
      { id: 'c', stem: 'An agent with shell access runs commands suggested by a language model in production.' },
    ];
    const found = findNearDuplicates(items);
    expect(found.map((d) => [d.a, d.b])).toEqual([['a', 'b']]);
    expect(found[0]!.similarity).toBeGreaterThan(0.5);
  });
});
