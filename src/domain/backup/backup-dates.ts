/**
 * Dates in a backup's JSON. JSON has no Date type: every Date, at any depth, is written as
 * `{ "$date": "<ISO>" }` and read back as a Date (see backup-format.ts for why IndexedDB needs them).
 */
const DATE_MARKER = '$date';

// Object.prototype.toString rather than instanceof: rows read from IndexedDB can come from another
// realm (a test's fake IndexedDB, a worker), where `instanceof Date` is false for a real Date.
// `typeof` first: nearly every value checked is a primitive, and the call is then skipped (~80 ms
// over a two-year learner's backup).
export const isDate = (value: unknown): value is Date =>
  typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]';
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Object]';

/** A valid Date (not `new Date('nonsense')`). */
export const isValidDate = (value: unknown): value is Date => isDate(value) && !Number.isNaN(value.getTime());

/**
 * `JSON.stringify`, with every Date at any depth written as `{ "$date": "<ISO>" }`. An invalid Date
 * is written as `{ "$date": "Invalid Date" }` so that validation can say where it is, rather than
 * `toISOString` throwing without a location.
 *
 * Why a swapped `Date.prototype.toJSON` rather than a replacer or a copy with markers: JSON.stringify
 * calls `toJSON` natively, while a replacer (called for every value) or a marked copy (every row
 * rebuilt) made serialising 100,000 review logs 2–3× slower (bench profile, measured). The swap is
 * undone before this returns, and nothing else can run in between: it is all synchronous.
 * @example stringifyWithDates({ due: new Date(0) }) // '{"due":{"$date":"1970-01-01T00:00:00.000Z"}}'
 */
export function stringifyWithDates(value: unknown): string {
  return withDateMarkers(() => JSON.stringify(value));
}

/** Runs `write` with `Date.prototype.toJSON` writing date markers, and puts it back after. */
export function withDateMarkers<T>(write: () => T): T {
  const original = Object.getOwnPropertyDescriptor(Date.prototype, 'toJSON');
  Object.defineProperty(Date.prototype, 'toJSON', { value: dateMarker, configurable: true, writable: true });
  try {
    return write();
  } finally {
    if (original) Object.defineProperty(Date.prototype, 'toJSON', original);
  }
}

function dateMarker(this: Date): { [DATE_MARKER]: string } {
  return { [DATE_MARKER]: Number.isNaN(this.getTime()) ? 'Invalid Date' : this.toISOString() };
}

/**
 * The inverse of `stringifyWithDates`, for a value fresh from `JSON.parse`, which it changes in
 * place (rebuilding every object cost ~7× as much on a backup of 100,000 logs): each
 * `{ "$date": "<ISO>" }` becomes a Date. A marker whose text is not exactly what `toISOString`
 * writes becomes an invalid Date, which validation reports as "not a date". A "__proto__" key that
 * JSON.parse made an own property stays one.
 */
export function decodeValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const marker = markerText(value);
  if (marker !== undefined) return isoToDate(marker);
  decodeChildren(value as Record<string, unknown>);
  return value;
}

function decodeChildren(parent: Record<string, unknown> | unknown[]): void {
  if (Array.isArray(parent)) {
    for (let i = 0; i < parent.length; i++) parent[i] = decodeValue(parent[i]);
    return;
  }
  for (const key of Object.keys(parent)) {
    const child = parent[key];
    if (child === null || typeof child !== 'object') continue;
    const marker = markerText(child);
    if (marker === undefined) decodeChildren(child as Record<string, unknown>);
    else Object.defineProperty(parent, key, { value: isoToDate(marker), enumerable: true, writable: true, configurable: true });
  }
}

/** The text of a `{ "$date": "…" }` marker (an object with that one key), else undefined. */
function markerText(value: object): string | undefined {
  const text = (value as Record<string, unknown>)[DATE_MARKER];
  if (typeof text !== 'string' || Array.isArray(value)) return undefined;
  for (const key in value) if (key !== DATE_MARKER) return undefined;
  return text;
}

/** What `toISOString` writes for the years 0000–9999. */
const ISO_TIMESTAMP = /^\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d{3}Z$/;

/**
 * The Date `toISOString` wrote as `text`, or an invalid Date. The shape is checked by pattern and
 * the day of the month by value (the one overflow the pattern lets through: '2026-02-30' would be
 * March 2). Comparing `toISOString()` of the result with the text did the same at 3× the cost,
 * ~0.35 s for a backup's 300,000 dates.
 */
function isoToDate(text: string): Date {
  if (!ISO_TIMESTAMP.test(text)) return new Date(NaN);
  const date = new Date(text);
  const day = Number(text.slice(8, 10));
  return date.getUTCDate() === day ? date : new Date(NaN);
}
