import { describe, expect, it } from 'vitest';
import { blueprints } from '../src/domain/exam-blueprints';
import { computeBankStats } from '../src/domain/pack/bank-quality';
import { checkItem } from '../src/domain/pack/item-rules';
import { packSchema } from '../src/domain/pack/pack-schema';
import { ccObjectiveCounts, cisspObjectiveCounts, makeRandomPack } from './random-pack.mjs';

describe('makeRandomPack', () => {
  it('carries the outline objective counts of the blueprints', () => {
    expect(cisspObjectiveCounts).toEqual(blueprints.cissp.domains.map((d) => d.objectives.length));
    expect(ccObjectiveCounts).toEqual(blueprints.cc.domains.map((d) => d.objectives.length));
  });

  it('builds valid packs that pass every per-item rule, for any seed', () => {
    for (const seed of [1, 2, 42, 2 ** 31 + 7]) {
      const pack = makeRandomPack(300, seed);
      const parsed = packSchema.safeParse(pack);
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
      expect(pack.questions.flatMap(checkItem)).toEqual([]);
      expect(new Set(pack.questions.map((q) => q.id)).size).toBe(300);
    }
  });

  it('is deterministic, with keys spread over the four positions and no near-duplicate stems', () => {
    const pack = makeRandomPack(1000, 7);
    expect(makeRandomPack(1000, 7)).toEqual(pack);
    expect(makeRandomPack(1000, 8)).not.toEqual(pack);
    const stats = computeBankStats(pack.questions);
    for (const n of stats.answerPositions) expect(n / 1000).toBeGreaterThan(0.2);
    expect(stats.nearDuplicates).toEqual([]);
    expect(stats.perExam.cissp).toBeGreaterThan(500);
    expect(stats.perExam.cc).toBeGreaterThan(300);
  });
});
