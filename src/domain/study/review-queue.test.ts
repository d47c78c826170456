import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import type { KeyedQuestion } from './practice-selection';
import { seededRng } from './random';
import { buildReviewQueue, interleave, limitReviewQueue, REVIEW_SESSION_SIZES, reviewSessionSize } from './review-queue';

const now = new Date('2026-03-10T09:00:00Z');
const q = (id: string, domain: number): KeyedQuestion => ({ ...makeQuestion({ id, domain, objective: `${domain}.1` }), key: id });
const card = (key: string, due: string, reps = 3, lapses = 0) => ({ questionKey: key, due: new Date(due), reps, lapses });

describe('buildReviewQueue', () => {
  const pool = [q('a1', 1), q('a2', 1), q('a3', 1), q('b1', 2), q('b2', 2), q('c1', 3), q('n1', 1), q('n2', 2), q('n3', 3), q('n4', 3)];

  it('puts due cards first, interleaving domains, most overdue domain first', () => {
    const cards = [
      card('a1', '2026-03-01T00:00:00Z'),
      card('a2', '2026-03-02T00:00:00Z'),
      card('a3', '2026-03-09T00:00:00Z'),
      card('b1', '2026-02-20T00:00:00Z'),
      card('b2', '2026-03-20T00:00:00Z'),
      card('c1', '2026-03-05T00:00:00Z'),
    ];
    const { due } = buildReviewQueue({ exam: 'cissp', pool, cards, now, newBudget: 0, rng: seededRng(1) });
    expect(due).toEqual(['b1', 'a1', 'c1', 'a2', 'a3']);
  });

  it('adds new questions within the budget, favouring heavy and weak domains', () => {
    const cards = [card('c1', '2026-04-01T00:00:00Z', 10, 6)];
    const { fresh } = buildReviewQueue({ exam: 'cissp', pool, cards, now, newBudget: 2, rng: seededRng(1) });
    expect(fresh).toHaveLength(2);
    // Domain 1 (16%) outweighs domain 3 (13%) even with domain 3 weak, then domain 3's weakness beats domain 2 (10%).
    expect(fresh.map((k) => pool.find((x) => x.key === k)?.domain)).toEqual([1, 3]);
    expect(fresh).not.toContain('c1');
  });

  it('never includes questions outside the pool or over budget', () => {
    const { due, fresh } = buildReviewQueue({
      exam: 'cissp',
      pool: [],
      cards: [card('zz', '2026-01-01T00:00:00Z')],
      now,
      newBudget: 5,
      rng: seededRng(1),
    });
    expect(due).toEqual([]);
    expect(fresh).toEqual([]);
    expect(buildReviewQueue({ exam: 'cissp', pool, cards: [], now, newBudget: -3, rng: seededRng(1) }).fresh).toEqual([]);
  });
});

describe('interleave', () => {
  it('takes one from each list in turn', () => {
    expect(interleave([['a1', 'a2', 'a3'], ['b1'], ['c1', 'c2']])).toEqual(['a1', 'b1', 'c1', 'a2', 'c2', 'a3']);
  });
});

describe('limitReviewQueue', () => {
  const queue = { due: ['d1', 'd2', 'd3'], fresh: ['n1', 'n2'] };

  it('takes due questions first, then new ones up to the size', () => {
    expect(limitReviewQueue(queue, 2)).toEqual({ due: ['d1', 'd2'], fresh: [] });
    expect(limitReviewQueue(queue, 4)).toEqual({ due: ['d1', 'd2', 'd3'], fresh: ['n1'] });
    expect(limitReviewQueue(queue, 20)).toEqual(queue);
    expect(limitReviewQueue(queue, 0)).toBe(queue);
  });

  it('reads a stored size as one the app offers, and anything else as everything', () => {
    expect(REVIEW_SESSION_SIZES.map(reviewSessionSize)).toEqual([0, 20, 50, 100]);
    for (const stored of [undefined, null, 7, -20, '50', Number.NaN]) expect(reviewSessionSize(stored)).toBe(0);
  });
});
