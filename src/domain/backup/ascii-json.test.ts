import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiJson } from './ascii-json';

const isAscii = (text: string) => !/[\u0080-\uffff]/.test(text);

describe('asciiJson', () => {
  it('leaves ASCII JSON exactly as it is', () => {
    const json = JSON.stringify({ key: 'd1-ai-001', n: [1, 2.5, null], s: 'plain "quoted" \\ text' });
    expect(asciiJson(json)).toBe(json);
  });

  it('escapes every character above U+007F, a surrogate pair a unit at a time', () => {
    expect(asciiJson(JSON.stringify('≈ 5 € — ok 😀'))).toBe('"\\u2248 5 \\u20ac \\u2014 ok \\ud83d\\ude00"');
    expect(asciiJson(JSON.stringify('\u0080\u00ff\u007f'))).toBe('"\\u0080\\u00ff\u007f"');
  });

  it('reads back to the same values for any strings, lone surrogates included (property)', () => {
    const value = fc.jsonValue({ maxDepth: 3 }).chain((v) =>
      fc.record({
        v: fc.constant(v),
        text: fc.string({ unit: 'binary' }),
        keyed: fc.dictionary(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })),
      }),
    );
    fc.assert(
      fc.property(value, (input) => {
        const json = JSON.stringify(input);
        const ascii = asciiJson(json);
        expect(isAscii(ascii)).toBe(true);
        expect(JSON.parse(ascii)).toEqual(JSON.parse(json));
      }),
      { numRuns: 150 },
    );
  });
});
