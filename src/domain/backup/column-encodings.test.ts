import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeColumn, dictColumn, doublesOf, f64Column, littleEndianBytes } from './column-encodings';

const decoded = (encoded: unknown) => decodeColumn(JSON.parse(JSON.stringify(encoded)), 'c');

describe('column encodings', () => {
  it('f64 gives back every finite double exactly, −0 included, as doubles with NaN for null', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null))), (values) => {
        const result = decoded(f64Column(values));
        if (!result.ok || !(result.values instanceof Float64Array) || result.values.length !== values.length) return false;
        const back = result.values;
        // Written from the doubles, the column is the same text.
        return back.every((v, i) => Object.is(v, values[i] ?? Number.NaN)) && f64Column(back).f64 === f64Column(values).f64;
      }),
    );
  });

  it('f64 doubles are a view of the decoded bytes where they can be, a copy where not', () => {
    const bytes = littleEndianBytes(new Float64Array([1.5, -0, 1767225600000]));
    const view = doublesOf(bytes);
    expect(view.buffer).toBe(bytes.buffer);
    expect([...view]).toEqual([1.5, -0, 1767225600000]);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const unaligned = shifted.subarray(1);
    expect([...doublesOf(unaligned)]).toEqual([1.5, -0, 1767225600000]);
    expect([...doublesOf(bytes, false)]).toEqual([1.5, -0, 1767225600000]);
    expect(doublesOf(bytes, false).buffer).not.toBe(bytes.buffer);
  });

  it('f64 is little-endian doubles in base64, whatever the platform', () => {
    expect(f64Column([1, null])).toEqual({ f64: 'AAAAAAAA8D8AAAAAAAD4fw==' });
    const numbers = new Float64Array([1, -2.5, 1767225600000]);
    expect(littleEndianBytes(numbers, false)).toEqual(littleEndianBytes(numbers, true));
  });

  it('dict gives back every value in order, naming each distinct one once', () => {
    const values = ['sure', 'guessed', 'sure', null, 'sure', 3];
    expect(dictColumn(values)).toEqual({ dict: ['sure', 'guessed', null, 3], index: [0, 1, 0, 2, 0, 3] });
    expect(decoded(dictColumn(values))).toEqual({ ok: true, values });
  });

  it('encodes and decodes base64 the same with and without the engine’s own functions', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100_000 }), (bytes) => {
        const text = bytesToBase64(bytes, undefined);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text, undefined)).toEqual(bytes);
        expect(base64ToBytes(text, (t) => new Uint8Array(Buffer.from(t, 'base64')))).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: 30 },
    );
    expect(base64ToBytes('a', undefined)).toBeNull();
    expect(base64ToBytes('ab$d', undefined)).toBeNull();
    const throwing = () => {
      throw new SyntaxError('bad');
    };
    expect(base64ToBytes('ab$d', throwing)).toBeNull();
  });

  it('says what is wrong with a malformed column', () => {
    expect(decodeColumn([1], 'c')).toEqual({ ok: false, problem: 'c: expected a list or an encoded column, found a list' });
    expect(decodeColumn({ f64: 5 }, 'c')).toEqual({ ok: false, problem: 'c.f64: expected base64 text, found 5' });
    expect(decodeColumn({ dict: [], index: [0.5] }, 'c')).toEqual({
      ok: false,
      problem: 'c.index[0]: expected a position in dict (0 to -1), found 0.5',
    });
    expect(decodeColumn({}, 'c')).toEqual({
      ok: false,
      problem: 'c: expected a list, {"f64": "…"} or {"dict": […], "index": […]}, found an object with no fields',
    });
  });
});
