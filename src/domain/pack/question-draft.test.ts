import { describe, expect, it } from 'vitest';
import { makeRandomPack } from '../../../scripts/random-pack.mjs';
import {
  checkDraft,
  draftFromQuestion,
  draftToCandidate,
  emptyDraft,
  fieldOf,
  suggestQuestionId,
  type QuestionDraft,
} from './question-draft';

const complete: QuestionDraft = {
  ...emptyDraft('mine-001'),
  exams: ['cissp'],
  domain: '3',
  objective: '3.6',
  difficulty: '2',
  stem: 'A model registry signs every artifact before a training job may load it. Which control BEST stops a swapped weights file?',
  options: [
    { text: 'Verify the signature before loading', explanation: 'Right: it proves origin and integrity.' },
    { text: 'Encrypt the registry at rest', explanation: 'Protects confidentiality, not integrity in use.' },
    { text: 'Rotate the registry admin password', explanation: 'Useful hygiene, but it does not check the file.' },
    { text: 'Log every download of an artifact', explanation: 'Detects after the fact; it does not stop the load.' },
  ],
  answer: 0,
  tags: ['cryptography', 'mlops-pipeline'],
  references: 'NIST SP 800-57 Part 1 Rev. 5\n\n',
};

describe('checkDraft', () => {
  it('turns a complete draft into the question the importer would accept', () => {
    const { question, problems } = checkDraft(complete, new Set());
    expect(problems).toEqual({});
    expect(question).toMatchObject({ id: 'mine-001', domain: 3, objective: '3.6', difficulty: 2, answer: 0 });
    expect(question?.references).toEqual(['NIST SP 800-57 Part 1 Rev. 5']);
  });

  it('files each problem under its field, in words for a form', () => {
    const { question, problems } = checkDraft(emptyDraft('Bad Id'), new Set());
    expect(question).toBeNull();
    expect(problems).toMatchObject({
      id: ['use lowercase letters, digits and single hyphens'],
      domain: ['required for a CISSP item'],
      objective: ['required for a CISSP item'],
      difficulty: ['choose a difficulty'],
      stem: [
        'stem is too short to be a scenario',
        'no AI/ML setting found in the stem: say which model, dataset, pipeline or ML team the scenario is about (a word such as model, dataset, training, inference or data scientists)',
      ],
      options: ['two options have the same text'],
      'options[0].text': ['option text is empty'],
      'options[3].explanation': ['option has no explanation'],
      answer: ['mark the option that is the correct answer'],
      tags: ['choose at least one tag'],
    });
  });

  it('applies the per-item rules once the schema passes, and refuses an id already used', () => {
    const draft: QuestionDraft = {
      ...complete,
      objective: '4.1',
      stem: 'A registry signs every artifact before a job may load it, and auditors ask which control BEST stops a swapped file?',
      options: complete.options.map((o, i) => (i === 3 ? { ...o, text: 'None of the above' } : o)),
    };
    const { question, problems } = checkDraft(draft, new Set(['mine-001']));
    expect(question).toBeNull();
    expect(problems).toEqual({
      id: ['one of your questions already has this id (a removed one keeps its id, and can be restored in My questions): choose another'],
      objective: ['objective 4.1 is not in CISSP domain 3'],
      'options[3].text': ['uses an "all/none of the above" style option'],
      stem: [
        'no AI/ML setting found in the stem: say which model, dataset, pipeline or ML team the scenario is about (a word such as model, dataset, training, inference or data scientists)',
      ],
    });
  });

  it('asks for the CC domain and objective only when CC is ticked, and leaves out an unticked exam', () => {
    const both = checkDraft({ ...complete, exams: ['cc', 'cissp'] }, new Set());
    expect(both.problems).toEqual({ ccDomain: ['required for a CC item'], ccObjective: ['required for a CC item'] });
    const ccOnly = draftToCandidate({ ...complete, exams: ['cc'], ccDomain: '5', ccObjective: '5.1' });
    expect(ccOnly).not.toHaveProperty('domain');
    expect(ccOnly).toMatchObject({ exams: ['cc'], ccDomain: 5, ccObjective: '5.1' });
  });
});

describe('drafts and questions', () => {
  it('a question survives the trip through the form unchanged', () => {
    for (const q of makeRandomPack(50, 21).questions) {
      const { question, problems } = checkDraft(draftFromQuestion(q), new Set());
      expect(problems).toEqual({});
      expect(question).toEqual(q);
    }
  });

  it('suggests the first free id', () => {
    expect(suggestQuestionId(new Set())).toBe('mine-001');
    expect(suggestQuestionId(new Set(['mine-001', 'mine-002']))).toBe('mine-003');
  });

  it('files list items under their list', () => {
    expect(fieldOf(['tags', 2])).toBe('tags');
    expect(fieldOf(['options', 1, 'text'])).toBe('options[1].text');
    expect(fieldOf([])).toBe('form');
  });
});
