import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { countByDomain, emptyFilter, filterQuestions, inOutlineOrder } from './question-filter';

const bank = [
  makeQuestion({ id: 'a-001', domain: 1, objective: '1.9', tags: ['risk-assessment'], difficulty: 1 }),
  makeQuestion({
    id: 'a-002',
    domain: 3,
    objective: '3.6',
    tags: ['cryptography', 'pki'],
    stem: 'The model registry signs every artifact with a key held in an HSM.',
  }),
  makeQuestion({
    id: 'a-003',
    exams: ['cc'],
    domain: undefined,
    objective: undefined,
    ccDomain: 4,
    ccObjective: '4.2',
    tags: ['ddos'],
    difficulty: 3,
  }),
  makeQuestion({
    id: 'a-004',
    exams: ['cissp', 'cc'],
    domain: 7,
    objective: '7.6',
    ccDomain: 2,
    ccObjective: '2.3',
    tags: ['incident-response'],
  }),
];

describe('filterQuestions', () => {
  it('reads no question text unless the filter searches: a pool of thousands is filtered on every set-up change', () => {
    const unread = Object.defineProperty({ ...bank[0]! }, 'stem', {
      get() {
        throw new Error('stem read');
      },
    });
    expect(filterQuestions([unread], { ...emptyFilter('cissp'), domains: [1], tags: ['risk-assessment'] })).toEqual([unread]);
    expect(() => filterQuestions([unread], { ...emptyFilter('cissp'), text: 'model' })).toThrow('stem read');
  });

  it('keeps only questions of the chosen exam', () => {
    expect(filterQuestions(bank, emptyFilter('cissp')).map((q) => q.id)).toEqual(['a-001', 'a-002', 'a-004']);
    expect(filterQuestions(bank, emptyFilter('cc')).map((q) => q.id)).toEqual(['a-003', 'a-004']);
  });

  it('filters by domain in the chosen exam, not the other exam', () => {
    expect(filterQuestions(bank, { ...emptyFilter('cissp'), domains: [7] }).map((q) => q.id)).toEqual(['a-004']);
    expect(filterQuestions(bank, { ...emptyFilter('cc'), domains: [2] }).map((q) => q.id)).toEqual(['a-004']);
    expect(filterQuestions(bank, { ...emptyFilter('cc'), domains: [7] })).toEqual([]);
  });

  it('filters by objective, tag and difficulty', () => {
    expect(filterQuestions(bank, { ...emptyFilter('cissp'), objectives: ['3.6'] }).map((q) => q.id)).toEqual(['a-002']);
    expect(filterQuestions(bank, { ...emptyFilter('cissp'), tags: ['pki'] }).map((q) => q.id)).toEqual(['a-002']);
    expect(filterQuestions(bank, { ...emptyFilter('cc'), difficulties: [3] }).map((q) => q.id)).toEqual(['a-003']);
  });

  it('searches every word, case-insensitively, in stem, options and id', () => {
    expect(filterQuestions(bank, { ...emptyFilter('cissp'), text: 'HSM registry' }).map((q) => q.id)).toEqual(['a-002']);
    expect(filterQuestions(bank, { ...emptyFilter('cissp'), text: 'a-004' }).map((q) => q.id)).toEqual(['a-004']);
    expect(filterQuestions(bank, { ...emptyFilter('cissp'), text: 'hsm nowhere' })).toEqual([]);
  });
});

describe('inOutlineOrder', () => {
  it('orders by domain, then objective by number (1.2 before 1.10), then id, in the chosen exam', () => {
    const mixed = [
      makeQuestion({ id: 'z-first-by-id', domain: 1, objective: '1.10' }),
      makeQuestion({ id: 'b', domain: 2, objective: '2.1' }),
      makeQuestion({ id: 'a', domain: 1, objective: '1.10' }),
      makeQuestion({ id: 'y', domain: 1, objective: '1.2' }),
      makeQuestion({ id: 'c', exams: ['cissp', 'cc'], domain: 1, objective: '1.1', ccDomain: 5, ccObjective: '5.1' }),
      makeQuestion({ id: 'd', exams: ['cc'], domain: undefined, objective: undefined, ccDomain: 2, ccObjective: '2.3' }),
    ];
    expect(inOutlineOrder(mixed, 'cissp').map((q) => q.id)).toEqual(['c', 'y', 'a', 'z-first-by-id', 'b', 'd']);
    expect(inOutlineOrder(mixed, 'cc').map((q) => q.id)).toEqual(['d', 'c', 'a', 'b', 'y', 'z-first-by-id']);
  });
});

describe('countByDomain', () => {
  it('counts per domain of the exam', () => {
    expect([...countByDomain(bank, 'cissp')]).toEqual([
      [1, 1],
      [3, 1],
      [7, 1],
    ]);
    expect([...countByDomain(bank, 'cc')]).toEqual([
      [4, 1],
      [2, 1],
    ]);
  });
});
