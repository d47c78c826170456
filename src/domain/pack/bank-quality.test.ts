import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { balanceNotes, bankFloorFailures, bundledBankFloors, computeBankStats } from './bank-quality';

describe('computeBankStats', () => {
  it('counts answer positions, key-longest share, difficulty and managerial share', () => {
    const qs = [
      makeQuestion({ id: 'q-1', answer: 0, difficulty: 1, stem: 'What should the model owner do FIRST about the drift alert?' }),
      makeQuestion({ id: 'q-2', answer: 1, difficulty: 2 }),
      makeQuestion({ id: 'q-3', answer: 1, difficulty: 3 }),
    ];
    const s = computeBankStats(qs);
    expect(s.answerPositions).toEqual([1, 2, 0, 0]);
    // only q-1 has its key (option 0, the longest) as the key
    expect(s.keyLongestShare).toBeCloseTo(1 / 3);
    expect(s.keyShortestShare).toBe(0); // the fixture's shortest option is option 2, never a key here
    expect(s.difficulty).toEqual({ 1: 1, 2: 1, 3: 1 });
    expect(s.managerialShare).toBeCloseTo(1 / 3);
    expect(s.domains.find((d) => d.exam === 'cissp' && d.domain === 1)?.count).toBe(3);
  });
});

describe('bankFloorFailures', () => {
  it('names every floor a small bank misses', () => {
    const failures = bankFloorFailures(computeBankStats([makeQuestion({ id: 'q-1' })]));
    expect(failures).toContain('CISSP items: 1, need at least 400');
    expect(failures.some((f) => f.startsWith('the key is the longest option in 100.0%'))).toBe(true);
    expect(failures.some((f) => f.startsWith('the key is the shortest option'))).toBe(false);
    const shortKeys = computeBankStats([makeQuestion({ id: 'q-2', answer: 2 })]);
    expect(bankFloorFailures(shortKeys)).toContain('the key is the shortest option in 100.0% of items (at most 35.0%)');
    expect(failures.some((f) => f.startsWith('CISSP objective 1.1 (Professional ethics) has 0 items'))).toBe(true);
    expect(failures.some((f) => f.startsWith('CISSP domain 1 holds 100.0%'))).toBe(true);
  });

  it('checks answer positions only from the documented minimum size', () => {
    const qs = Array.from({ length: bundledBankFloors.answerPositionMinItems }, (_, i) =>
      makeQuestion({ id: `q-${i}`, answer: 0, stem: `Unique stem ${i} ${'x'.repeat(i)} about the model.` }),
    );
    expect(bankFloorFailures(computeBankStats(qs)).some((f) => f.startsWith('answer position A holds 100.0%'))).toBe(true);
    expect(bankFloorFailures(computeBankStats(qs.slice(0, 10))).some((f) => f.startsWith('answer position'))).toBe(false);
  });
});

describe('balanceNotes', () => {
  it('keeps only the balance floors that apply to a pack of any size and scope', () => {
    const qs = [makeQuestion({ id: 'q-1' }), makeQuestion({ id: 'q-2' })];
    const notes = balanceNotes(computeBankStats(qs));
    expect(notes).toEqual([
      'the key is the longest option in 100.0% of items (at most 30.0%)',
      expect.stringMatching(/^near-duplicate stems: q-1 and q-2 \(trigram Jaccard 0\.\d\d\)$/),
    ]);
    const shortKeys = balanceNotes(computeBankStats([makeQuestion({ id: 'q-1', answer: 2 }), makeQuestion({ id: 'q-2', answer: 2 })]));
    expect(shortKeys[0]).toBe('the key is the shortest option in 100.0% of items (at most 35.0%)');
  });
});
