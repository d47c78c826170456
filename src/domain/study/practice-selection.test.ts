import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { quickSessionKeys, selectPracticeKeys, smoothedAccuracy, type KeyedQuestion, type LearnerHistory } from './practice-selection';
import { seededRng } from './random';
import type { SessionConfig } from './session';

const q = (id: string, domain: number, difficulty: 1 | 2 | 3 = 2): KeyedQuestion => ({
  ...makeQuestion({ id, domain, objective: `${domain}.1`, difficulty }),
  key: id,
});
const pool = [q('a', 1), q('b', 1, 3), q('c', 2), q('d', 3), q('e', 3), q('f', 4)];
const history: LearnerHistory = { seen: new Set(['a', 'c']), due: new Set(['c']), missed: new Set(['a']), flagged: new Set(['e']) };
const config: SessionConfig = {
  kind: 'practice',
  exam: 'cissp',
  title: 'Practice',
  domains: [],
  objectives: [],
  tags: [],
  difficulties: [],
  source: 'all',
  size: null,
};

describe('selectPracticeKeys', () => {
  it('draws from the chosen source', () => {
    const sorted = (source: SessionConfig['source']) => selectPracticeKeys(pool, history, { ...config, source }, seededRng(3)).sort();
    expect(sorted('new')).toEqual(['b', 'd', 'e', 'f']);
    expect(sorted('due')).toEqual(['c']);
    expect(sorted('missed')).toEqual(['a']);
    expect(sorted('flagged')).toEqual(['e']);
    expect(sorted('all')).toHaveLength(6);
  });

  it('applies filters and size, and replays with the same seed', () => {
    const a = selectPracticeKeys(pool, history, { ...config, domains: [1, 3], size: 2 }, seededRng(9));
    const b = selectPracticeKeys(pool, history, { ...config, domains: [1, 3], size: 2 }, seededRng(9));
    expect(a).toEqual(b);
    expect(a).toHaveLength(2);
    expect(a.every((k) => ['a', 'b', 'd', 'e'].includes(k))).toBe(true);
    expect(selectPracticeKeys(pool, history, { ...config, difficulties: [3] }, seededRng(1))).toEqual(['b']);
  });

  it('draws only from the chosen packs, with the other filters still applied', () => {
    const packed = pool.map((question, i) => ({ ...question, packId: i < 3 ? 'core' : 'group-bank' }));
    const keys = (packs: string[], domains: number[] = []) =>
      selectPracticeKeys(packed, history, { ...config, packs, domains }, seededRng(4)).sort();
    expect(keys(['group-bank'])).toEqual(['d', 'e', 'f']);
    expect(keys(['group-bank'], [3])).toEqual(['d', 'e']);
    expect(keys(['core', 'group-bank'])).toHaveLength(6);
    expect(keys([])).toHaveLength(6); // no pack chosen: every pack in practice
    expect(keys(['gone'])).toEqual([]);
  });
});

describe('quickSessionKeys', () => {
  it('picks from the weakest domains first', () => {
    const byDomain = new Map([
      [1, { reps: 10, lapses: 1 }],
      [2, { reps: 10, lapses: 8 }],
      [3, { reps: 10, lapses: 6 }],
      [4, { reps: 10, lapses: 0 }],
    ]);
    const keys = quickSessionKeys(pool, 'cissp', byDomain, history, seededRng(2), 10);
    expect(new Set(keys)).toEqual(new Set(['c', 'd', 'e', 'a', 'b']));
    expect(keys).not.toContain('f');
  });

  it('smooths accuracy toward one half', () => {
    expect(smoothedAccuracy(undefined)).toBe(0.5);
    expect(smoothedAccuracy({ reps: 8, lapses: 0 })).toBe(0.9);
  });
});
