/**
 * A table of a version-2 backup: its rows as positional arrays, with the field names written once
 * per *shape* (the set of fields a row has) instead of once per row.
 *
 * Why: a learner of two years has ~100,000 review logs. Written as objects (version 1), every log
 * repeated its 18 field names and each of its dates was a `{ "$date": "<ISO>" }` object to build,
 * write, parse, walk and turn back into a Date: a 48 MB file, and ~6 s of an export and an import's
 * preview in Chromium.
 *
 * ```json
 * {"shapes": [{"fields": [["id"], ["review"], ["cardBefore", "due"]], "dates": [1, 2]}],
 *  "rows": [[0, 1, 1767225600000, 1767312000000]]}
 * ```
 *
 * - A row is `[shape, value, value, …]`, one value per field of its shape, in the row's own key
 *   order, so a row comes back with its fields in the order it had.
 * - A field is a path: a top-level key, or a key of a nested plain object one level down (so the
 *   `cardBefore` a log keeps for undo is flattened too). Anything deeper, arrays and empty objects
 *   are single values, written as in version 1: JSON with `$date` markers for Dates inside them.
 * - `dates` lists the fields holding a Date, written as milliseconds since 1970 (UTC); an invalid
 *   Date as `null`, which reads back as an invalid Date for validation to report.
 * - A key whose value is `undefined` is left out, as `JSON.stringify` leaves it out of an object.
 */
import { decodeValue, isDate, isPlainObject, withDateMarkers } from './backup-dates';
import { describeValue, quote } from '../validation-messages';
import { asciiJson } from './ascii-json';

export interface RowShape {
  /** Each field's path: `[key]` or `[key, nestedKey]`. */
  readonly fields: readonly (readonly string[])[];
  /** Indexes into `fields` of the fields holding Dates. */
  readonly dates: readonly number[];
}

const dateCell = (date: Date): number | null => (Number.isNaN(date.getTime()) ? null : date.getTime());

/** Calls `visit` with each field of `row`, in order: its path (one or two keys) and value. */
function forEachField(row: Record<string, unknown>, visit: (key: string, inner: string | undefined, value: unknown) => void): void {
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (value === undefined) continue;
    if (!isFlattened(value)) {
      visit(key, undefined, value);
      continue;
    }
    for (const inner of Object.keys(value)) if (value[inner] !== undefined) visit(key, inner, value[inner]);
  }
}

/** A nested plain object with something in it is written as fields of its own; anything else is one value. */
function isFlattened(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  for (const key in value) if (value[key] !== undefined) return true;
  return false;
}

/** How many of the latest shapes a row is compared with before its signature is looked up. */
const RECENT_SHAPES = 4;

/** Collects the shapes of the rows written so far, and turns each row into its positional array. */
class ShapeTable {
  readonly shapes: RowShape[] = [];
  private readonly bySignature = new Map<string, number>();
  /*
   * The fields of the row being encoded, in reused arrays, and the shapes used last, newest first.
   * Nearly every row has the shape of one of the last few, and comparing its fields with theirs
   * skips building and hashing a signature string: for 100,000 logs that took ~150 ms of an export.
   */
  private readonly keys: string[] = [];
  private readonly inners: (string | undefined)[] = [];
  private readonly isDates: boolean[] = [];
  private readonly recent: number[] = [];

  /** `row` as `[shape, …values]`. */
  encode(row: Record<string, unknown>): unknown[] {
    const cells: unknown[] = [0];
    let count = 0;
    forEachField(row, (key, inner, value) => {
      const date = isDate(value);
      cells.push(date ? dateCell(value) : value);
      this.keys[count] = key;
      this.inners[count] = inner;
      this.isDates[count] = date;
      count++;
    });
    cells[0] = this.recentShape(count) ?? this.shapeOf(count);
    return cells;
  }

  /**
   * The index of the shape with these fields and date fields, for rows a caller encodes itself
   * (`RowBlockBuilder.addCells`): the same index `encode` gives a row of that shape.
   */
  shapeWith(fields: readonly (readonly [string, string?])[], dates: readonly number[]): number {
    let nextDate = 0;
    fields.forEach(([key, inner], i) => {
      this.keys[i] = key;
      this.inners[i] = inner;
      this.isDates[i] = dates[nextDate] === i;
      if (this.isDates[i]) nextDate++;
    });
    return this.recentShape(fields.length) ?? this.shapeOf(fields.length);
  }

