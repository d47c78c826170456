import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { seededRng } from '../study/random';
import { buildAssignment, checkSelection, parseKeyList, resolveSelection } from './assignment-builder';

const bank = [
  ...Array.from({ length: 10 }, (_, i) => makeQuestion({ id: `d3-crypto-${i}`, domain: 3, objective: '3.6', tags: ['cryptography'] })),
  ...Array.from({ length: 4 }, (_, i) =>
    makeQuestion({ id: `cc-net-${i}`, exams: ['cc'], domain: undefined, objective: undefined, ccDomain: 4, ccObjective: '4.2' }),
  ),
].map((q) => ({ ...q, key: q.id }));
const group = { id: 'g-ml-platform', name: 'ML platform', members: ['Ana'] };
const stamp = { id: 'a-week-3', createdAt: new Date('2026-03-01T09:00:00Z') };

describe('resolveSelection', () => {
  it('draws the same sample for the same seed, never more than match, in the drawn order', () => {
    const selection = { mode: 'filter' as const, domains: [3], objectives: [], tags: [] };
    const a = resolveSelection(selection, 'cissp', 4, bank, seededRng(5));
    const b = resolveSelection(selection, 'cissp', 4, bank, seededRng(5));
    expect(a).toEqual(b);
    expect(a.ok && a.value).toHaveLength(4);
    expect(resolveSelection(selection, 'cissp', 50, bank, seededRng(5))).toMatchObject({ ok: true, value: expect.any(Array) });
    const all = resolveSelection(selection, 'cissp', 50, bank, seededRng(5));
    expect(all.ok && all.value.length).toBe(10);
    expect(resolveSelection({ mode: 'filter', domains: [], objectives: [], tags: [] }, 'cc', 0, bank, seededRng(1))).toEqual({
      ok: false,
      problems: ['count: must be a whole number of at least 1'],
    });
  });

  it('checks an explicit list against the exam and refuses repeats', () => {
    expect(resolveSelection({ mode: 'keys', keys: ['cc-net-1', 'cc-net-1', 'd3-crypto-0'] }, 'cc', 0, bank, seededRng(1))).toEqual({
      ok: false,
      problems: ["selection.keys[1]: 'cc-net-1' is listed twice", "selection.keys[2]: 'd3-crypto-0' is not a CC question"],
    });
    expect(checkSelection({ mode: 'keys', keys: [] }, 'cc', bank)).toEqual({
      matching: 0,
      problems: ['selection.keys: list at least one question key'],
    });
    expect(checkSelection({ mode: 'filter', domains: [4], objectives: [], tags: [] }, 'cc', bank)).toEqual({ matching: 4, problems: [] });
  });

  it('reads pasted key lists', () => {
    expect(parseKeyList('a-1, b-2\n\nc:3 ;d-4')).toEqual(['a-1', 'b-2', 'c:3', 'd-4']);
  });
});

describe('buildAssignment', () => {
  it('builds a valid document: CC domains, trimmed title, no empty note', () => {
    const draft = {
      title: '  CC networks ',
      exam: 'cc' as const,
      selection: { mode: 'filter' as const, domains: [4], objectives: [], tags: [] },
      count: 3,
      dueDate: '2026-04-01',
      targetAccuracy: 75,
      note: '   ',
    };
    const built = buildAssignment(draft, group, bank, stamp, seededRng(2));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value).toMatchObject({ title: 'CC networks', exam: 'cc', domains: [4], targetAccuracy: 75 });
    expect(built.value.questionKeys).toHaveLength(3);
    expect(built.value).not.toHaveProperty('note');
    expect(buildAssignment({ ...draft, targetAccuracy: 0 }, group, bank, stamp, seededRng(2))).toEqual({
      ok: false,
      problems: ['assignment.targetAccuracy: must be at least 1'],
    });
  });
});
