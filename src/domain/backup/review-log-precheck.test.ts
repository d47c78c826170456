import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardRow, reviewLogRow } from './backup-format';
import { isPlainlyValidCardRow, isPlainlyValidReviewLog } from './review-log-precheck';
import { reviewedOnce } from '../../../tests/fixtures/fsrs-card';

const at = new Date('2026-03-01T09:30:00.123Z');
const cardBefore = {
  ...reviewedOnce(at, at),
  lastCorrect: true,
  attempts: 1,
  correctCount: 1,
};
const log = {
  id: 7,
  questionKey: 'q1',
  sessionId: 's1',
  correct: true,
  chosenOption: 2,
  confidence: 'unsure',
  responseMs: 8000,
  rating: 3,
  state: 2,
  due: at,
  review: at,
  stability: 4.5,
  difficulty: 5.1,
  elapsed_days: 1,
  last_elapsed_days: 0,
  scheduled_days: 3,
  learning_steps: 0,
  cardBefore,
};

// Values that break one rule or another: wrong types, out of range, not whole, not finite, invalid dates.
const oddValue = fc.constantFrom<unknown>(
  undefined,
  null,
  0,
  -1,
  1,
  2.5,
  3,
  4,
  5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 60,
  '',
  'q',
  'sure',
  'maybe',
  true,
  false,
  [],
  {},
  new Date(Number.NaN),
  at,
);
const logField = fc.constantFrom(...Object.keys(log), 'extra');
const cardField = fc.constantFrom(...Object.keys(cardBefore), 'extra');

/** A log with some fields (its own or its cardBefore's) replaced by odd values, or removed. */
const mutatedLog = fc
  .tuple(
    fc.array(fc.tuple(logField, oddValue), { maxLength: 3 }),
    fc.array(fc.tuple(cardField, oddValue), { maxLength: 3 }),
    fc.constantFrom<unknown>('keep', null, 'missing', 'odd'),
  )
  .map(([logChanges, cardChanges, before]) => {
    const card: Record<string, unknown> = { ...cardBefore };
    for (const [field, value] of cardChanges)
      if (value === undefined) delete card[field];
      else card[field] = value;
    const row: Record<string, unknown> = { ...log, cardBefore: before === 'keep' || before === 'odd' ? card : before };
    if (before === 'missing') delete row.cardBefore;
    if (before === 'odd') row.cardBefore = 'a card';
    for (const [field, value] of logChanges)
      if (value === undefined) delete row[field];
      else row[field] = value;
    return row;
  });

/**
 * The one direction that matters: what `quick` lets through, zod would have too (3,000 rows). It is
 * stricter than zod only in corners (a class instance where zod takes any object): otherwise the
 * quick check would rarely save zod's work.
 */
function expectNoLooserThanZod(
  quick: (row: unknown) => boolean,
  schema: { safeParse(row: unknown): { success: boolean } },
  rows: fc.Arbitrary<unknown>,
) {
  let agreed = 0;
  let runs = 0;
  fc.assert(
    fc.property(rows, (row) => {
      const passed = quick(row);
      const zod = schema.safeParse(row).success;
      runs++;
      if (passed === zod) agreed++;
      return !passed || zod;
    }),
    { numRuns: 3000 },
  );
  expect(agreed / runs).toBeGreaterThan(0.97);
}

describe('isPlainlyValidReviewLog', () => {
  it('passes a valid log, with or without a card before it and its optional fields', () => {
    expect(isPlainlyValidReviewLog(log)).toBe(true);
    expect(isPlainlyValidReviewLog({ ...log, cardBefore: null })).toBe(true);
    const { elapsed_days: _e, last_elapsed_days: _l, ...withoutOptional } = log;
    expect(isPlainlyValidReviewLog({ ...withoutOptional, cardBefore: { ...cardBefore, last_review: null } })).toBe(true);
    expect(isPlainlyValidReviewLog({ ...log, extra: 'kept' })).toBe(true);
  });

  it('fails a log zod fails: a missing key, a bad date, an impossible number', () => {
    expect(isPlainlyValidReviewLog({ ...log, id: 0 })).toBe(false);
    expect(isPlainlyValidReviewLog({ ...log, review: new Date(Number.NaN) })).toBe(false);
    expect(isPlainlyValidReviewLog({ ...log, responseMs: -1 })).toBe(false);
    expect(isPlainlyValidReviewLog({ ...log, cardBefore: { ...cardBefore, reps: 1.5 } })).toBe(false);
    expect(isPlainlyValidReviewLog([log])).toBe(false);
  });

  it('never passes a log that zod refuses (property), and agrees with zod on most', () => {
    expectNoLooserThanZod(isPlainlyValidReviewLog, reviewLogRow, mutatedLog);
  });
});

describe('isPlainlyValidCardRow', () => {
  const row = { ...cardBefore, questionKey: 'q1' };
  const rowField = fc.constantFrom(...Object.keys(row), 'extra');
  const mutatedRow = fc.array(fc.tuple(rowField, oddValue), { maxLength: 3 }).map((changes) => {
    const mutated: Record<string, unknown> = { ...row };
    for (const [field, value] of changes)
      if (value === undefined) delete mutated[field];
      else mutated[field] = value;
    return mutated;
  });

  it('passes a valid card row, and fails one without its question key or with a bad field', () => {
    expect(isPlainlyValidCardRow(row)).toBe(true);
    expect(isPlainlyValidCardRow({ ...row, last_review: null, extra: 'kept' })).toBe(true);
    expect(isPlainlyValidCardRow({ ...row, questionKey: '' })).toBe(false);
    expect(isPlainlyValidCardRow({ ...row, state: 4 })).toBe(false);
    expect(isPlainlyValidCardRow([row])).toBe(false);
  });

  it('never passes a card row that zod refuses (property), and agrees with zod on most', () => {
    expectNoLooserThanZod(isPlainlyValidCardRow, cardRow, mutatedRow);
  });
});