  private recentShape(count: number): number | undefined {
    for (let r = 0; r < this.recent.length; r++) {
      const index = this.recent[r]!;
      if (!this.matches(this.shapes[index]!, count)) continue;
      if (r > 0) this.use(index);
      return index;
    }
    return undefined;
  }

  private matches(shape: RowShape, count: number): boolean {
    if (shape.fields.length !== count) return false;
    let nextDate = 0;
    for (let i = 0; i < count; i++) {
      const [key, inner] = shape.fields[i]!;
      const date = shape.dates[nextDate] === i;
      if (date) nextDate++;
      if (key !== this.keys[i] || inner !== this.inners[i] || date !== this.isDates[i]) return false;
    }
    return true;
  }

  private use(index: number): void {
    const at = this.recent.indexOf(index);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.unshift(index);
    if (this.recent.length > RECENT_SHAPES) this.recent.pop();
  }

  private shapeOf(count: number): number {
    // Names each path and whether it holds a Date (keys never hold the control characters used).
    let signature = '';
    for (let i = 0; i < count; i++) {
      const inner = this.inners[i];
      signature += `${this.keys[i]}${inner === undefined ? '' : `\u0002${inner}`}\u0001${this.isDates[i] ? 'd' : ''}\u0000`;
    }
    let index = this.bySignature.get(signature);
    if (index === undefined) {
      const fields: string[][] = [];
      const dates: number[] = [];
      for (let i = 0; i < count; i++) {
        if (this.isDates[i]) dates.push(i);
        const inner = this.inners[i];
        fields.push(inner === undefined ? [this.keys[i]!] : [this.keys[i]!, inner]);
      }
      index = this.shapes.push({ fields, dates }) - 1;
      this.bySignature.set(signature, index);
    }
    this.use(index);
    return index;
  }
}

/**
 * A block's rows, added in order: as objects (`addRows`), or as cells a caller encodes itself
 * (`addCells`, for rows it holds in another form, such as the review logs' packed columns, which
 * need not be turned into 100,000 objects to be written).
 */
export class RowBlockBuilder {
  private readonly table = new ShapeTable();
  private readonly lines: string[] = [];

  /** Each row as an object. Dates inside single values are written with `$date` markers. */
  addRows(rows: readonly unknown[]): void {
    // One swap of Date.prototype.toJSON for all the rows, not one per row.
    withDateMarkers(() => {
      for (const row of rows) this.lines.push(asciiJson(JSON.stringify(this.table.encode(row as Record<string, unknown>))));
    });
  }

  /** The shape index for `addCells` of rows with these fields, of which `dates` hold Dates. */
  shape(fields: readonly (readonly [string, string?])[], dates: readonly number[]): number {
    return this.table.shapeWith(fields, dates);
  }

  /**
   * One row as `[shape, …values]`, exactly as `addRows` would encode it: a value per field of the
   * shape, a Date as its milliseconds (null when invalid), no value that is an object or undefined.
   */
  addCells(cells: readonly unknown[]): void {
    this.lines.push(asciiJson(JSON.stringify(cells)));
  }

  /** The block's JSON text, each row on its own line (so a problem can be found by line), indented by `indent`. */
  json(indent: string): string {
    if (this.lines.length === 0) return `{"shapes": [], "rows": []}`;
    const shapes = this.table.shapes.map((shape) => asciiJson(JSON.stringify(shape))).join(`,\n${indent}  `);
    return `{\n${indent}"shapes": [\n${indent}  ${shapes}\n${indent}],\n${indent}"rows": [\n${indent}  ${this.lines.join(`,\n${indent}  `)}\n${indent}]\n${indent.slice(2)}}`;
  }
}

/** The JSON text of `rows` as a block (see `RowBlockBuilder.json`). */
export function rowBlockJson(rows: readonly unknown[], indent: string): string {
  const block = new RowBlockBuilder();
  block.addRows(rows);
  return block.json(indent);
}

// ── Reading ─────────────────────────────────────────────────────────────────

export type RowBlockResult = { ok: true; rows: Record<string, unknown>[] } | { ok: false; problems: string[] };

/**
 * A shape checked and ready to build rows: each field's keys and whether it holds a Date, and
 * objects with the row's keys (and each nested object's) in order, which each row starts as a copy
 * of: copying a template and filling it in built the rows ~2× as fast as adding keys one by one.
 */
interface ShapeBuilder {
  readonly keys: readonly (readonly [string, string | undefined])[];
  readonly isDate: readonly boolean[];
  readonly template: Record<string, unknown>;
  readonly nested: readonly (readonly [string, Record<string, unknown>])[];
}

