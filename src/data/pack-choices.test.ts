import { describe, expect, it } from 'vitest';
import type { PackRecord } from './db';
import { BUNDLED_CHOICE, packChoices } from './pack-choices';
import type { PackSummary } from './pack-summaries-repo';

const at = new Date('2026-03-01T00:00:00Z');
const summary = (id: string, source: PackRecord['source'], enabled: 0 | 1, cissp: number, cc: number): PackSummary => ({
  record: { id, title: `Pack ${id}`, license: 'x', source, enabled, questionCount: cissp + cc, contentHash: 'h', updatedAt: at },
  active: cissp + cc,
  cissp,
  cc,
});

describe('packChoices', () => {
  const summaries = [
    summary('core-d1', 'bundled', 1, 60, 0),
    summary('core-d2', 'bundled', 1, 40, 20),
    summary('core-d3', 'bundled', 0, 50, 0), // switched off: not counted
    summary('group', 'imported', 1, 12, 3),
    summary('old', 'imported', 0, 9, 9), // switched off: not offered
    summary('my-questions', 'authored', 1, 0, 4), // nothing for CISSP
  ];

  it('offers the bundled bank as one choice, then each pack in practice with questions for the exam', () => {
    expect(packChoices(summaries, 'cissp')).toEqual([
      { value: BUNDLED_CHOICE, label: 'Bastion core bank', packIds: ['core-d1', 'core-d2'], count: 100 },
      { value: 'group', label: 'Pack group', packIds: ['group'], count: 12 },
    ]);
    expect(packChoices(summaries, 'cc').map((c) => [c.value, c.count])).toEqual([
      [BUNDLED_CHOICE, 20],
      ['group', 3],
      ['my-questions', 4],
    ]);
  });

  it('offers nothing when there is only one source to choose', () => {
    expect(packChoices(summaries.slice(0, 3), 'cissp')).toEqual([]);
    expect(packChoices([summary('group', 'imported', 1, 5, 0)], 'cissp')).toEqual([]);
    expect(packChoices([], 'cc')).toEqual([]);
  });
});
