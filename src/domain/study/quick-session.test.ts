import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import type { KeyedQuestion } from './practice-selection';
import { firstVisitQuick10, inKeyOrder, QUICK_10_TITLE } from './quick-session';

// Four CISSP domains of six questions each, and a CC question a CISSP Quick 10 never draws.
const starter: KeyedQuestion[] = [
  ...[1, 2, 3, 4].flatMap((domain) =>
    Array.from({ length: 6 }, (_, i) => ({
      ...makeQuestion({ id: `d${domain}-q${i}`, domain, objective: `${domain}.1` }),
      key: `d${domain}-q${i}`,
    })),
  ),
  {
    ...makeQuestion({ id: 'cc-q0', exams: ['cc'], domain: undefined, objective: undefined, ccDomain: 1, ccObjective: '1.1' }),
    key: 'cc-q0',
  },
];

describe('firstVisitQuick10', () => {
  it('draws the same session from the same seed, whatever order the starter set comes in', () => {
    const once = firstVisitQuick10(starter, 'cissp', 42);
    expect(firstVisitQuick10([...starter].reverse(), 'cissp', 42)).toEqual(once);
    expect(once.queue).toHaveLength(10);
    expect(new Set(once.queue).size).toBe(10);
    expect(once.queue).not.toContain('cc-q0');
    // Three domains, as a Quick 10 on a learner with no answers draws from.
    expect(new Set(once.queue.map((key) => key.split('-')[0])).size).toBe(3);
    expect(once.config).toMatchObject({ kind: 'practice', exam: 'cissp', title: QUICK_10_TITLE, size: 10 });
    expect(once.position).toBe(0);
    for (const key of once.queue) expect([...once.optionOrders[key]!].sort()).toEqual([0, 1, 2, 3]);
  });

  it('draws other sessions from other seeds', () => {
    const firsts = new Set(Array.from({ length: 20 }, (_, seed) => firstVisitQuick10(starter, 'cissp', seed).queue.join()));
    expect(firsts.size).toBeGreaterThan(10);
  });

  it('draws nothing from a starter set with no question of the exam', () => {
    expect(firstVisitQuick10(starter.slice(-1), 'cissp', 1).queue).toEqual([]);
  });
});

describe('inKeyOrder', () => {
  it('sorts by key without touching its input', () => {
    const input = [{ key: 'b' }, { key: 'a' }, { key: 'c' }];
    expect(inKeyOrder(input).map((q) => q.key)).toEqual(['a', 'b', 'c']);
    expect(input.map((q) => q.key)).toEqual(['b', 'a', 'c']);
  });
});