/**
 * The rows of a block fresh from `JSON.parse` (at `path`, for messages), or what is wrong with its
 * structure and where. The rows' contents are the table schema's to check, not this function's.
 */
export function readRowBlock(block: unknown, path: string, maxProblems: number): RowBlockResult {
  if (!isPlainObject(block) || !Array.isArray(block.shapes) || !Array.isArray(block.rows)) {
    return { ok: false, problems: [`${path}: expected {"shapes": […], "rows": […]} (a version-2 table), found ${describeValue(block)}`] };
  }
  const unknown = Object.keys(block).filter((key) => key !== 'shapes' && key !== 'rows');
  if (unknown.length > 0) return { ok: false, problems: [`${path}: unknown field ${quote(unknown[0])}`] };
  const problems: string[] = [];
  const builders = block.shapes.map((shape, index) => shapeBuilder(shape, `${path}.shapes[${index}]`, problems));
  if (problems.length > 0) return { ok: false, problems };
  const rows: Record<string, unknown>[] = [];
  const cells = block.rows as unknown[];
  for (let index = 0; index < cells.length && problems.length < maxProblems; index++) {
    const row = cells[index];
    const builder = Array.isArray(row) && Number.isInteger(row[0]) ? builders[row[0] as number] : undefined;
    if (!builder) {
      problems.push(`${path}.rows[${index}]: expected [shape, …values] with a shape from 0 to ${builders.length - 1}`);
      continue;
    }
    const values = row as unknown[];
    if (values.length !== builder.keys.length + 1) {
      problems.push(`${path}.rows[${index}]: expected ${builder.keys.length} values after the shape, found ${values.length - 1}`);
      continue;
    }
    rows.push(buildRow(builder, values));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

function shapeBuilder(shape: unknown, path: string, problems: string[]): ShapeBuilder | undefined {
  const fields = isPlainObject(shape) && Array.isArray(shape.fields) ? (shape.fields as unknown[]) : undefined;
  const dates = isPlainObject(shape) && Array.isArray(shape.dates) ? (shape.dates as unknown[]) : undefined;
  if (!fields || !dates) {
    problems.push(`${path}: expected {"fields": […], "dates": […]}`);
    return undefined;
  }
  const keys: [string, string | undefined][] = [];
  const seen = new Set<string>();
  const leaves = new Set<string>(); // top-level keys holding a value, which cannot also hold a nested object
  for (const [index, field] of fields.entries()) {
    const valid = Array.isArray(field) && (field.length === 1 || field.length === 2) && field.every((k) => typeof k === 'string');
    const [key, inner] = valid ? (field as [string, string | undefined]) : ['', undefined];
    const id = JSON.stringify(field);
    if (!valid || seen.has(id) || (inner === undefined ? seen.has(`parent:${key}`) : leaves.has(key))) {
      problems.push(`${path}.fields[${index}]: expected a new field path of one or two keys, found ${describeValue(field)}`);
      continue;
    }
    seen.add(id);
    if (inner === undefined) leaves.add(key);
    else seen.add(`parent:${key}`);
    keys.push([key, inner]);
  }
  const isDateField = keys.map(() => false);
  for (const index of dates) {
    if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= keys.length) {
      problems.push(`${path}.dates: ${describeValue(index)} is not a field's index (0 to ${keys.length - 1})`);
    } else isDateField[index as number] = true;
  }
  const template: Record<string, unknown> = {};
  const nested = new Map<string, Record<string, unknown>>();
  for (const [key, inner] of keys) {
    if (!Object.hasOwn(template, key)) setOwn(template, key, null);
    if (inner === undefined) continue;
    if (!nested.has(key)) nested.set(key, {});
    setOwn(nested.get(key)!, inner, null);
  }
  return { keys, isDate: isDateField, template, nested: [...nested] };
}

/**
 * A row object from its values. "__proto__" stays a plain key, as JSON.parse makes it: the
 * templates hold it as an own property (setOwn), which spreading copies as one and assigning sets.
 */
function buildRow(builder: ShapeBuilder, values: readonly unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = { ...builder.template };
  for (const [key, template] of builder.nested) row[key] = { ...template };
  for (let i = 0; i < builder.keys.length; i++) {
    const [key, inner] = builder.keys[i]!;
    const raw = values[i + 1];
    const value = builder.isDate[i]
      ? new Date(typeof raw === 'number' ? raw : Number.NaN)
      : raw !== null && typeof raw === 'object'
        ? decodeValue(raw)
        : raw;
    if (inner === undefined) row[key] = value;
    else (row[key] as Record<string, unknown>)[inner] = value;
  }
  return row;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
