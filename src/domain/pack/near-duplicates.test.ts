import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNearDuplicates, jaccard, similarStems, stemIndex, wordTrigrams } from './near-duplicates';

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

describe('findNearDuplicates against a pairwise scan', () => {
  it('finds exactly the pairs a comparison of every pair finds, in item order', () => {
    const word = fc.constantFrom('model', 'the', 'data', 'team', 'key', 'audit', 'owner', 'risk');
    const stems = fc.array(
      fc.array(word, { maxLength: 12 }).map((w) => w.join(' ')),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(stems, fc.constantFrom(0, 0.3, 0.5, 0.8), (list, threshold) => {
        const items = list.map((stem, i) => ({ id: `q${i}`, stem }));
        const expected: { a: string; b: string; similarity: number }[] = [];
        for (let i = 0; i < items.length; i++)
          for (let j = i + 1; j < items.length; j++) {
            const a = wordTrigrams(items[i]!.stem);
            const b = wordTrigrams(items[j]!.stem);
            const shared = [...a].filter((g) => b.has(g)).length;
            if (shared === 0) continue;
            const similarity = jaccard(a, b);
            if (similarity > threshold) expected.push({ a: items[i]!.id, b: items[j]!.id, similarity });
          }
        const found = findNearDuplicates(items, threshold);
        expect(found.map((d) => [d.a, d.b])).toEqual(expected.map((d) => [d.a, d.b]));
        found.forEach((d, k) => expect(d.similarity).toBeCloseTo(expected[k]!.similarity, 12));
      }),
      { numRuns: 300 },
    );
  });
});

describe('similarStems', () => {
  const stems = [
    { key: 'a', stem: 'A vendor ships the training data for the fraud model. Which control applies FIRST to its provenance?' },
    { key: 'b', stem: 'A vendor ships the training data for the fraud model. Which control applies FIRST to its labels?' },
    { key: 'c', stem: 'The LLM assistant leaks prompts through its logs. What is the BEST way to stop it?' },
  ];
  const index = stemIndex(stems);

  it('lists the stems sharing more than half their trigrams, most similar first, leaving out the one edited', () => {
    const draft = 'A vendor ships the training data for the fraud model. Which control applies FIRST to its provenance?';
    const found = similarStems(draft, index);
    expect(found.map((s) => s.key)).toEqual(['a', 'b']);
    expect(found[0]!.similarity).toBe(1);
    expect(found[1]!.similarity).toBeCloseTo(jaccard(wordTrigrams(draft), wordTrigrams(stems[1]!.stem)));
    expect(similarStems(draft, index, 'a').map((s) => s.key)).toEqual(['b']);
  });

  it('finds nothing for a new scenario, a short stem or an empty one, and stops at the limit', () => {
    expect(similarStems('A robot arm drops parts when its firmware updates. What should be checked FIRST?', index)).toEqual([]);
    expect(similarStems('Two words', index)).toEqual([]);
    expect(similarStems('', index)).toEqual([]);
    expect(similarStems(stems[0]!.stem, index, undefined, 0.5, 1)).toHaveLength(1);
  });
});
