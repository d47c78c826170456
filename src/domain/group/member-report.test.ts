import { describe, expect, it } from 'vitest';
import { sampleAssignment } from '../../../tests/fixtures/group-documents';
import { assignmentProgress } from './assignment-progress';
import { buildReport, formatDuration } from './member-report';

describe('buildReport', () => {
  const assignment = sampleAssignment();
  const progress = assignmentProgress({
    questionKeys: assignment.questionKeys,
    available: new Set(assignment.questionKeys),
    domainOf: new Map(assignment.questionKeys.map((k) => [k, 5])),
    answers: [{ questionKey: 'd5-iam-001', answeredAt: new Date('2026-03-02T08:00:00Z'), correct: false, responseMs: 12_345.6 }],
  });
  const input = {
    reportId: 'r-test-0001',
    generatedAt: new Date('2026-03-05T12:00:00Z'),
    member: 'Ana Lima',
    group: { id: 'g-ml-platform', name: 'ML platform' },
    includeHistory: false,
    assignments: [{ assignment, progress }],
  };

  it('writes a valid report, with history exactly when asked', () => {
    const without = buildReport(input);
    expect(without.ok && without.value.assignments[0]).not.toHaveProperty('history');
    const withHistory = buildReport({ ...input, includeHistory: true });
    expect(withHistory.ok && withHistory.value.assignments[0]!.history).toEqual([
      { questionKey: 'd5-iam-001', answeredAt: '2026-03-02T08:00:00.000Z', correct: false, responseMs: 12_346 },
    ]);
  });

  it('refuses to write what the lead could not import', () => {
    expect(buildReport({ ...input, member: '' })).toEqual({ ok: false, problems: ["the report's member name must not be empty"] });
  });
});

describe('formatDuration', () => {
  it('reads as seconds, minutes or hours', () => {
    expect(formatDuration(40_000)).toBe('40 s');
    expect(formatDuration(12 * 60_000)).toBe('12 min');
    expect(formatDuration(65 * 60_000)).toBe('1 h 05 min');
  });
});
