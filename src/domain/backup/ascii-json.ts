/**
 * JSON text with every character above U+007F written as a `\uXXXX` escape, so that a backup file
 * is plain ASCII.
 *
 * Why: V8 keeps a string whose characters all fit in a byte as one byte per character, and any
 * other string as two. A single "≈" in one imported question made the whole 19 MB backup text
 * two-byte, and every step that handles it slower. Measured in Chromium on the bench's backup (83
 * characters above U+007F in 19.8 million): joining its lines 25 → 12 ms, making its Blob 110 →
 * 63 ms, parsing it 40 → 33 ms, and reading the saved file back as text (the import's first step)
 * 182 → 55 ms.
 *
 * Outside string literals JSON is ASCII already, and inside them an escape reads back as the same
 * UTF-16 code unit, so the file's values are unchanged; surrogate pairs are escaped a unit at a time,
 * as JSON allows.
 */
const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_ALL = /[\u0080-\uffff]/g;

const escapeUnit = (unit: string): string => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function asciiJson(json: string): string {
  if (!NON_ASCII.test(json)) return json;
  const escaped = json.replace(NON_ASCII_ALL, escapeUnit);
  // V8 keeps the result of a replace on a two-byte string two-byte, although it is now ASCII; the
  // same text decoded from its bytes is stored one byte per character.
  return new TextDecoder().decode(new TextEncoder().encode(escaped));
}
