import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { draftAgainstBank } from './draft-check';

const bank = [
  makeQuestion({ id: 'b-001', stem: 'A bank retrains its fraud model weekly on card transactions. Which risk response fits best here?' }),
  makeQuestion({ id: 'b-002', stem: 'A hospital labels chest X-rays with a vendor for its imaging model. Who owns the labeled dataset?' }),
];

describe('draftAgainstBank', () => {
  it('passes a draft with new ids and new stems', () => {
    const draft = [
      makeQuestion({ id: 'd-101', stem: 'An LLM agent may call payment tools. Which control stops an unlisted tool call before it runs?' }),
    ];
    expect(draftAgainstBank(draft, bank)).toEqual([]);
  });

  it('refuses an id the bank already uses', () => {
    const draft = [
      makeQuestion({ id: 'b-002', stem: 'A speech model start-up stores call recordings for training. Which property is at stake?' }),
    ];
    expect(draftAgainstBank(draft, bank)).toEqual(['b-002: id already used in the bank']);
  });

  it('refuses a stem that repeats a bank stem or another draft stem, naming both', () => {
    const copy = makeQuestion({
      id: 'd-102',
      stem: 'A bank retrains its fraud model weekly on card transactions. Which risk response fits best now?',
    });
    const twin = { ...copy, id: 'd-103' };
    const problems = draftAgainstBank([copy, twin], bank);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^d-102: stem is a near-duplicate of bank question b-001 \(trigram Jaccard 0\.\d\d\)$/),
        expect.stringMatching(/^d-103: stem is a near-duplicate of bank question b-001 /),
        expect.stringMatching(/^d-10[23]: stem is a near-duplicate of draft question d-10[23] \(trigram Jaccard 1\.00\)$/),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('compares drafts with one another: two authors’ versions of one scenario', () => {
    const mine = makeQuestion({
      id: 'd-201',
      stem: 'A start-up fine-tunes a support chatbot on customer tickets. Which control BEST keeps card numbers out of it?',
    });
    const theirs = makeQuestion({
      id: 'd-301',
      stem: 'A start-up fine-tunes a support chatbot on customer tickets. Which control BEST keeps card numbers out of its data?',
    });
    expect(draftAgainstBank([mine, theirs], bank)).toEqual([
      expect.stringMatching(/^d-201: stem is a near-duplicate of draft question d-301 \(trigram Jaccard 0\.\d\d\)$/),
    ]);
  });
});
