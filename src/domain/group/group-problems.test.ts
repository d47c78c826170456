import { describe, expect, it } from 'vitest';
import { sampleAssignment, sampleReport } from '../../../tests/fixtures/group-documents';
import { makePack, makeQuestion } from '../../../tests/fixtures/questions';
import { parseGroupDocument } from './group-schema';

const problemsOf = (result: { ok: boolean; problems?: string[] }): string[] => (result.ok ? [] : result.problems!);

describe('problems of a group document, in words', () => {
  it('names the assignment of a report by its number from 1 and its title, and the field', () => {
    const report = sampleReport();
    const entry = { ...report.assignments[0]!, title: 'Week 1', total: 10, done: 12, correct: 3, byDomain: [] };
    expect(problemsOf(parseGroupDocument({ ...report, assignments: [entry] }, 'bastion-report'))).toEqual([
      "the report's assignment 1 (“Week 1”): done (12) is more than its total (10)",
    ]);
  });

  it('names answers, domain results, repeats and the report itself', () => {
    const report = sampleReport({ includesHistory: true });
    const [entry] = report.assignments;
    const answer = { questionKey: 'd5-iam-001', answeredAt: 'yesterday', correct: true, responseMs: 1 };
    const bad = {
      ...report,
      group: { id: 'X', name: 'ML platform' },
      assignments: [
        { ...entry, byDomain: [{ domain: 5, done: 4, correct: 1 }], history: [answer] },
        { ...entry, title: 'A'.repeat(60) },
      ],
    };
    expect(problemsOf(parseGroupDocument(bad, 'bastion-report'))).toEqual([
      "the report's group id must be an id of lowercase letters, digits and hyphens, like 'a-2k4f9x1m'",
      "the report's group id must be at least 4 characters long",
      "the report's assignment 1 (“Week 3: identity and access”), answer 1: time of the answer must be a date and time like '2026-03-01T09:30:00.000Z'",
      "the report's assignment 1 (“Week 3: identity and access”): results by domain add up to 4 questions done, more than done (3)",
      `the report's assignment 2 (“${'A'.repeat(39)}…”) is listed twice (also as assignment 1)`,
      `the report's assignment 2 (“${'A'.repeat(39)}…”): list of answers is missing, though the report says it includes every answer`,
    ]);
  });

  it("names an assignment's members and questions, and a question sent with its pack", () => {
    const question = makeQuestion({ id: 'q-1', domain: 5, objective: '5.2', tags: ['access-control'] });
    const bad = {
      ...sampleAssignment({ version: 2, questionKeys: ['team-misses:q-1'], pack: makePack('team-misses', [question]) }),
      title: '',
      group: { id: 'g-ml-platform', name: 'ML platform', members: ['Ana', 'Ben', 'ana'] },
    };
    bad.pack!.questions = [{ ...question, options: question.options.map((o, i) => (i === 2 ? { ...o, text: ' ' } : o)) }];
    expect(problemsOf(parseGroupDocument(bad, 'bastion-assignment'))).toEqual([
      "the assignment's group member 3 ('ana') is listed twice (also as member 1)",
      "the assignment's title must not be empty",
      "the assignment's pack question 1 ('q-1'), option C, text: option text is empty",
    ]);
  });
});
