import { describe, expect, it } from 'vitest';
import { canonicalQuestion } from '../src/domain/pack/pack-serialize';
import { bundledPacksOnDisk } from './bundled-packs-on-disk';

describe('scripts/bank-review.ts merge', () => {
  it('writes fields in the order every bundled question already has them', () => {
    const questions = bundledPacksOnDisk().flatMap((pack) => pack.questions);
    expect(questions.length).toBeGreaterThan(1000);
    const misordered = questions.filter((q) => Object.keys(q).join() !== Object.keys(canonicalQuestion(q)).join());
    expect(misordered.map((q) => q.id)).toEqual([]);
  });
});
