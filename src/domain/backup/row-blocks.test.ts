import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRowBlock, rowBlockJson } from './row-blocks';

const at = new Date('2026-03-01T09:30:00.123Z');

/** Rows written as a block and read back. */
function roundTrip(rows: readonly unknown[]): unknown[] {
  const read = readRowBlock(JSON.parse(rowBlockJson(rows, '  ')), 'rows', 20);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return read.rows;
}

describe('rowBlockJson and readRowBlock', () => {
  it('write each shape once and each row as values, with dates as milliseconds, and read them back exactly', () => {
    const rows = [
      { id: 1, review: at, cardBefore: null },
      { id: 2, review: at, cardBefore: { due: at, reps: 1, last_review: null } },
      { id: 3, review: at, cardBefore: null },
    ];
    const block = JSON.parse(rowBlockJson(rows, '  ')) as { shapes: unknown[]; rows: unknown[] };
    expect(block.shapes).toEqual([
      { fields: [['id'], ['review'], ['cardBefore']], dates: [1] },
      { fields: [['id'], ['review'], ['cardBefore', 'due'], ['cardBefore', 'reps'], ['cardBefore', 'last_review']], dates: [1, 2] },
    ]);
    expect(block.rows).toEqual([
      [0, 1, at.getTime(), null],
      [1, 2, at.getTime(), at.getTime(), 1, null],
      [0, 3, at.getTime(), null],
    ]);
    expect(roundTrip(rows)).toEqual(rows);
  });

  it('keeps key order, "__proto__" keys, empty objects, deeper Dates and invalid Dates; drops undefined as JSON does', () => {
    const proto = JSON.parse('{"__proto__": {"x": 1}, "a": 1}') as Record<string, unknown>;
    const rows = [
      { z: 1, a: { y: 2, b: 3 }, empty: {}, deep: { list: [at, { when: at }] }, bad: new Date(Number.NaN), gone: undefined },
      proto,
    ];
    const [first, second] = roundTrip(rows) as Record<string, unknown>[];
    expect(Object.keys(first!)).toEqual(['z', 'a', 'empty', 'deep', 'bad']);
    expect(Object.keys(first!.a as object)).toEqual(['y', 'b']);
    expect(first!.deep).toEqual({ list: [at, { when: at }] });
    expect(first!.empty).toEqual({});
    expect(Number.isNaN((first!.bad as Date).getTime())).toBe(true);
    expect(Object.getPrototypeOf(second)).toBe(Object.prototype);
    expect(Object.keys(second!)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(second, '__proto__')?.value).toEqual({ x: 1 });
  });

  it('round-trips any rows (property)', () => {
    const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
    // Through JSON once: JSON itself has no -0 (it writes 0), in version 1 as in 2.
    const json = fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
    const leaf = fc.oneof(json, date, fc.array(date, { maxLength: 2 }));
    const value = fc.oneof(leaf, fc.dictionary(fc.string(), leaf, { maxKeys: 3 }));
    const rows = fc.array(fc.dictionary(fc.string(), value, { maxKeys: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, (original) => {
        const read = roundTrip(original);
        expect(read).toEqual(original);
        expect(read.map((row) => Object.keys(row as object))).toEqual(original.map((row) => Object.keys(row)));
      }),
      { numRuns: 300 },
    );
  });

  it('writes 1,000 review logs in under half the characters of one object per row', () => {
    const logs = Array.from({ length: 1000 }, (_, i) => ({
      id: i + 1,
      questionKey: `q${i % 50}`,
      sessionId: `s${i % 7}`,
      correct: i % 3 > 0,
      review: new Date(at.getTime() + i * 60_000),
      due: new Date(at.getTime() + i * 86_400_000),
      stability: 3.5 + i / 100,
      cardBefore: i < 50 ? null : { due: at, stability: 2.5, reps: 3, last_review: at },
    }));
    const asObjects = logs.map((log) => JSON.stringify(log)).join(',\n').length;
    expect(rowBlockJson(logs, '').length).toBeLessThan(asObjects / 2);
  });
});
