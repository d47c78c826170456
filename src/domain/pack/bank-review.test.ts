import { describe, expect, it } from 'vitest';
import { makePack, makeQuestion } from '../../../tests/fixtures/questions';
import { blindFile, compareBlindAnswers, mergeDrafts } from './bank-review';
import { canonicalQuestion } from './pack-serialize';
import type { Question } from './pack-schema';

const cc = (id: string, ccDomain: number): Question => {
  const { domain: _domain, objective: _objective, ...rest } = makeQuestion({ id });
  return { ...rest, exams: ['cc'], ccDomain, ccObjective: `${ccDomain}.1` } as Question;
};

describe('blindFile', () => {
  it('gives the reader stems and option texts under neutral ids, with no key, explanation or real id', () => {
    const questions = [
      makeQuestion({
        id: 'd1-guard-physical-199',
        answer: 2,
        stem: 'A guard follows written post orders at the model lab. Which control type is this?',
      }),
      makeQuestion({ id: 'd1-risk-owner-194', stem: 'Who should own the residual risk of the fraud model?' }),
    ];
    const { items, ids } = blindFile(questions);
    expect(items.map((i) => i.id)).toEqual(['item-01', 'item-02']);
    expect(ids).toEqual({ 'item-01': 'd1-guard-physical-199', 'item-02': 'd1-risk-owner-194' });
    const text = JSON.stringify(items);
    expect(text).not.toMatch(/guard-physical|risk-owner|explanation|answer|fixture/);
    expect(items[0]!.options).toEqual(questions[0]!.options.map((o) => o.text));
  });
});

describe('compareBlindAnswers', () => {
  const questions = [makeQuestion({ id: 'q-a', answer: 1 }), makeQuestion({ id: 'q-b', answer: 3 }), makeQuestion({ id: 'q-c' })];
  const ids = { 'item-01': 'q-a', 'item-02': 'q-b', 'item-03': 'q-c' };

  it('maps neutral ids back and names each disagreement, flag and missing answer by real id', () => {
    const result = compareBlindAnswers(
      questions,
      [
        { id: 'item-01', answer: 1, reason: 'r', flag: '' },
        { id: 'item-02', answer: 0, reason: 'because', flag: '' },
      ],
      ids,
    );
    expect(result).toMatchObject({ agree: 1, total: 3 });
    expect(result.lines).toEqual(['DISAGREE q-b: key 3, blind 0 | because | ', 'MISSING q-c: no blind answer']);
  });

  it('reports a flagged item that agrees, and accepts answers given by real id', () => {
    const result = compareBlindAnswers(questions, [
      { id: 'q-a', answer: 1, flag: 'the key is longer' },
      { id: 'q-b', answer: 3 },
      { id: 'q-c', answer: 0 },
    ]);
    expect(result).toMatchObject({ agree: 3, total: 3 });
    expect(result.lines).toEqual(['FLAG q-a: key 1, blind 1 |  | the key is longer']);
  });
});

describe('mergeDrafts', () => {
  const bank = new Map([
    ['cissp-d1.pack.json', makePack('d1', [makeQuestion({ id: 'd1-old-001' })])],
    ['cissp-d4.pack.json', makePack('d4', [makeQuestion({ id: 'd4-old-001', domain: 4, objective: '4.1' })])],
    ['cc-d1-d2.pack.json', makePack('cc12', [cc('cc1-old-001', 1), cc('cc2-old-001', 2)])],
  ]);

  it('appends each draft to the pack holding its exam domain, in the bank’s field order, leaving the rest untouched', () => {
    const draft = makeQuestion({ id: 'd4-new-101', domain: 4, objective: '4.2' });
    const shuffled = Object.fromEntries(Object.entries(draft).reverse()) as unknown as Question;
    const changed = mergeDrafts(bank, [shuffled, cc('cc2-new-101', 2)]);
    expect([...changed.keys()].sort()).toEqual(['cc-d1-d2.pack.json', 'cissp-d4.pack.json']);
    expect(changed.get('cissp-d4.pack.json')!.questions.map((q) => q.id)).toEqual(['d4-old-001', 'd4-new-101']);
    expect(Object.keys(changed.get('cissp-d4.pack.json')!.questions[1]!)).toEqual(Object.keys(canonicalQuestion(draft)));
    expect(changed.get('cc-d1-d2.pack.json')!.questions.at(-1)!.id).toBe('cc2-new-101');
    expect(bank.get('cissp-d4.pack.json')!.questions).toHaveLength(1);
  });

  it('refuses an id the bank or another draft uses, a domain no pack holds and a field the bank does not write', () => {
    expect(() => mergeDrafts(bank, [makeQuestion({ id: 'd1-old-001' })])).toThrow('d1-old-001: id already used');
    expect(() => mergeDrafts(bank, [makeQuestion({ id: 'd1-x' }), makeQuestion({ id: 'd1-x' })])).toThrow('d1-x: id already used');
    expect(() => mergeDrafts(bank, [makeQuestion({ id: 'd7-x', domain: 7, objective: '7.1' })])).toThrow('no bundled pack holds cissp 7');
    const extra = { ...makeQuestion({ id: 'd1-y' }), note: 'draft only' } as Question;
    expect(() => mergeDrafts(bank, [extra])).toThrow('d1-y: fields the bank does not write: note');
  });
});
