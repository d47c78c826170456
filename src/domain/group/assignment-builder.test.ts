import { describe, expect, it } from 'vitest';
import { makePack, makeQuestion } from '../../../tests/fixtures/questions';
import { seededRng } from '../study/random';
import { buildAssignment, checkSelection, drawCountText, parseKeyList, resolveSelection } from './assignment-builder';

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
      problems: ['The number of questions must be a whole number of at least 1'],
    });
  });

  it('checks an explicit list against the exam and refuses repeats', () => {
    expect(resolveSelection({ mode: 'keys', keys: ['cc-net-1', 'cc-net-1', 'd3-crypto-0'] }, 'cc', 0, bank, seededRng(1))).toEqual({
      ok: false,
      problems: ["Question key 2 ('cc-net-1') is listed twice (also as key 1)", "Question key 3 ('d3-crypto-0') is not a CC question"],
    });
    expect(checkSelection({ mode: 'keys', keys: [] }, 'cc', bank)).toEqual({
      matching: 0,
      problems: ['List at least one question key'],
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
      problems: ['The target accuracy must be at least 1'],
    });
  });
});

describe('due date', () => {
  const draft = {
    title: 'Edge',
    exam: 'cissp' as const,
    selection: { mode: 'filter' as const, domains: [3], objectives: [], tags: [] },
    count: 3,
    dueDate: '2020-01-01',
    targetAccuracy: 80,
    note: '',
  };
  const now = { id: 'a-edge-1', createdAt: new Date(2026, 2, 1, 12, 0) }; // 1 March 2026, noon local

  it('refuses a day before today, saying which, and with the other problems', () => {
    expect(buildAssignment(draft, group, bank, now, seededRng(2))).toEqual({
      ok: false,
      problems: ['The due date, 1 January 2020, has already passed: choose today or a later day'],
    });
    expect(buildAssignment({ ...draft, dueDate: '0026-03-01' }, group, bank, now, seededRng(2))).toMatchObject({
      problems: ['The due date, 1 March 26, has already passed: choose today or a later day'],
    });
    expect(buildAssignment({ ...draft, dueDate: '2026-02-28', count: 0 }, group, bank, now, seededRng(2))).toEqual({
      ok: false,
      problems: [
        'The number of questions must be a whole number of at least 1',
        'The due date, 28 February 2026, has already passed: choose today or a later day',
      ],
    });
  });

  it('leaves a malformed or impossible date to the schema', () => {
    for (const dueDate of ['2026-02-30', '2026-02-32', '2020-13-01', 'soon', '']) {
      const built = buildAssignment({ ...draft, dueDate }, group, bank, now, seededRng(2));
      expect(built.ok ? [] : built.problems).toEqual(["The due date must be a real date like '2026-05-01'"]);
    }
  });

  it('accepts today and later days', () => {
    expect(buildAssignment({ ...draft, dueDate: '2026-03-01' }, group, bank, now, seededRng(2)).ok).toBe(true);
    expect(buildAssignment({ ...draft, dueDate: '2026-03-02' }, group, bank, now, seededRng(2)).ok).toBe(true);
  });
});

describe('drawCountText', () => {
  it('never promises more than the form accepts, nor "the same 0", and writes counts as the app does', () => {
    expect(drawCountText(2491, 10)).toBe('2,491 matching questions in your bank; every member gets the same 10, drawn now.');
    expect(drawCountText(2491, 5000)).toBe('2,491 matching questions in your bank; an assignment holds at most 500: choose 500 or fewer.');
    expect(drawCountText(2491, 0)).toBe('2,491 matching questions in your bank. Choose how many every member gets: 1 to 500.');
    expect(drawCountText(12, Number.NaN)).toBe('12 matching questions in your bank. Choose how many every member gets: 1 to 12.');
    expect(drawCountText(12, 40)).toBe('12 matching questions in your bank; every member gets the same 12 (all of them), drawn now.');
    expect(drawCountText(1, 1)).toBe('1 matching question in your bank; every member gets the same 1, drawn now.');
    expect(drawCountText(0, 10)).toBe('No question in your bank matches these domains, objective and tag.');
  });
});

describe('sending a pack with an assignment', () => {
  const team = makePack('team-misses', [
    makeQuestion({ id: 'q-1', domain: 3, objective: '3.6', tags: ['cryptography'] }),
    makeQuestion({ id: 'q-2', domain: 3, objective: '3.6', tags: ['cryptography'] }),
    makeQuestion({ id: 'q-3', domain: 1, objective: '1.9' }),
  ]);
  const withTeam = [...bank, ...team.questions.map((q) => ({ ...q, key: `team-misses:${q.id}` }))];
  const draft = {
    title: 'Our misses',
    exam: 'cissp' as const,
    selection: { mode: 'filter' as const, domains: [3], objectives: [], tags: [] },
    count: 10,
    dueDate: '2026-03-15',
    targetAccuracy: 80,
    note: '',
  };

  it('draws a filter from the pack only, and carries exactly the questions drawn (version 2)', () => {
    const built = buildAssignment({ ...draft, packId: team.id }, group, withTeam, stamp, seededRng(2), team);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value.version).toBe(2);
    expect([...built.value.questionKeys].sort()).toEqual(['team-misses:q-1', 'team-misses:q-2']);
    expect(built.value.pack).toMatchObject({ id: 'team-misses', title: team.title, license: team.license });
    expect(built.value.pack!.questions.map((q) => `team-misses:${q.id}`)).toEqual(built.value.questionKeys);
  });

  it('writes version 1 when no pack is sent, so older copies of the app still open it', () => {
    const built = buildAssignment(draft, group, withTeam, stamp, seededRng(2));
    expect(built.ok && built.value.version).toBe(1);
    expect(built.ok && 'pack' in built.value).toBe(false);
  });

  it('sends only the listed questions of the pack with an explicit list that mixes in bank questions', () => {
    const keys = { mode: 'keys' as const, keys: ['d3-crypto-1', 'team-misses:q-3'] };
    const built = buildAssignment({ ...draft, selection: keys, packId: team.id }, group, withTeam, stamp, seededRng(2), team);
    expect(built.ok && built.value.pack!.questions.map((q) => q.id)).toEqual(['q-3']);
    const none = buildAssignment(
      { ...draft, selection: { mode: 'keys', keys: ['d3-crypto-1'] }, packId: team.id },
      group,
      withTeam,
      stamp,
      seededRng(2),
      team,
    );
    expect(none).toEqual({ ok: false, problems: ["None of the assignment's questions comes from “Pack team-misses”, the pack to send"] });
  });

  it('refuses a pack it was not given', () => {
    expect(buildAssignment({ ...draft, packId: 'gone' }, group, withTeam, stamp, seededRng(2))).toEqual({
      ok: false,
      problems: ["The pack to send ('gone') is not an imported pack in your bank (or it is switched off)"],
    });
  });
});
