import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { draftAgainstBank, draftSamePointNotes } from './draft-check';
import type { Question } from './pack-schema';
import { samePointMatches } from './same-point';

const withKey = (id: string, stem: string, key: string, exams: Question['exams'] = ['cc']): Question => {
  const base = makeQuestion({ id, stem, exams });
  return { ...base, options: [{ text: key, explanation: 'Correct in this fixture.' }, ...base.options.slice(1)], answer: 0 };
};

// The two GDPR items the session-16 audit found: one point, told twice in other words.
const bankItem = withKey(
  'cc1-reach-128',
  'Lumen Tutor, a U.S. company with no offices abroad, launches an LLM homework assistant marketed to students in France and Germany and stores their chat histories. Its product lead says the EU General Data Protection Regulation (GDPR) cannot apply because the company has no establishment in the EU. How should the security team respond?',
  'Disagree, because GDPR can apply to non-EU companies that offer services to people in the EU',
);
const retold = withKey(
  'cc1-reach-150',
  "Bramble Health, a US company with no offices or servers in Europe, markets its symptom-checker app to people in several EU countries and uses their chat history to fine-tune the app's LLM. A product manager assumes the EU's General Data Protection Regulation (GDPR) cannot apply because nothing is processed inside the EU. How should the privacy lead respond?",
  'Disagree, since GDPR protects people in the EU when a company offers them services, wherever it is based',
);
const unrelated = withKey(
  'cc4-firewall-200',
  'A clinic exposes its appointment API to the internet. Which device should filter traffic between the internet and its internal servers?',
  'A firewall placed between the internet and the internal network',
);

describe('samePointMatches', () => {
  it('pairs two items that ask one thing in other words, which the trigram check lets through', () => {
    expect(draftAgainstBank([retold], [bankItem])).toEqual([]); // not a near-duplicate stem
    const [match, ...rest] = samePointMatches([retold], [bankItem, unrelated]);
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ id: 'cc1-reach-150', otherId: 'cc1-reach-128' });
    expect(match!.score).toBeGreaterThanOrEqual(0.3);
  });

  it('compares only items of an exam they share, and never an item with itself', () => {
    const cisspTwin = { ...bankItem, id: 'd1-reach-001', exams: ['cissp'] as Question['exams'] };
    expect(samePointMatches([retold], [retold, cisspTwin])).toEqual([]);
  });
});

describe('draftSamePointNotes', () => {
  it('notes a draft like a bank item or like another draft (each pair of drafts once), as a note to read both', () => {
    const draftTwin = { ...retold, id: 'cc1-reach-151' };
    expect(draftSamePointNotes([retold, draftTwin, unrelated], [bankItem])).toEqual([
      'cc1-reach-150 may ask what draft question cc1-reach-151 asks (stem and key words 1.00): read both',
      expect.stringMatching(/^cc1-reach-150 may ask what bank question cc1-reach-128 asks \(stem and key words 0\.\d\d\): read both$/),
      expect.stringMatching(/^cc1-reach-151 may ask what bank question cc1-reach-128 asks /),
    ]);
  });
});
