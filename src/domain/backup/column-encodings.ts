/**
 * How a version-4 backup writes some of its review-log columns (log-columns.ts) more compactly than
 * a JSON list, and how they are read back: a `dict` column into the list a version-3 file holds, an
 * `f64` column into its doubles as they are (a Float64Array, NaN standing for null).
 *
 * - `{"f64": "<base64>"}`: the column's numbers as IEEE 754 doubles, 8 bytes each, little-endian,
 *   in base64. NaN stands for null (a column written this way never holds NaN: the exporter writes
 *   columns only when every number is finite). Used for the dates (milliseconds) and for stability
 *   and difficulty, whose full-precision decimals take ~19 characters each as JSON against ~11 here,
 *   and which JSON writes and reads digit by digit.
 * - `{"dict": [values…], "index": [positions…]}`: the column's distinct values once, then each
 *   log's value as its position among them. Used for the question keys, session ids and
 *   confidences, which repeat: 100,000 logs name ~5,000 questions and a few hundred sessions.
 *
 * Why: the bench's learner of two years (100,000 logs) wrote 28.2 MB, of which 24 MB were the logs'
 * columns. As version 4 those columns take 15.8 MB, and in Chromium they are written and read back
 * in about half the time (every export reads its own file back to check it).
 *
 * Why an `f64` column stays a Float64Array: as a list, each of its 800,000 doubles (100,000 logs)
 * became an object of its own on the heap when decoded, and again when an export gathered the
 * columns. Held as doubles, an export encodes the bytes as they are and an import decodes into a
 * view of the base64's bytes: in Chromium, the bench's import check 150 → 105 ms.
 *
 * Decoding never throws: a malformed column comes back as a problem naming its path.
 */
import { describeValue } from '../validation-messages';
import { isPlainObject } from './backup-dates';

export type ColumnValue = number | string | boolean | null;
/** A decoded `f64` column is the doubles themselves, NaN standing for null (see the file comment). */
export type DecodedColumn = { ok: true; values: ColumnValue[] | Float64Array } | { ok: false; problem: string };

// ── Writing ─────────────────────────────────────────────────────────────────

/** A column of numbers (null allowed; NaN in a Float64Array) as its `{"f64": …}` encoding. */
export function f64Column(values: readonly (number | null)[] | Float64Array): { f64: string } {
  if (values instanceof Float64Array) return { f64: bytesToBase64(littleEndianBytes(values)) };
  const numbers = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) numbers[i] = values[i] ?? Number.NaN;
  return { f64: bytesToBase64(littleEndianBytes(numbers)) };
}

/** A column as its `{"dict": …, "index": …}` encoding: values in order of first appearance. */
export function dictColumn(values: readonly ColumnValue[]): { dict: ColumnValue[]; index: number[] } {
  const positions = new Map<ColumnValue, number>();
  const dict: ColumnValue[] = [];
  const index = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let at = positions.get(value);
    if (at === undefined) {
      at = dict.length;
      dict.push(value);
      positions.set(value, at);
    }
    index[i] = at;
  }
  return { dict, index };
}

// ── Reading ─────────────────────────────────────────────────────────────────

/** The values of a column written as an object (`f64` or `dict`), at `path` for messages. */
export function decodeColumn(encoded: unknown, path: string): DecodedColumn {
  if (!isPlainObject(encoded))
    return { ok: false, problem: `${path}: expected a list or an encoded column, found ${describeValue(encoded)}` };
  const keys = Object.keys(encoded).sort().join(',');
  if (keys === 'f64') return decodeF64(encoded.f64, path);
  if (keys === 'dict,index') return decodeDict(encoded.dict, encoded.index, path);
  return {
    ok: false,
    problem: `${path}: expected a list, {"f64": "…"} or {"dict": […], "index": […]}, found an object with ${keys === '' ? 'no fields' : `the fields ${keys}`}`,
  };
}

function decodeF64(text: unknown, path: string): DecodedColumn {
  if (typeof text !== 'string') return { ok: false, problem: `${path}.f64: expected base64 text, found ${describeValue(text)}` };
  const bytes = base64ToBytes(text);
  if (!bytes) return { ok: false, problem: `${path}.f64: not valid base64` };
  if (bytes.length % 8 !== 0) {
    return { ok: false, problem: `${path}.f64: holds ${bytes.length} bytes, which is not 8 per value` };
  }
  return { ok: true, values: doublesOf(bytes) };
}

function decodeDict(dict: unknown, index: unknown, path: string): DecodedColumn {
  if (!Array.isArray(dict)) return { ok: false, problem: `${path}.dict: expected a list, found ${describeValue(dict)}` };
  if (!Array.isArray(index)) return { ok: false, problem: `${path}.index: expected a list, found ${describeValue(index)}` };
  const values = new Array<ColumnValue>(index.length);
  for (let i = 0; i < index.length; i++) {
    const at: unknown = index[i];
    if (!Number.isInteger(at) || (at as number) < 0 || (at as number) >= dict.length) {
      return {
        ok: false,
        problem: `${path}.index[${i}]: expected a position in dict (0 to ${dict.length - 1}), found ${describeValue(at)}`,
      };
    }
    values[i] = dict[at as number] as ColumnValue;
  }
  return { ok: true, values };
}

// ── Bytes ───────────────────────────────────────────────────────────────────

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The numbers' bytes, little-endian whatever the platform's order. */
export function littleEndianBytes(numbers: Float64Array, littleEndianPlatform = LITTLE_ENDIAN): Uint8Array {
  if (littleEndianPlatform) return new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength);
  const view = new DataView(new ArrayBuffer(numbers.length * 8));
  numbers.forEach((x, i) => view.setFloat64(i * 8, x, true));
  return new Uint8Array(view.buffer);
}

/** Little-endian bytes as doubles: a view of them where the platform's order and their alignment allow. */
export function doublesOf(bytes: Uint8Array, littleEndianPlatform = LITTLE_ENDIAN): Float64Array {
  if (littleEndianPlatform && bytes.byteOffset % 8 === 0) return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Float64Array(bytes.byteLength / 8);
  for (let i = 0; i < values.length; i++) values[i] = view.getFloat64(i * 8, true);
  return values;
}

/** `Uint8Array.prototype.toBase64` and `Uint8Array.fromBase64` (ES2026; Chromium 140+), where the engine has them. */
interface NativeBase64 {
  fromBase64?: (text: string) => Uint8Array;
}
const nativeFromBase64 = (Uint8Array as unknown as NativeBase64).fromBase64;
const nativeToBase64 = (Uint8Array.prototype as unknown as { toBase64?: (this: Uint8Array) => string }).toBase64;

export function bytesToBase64(bytes: Uint8Array, native = nativeToBase64): string {
  if (native) return native.call(bytes);
  // btoa takes a "binary string" (one character per byte), built a slice at a time: spreading a
  // few megabytes into one call would overflow the stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes of standard base64 (the web's forgiving decoding: padding optional, spaces ignored), or null when it is not base64. */
export function base64ToBytes(text: string, native = nativeFromBase64): Uint8Array | null {
  if (native) {
    try {
      return native(text);
    } catch {
      return null;
    }
  }
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
