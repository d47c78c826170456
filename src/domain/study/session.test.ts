import { describe, expect, it } from 'vitest';
import { seededRng } from './random';
import {
  advanced,
  createSessionState,
  currentKey,
  isFinished,
  lastAnswered,
  withAnswer,
  withFlagToggled,
  withoutAnswer,
  type SessionConfig,
} from './session';

const config: SessionConfig = {
  kind: 'practice',
  exam: 'cissp',
  title: 'P',
  domains: [],
  objectives: [],
  tags: [],
  difficulties: [],
  source: 'all',
  size: 3,
};
const answer = (logId: number) => ({
  chosen: 1,
  correct: true,
  confidence: 'unsure' as const,
  responseMs: 5000,
  answeredAt: '2026-03-01T00:00:00Z',
  logId,
});

describe('study session state', () => {
  it('shuffles each question’s options into a permutation, reproducibly', () => {
    const a = createSessionState(config, ['x', 'y', 'z'], seededRng(5));
    const b = createSessionState(config, ['x', 'y', 'z'], seededRng(5));
    expect(a.optionOrders).toEqual(b.optionOrders);
    for (const order of Object.values(a.optionOrders)) expect([...order].sort()).toEqual([0, 1, 2, 3]);
    const orders = new Set(
      Object.values(
        createSessionState(
          config,
          Array.from({ length: 20 }, (_, i) => `k${i}`),
          seededRng(1),
        ).optionOrders,
      ).map((o) => o.join('')),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('moves through the queue, answers, undoes and flags', () => {
    let s = createSessionState(config, ['x', 'y'], seededRng(1));
    expect(currentKey(s)).toBe('x');
    s = advanced(withAnswer(s, 'x', answer(1)));
    s = withAnswer(s, 'y', answer(2));
    expect(lastAnswered(s)?.[0]).toBe('y');
    s = withoutAnswer(s, 'y');
    expect(Object.keys(s.answers)).toEqual(['x']);
    expect(currentKey(s)).toBe('y');
    s = withFlagToggled(withFlagToggled(withFlagToggled(s, 'x'), 'y'), 'x');
    expect(s.flagged).toEqual(['y']);
    expect(isFinished(advanced(s))).toBe(true);
  });
});
