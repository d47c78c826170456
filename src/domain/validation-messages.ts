/**
 * Messages for people about what is wrong in a JSON file, and where: shared by the readers of
 * backups and of question packs, so both speak the same way ("questions[12].options[2].text:
 * must not be empty", "… at position 1000 (line 31, column 5)").
 */
import type { z } from './zod';

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/**
 * V8 says "Unexpected end of JSON input" for a cut-off file and "… at position N" (some versions
 * add "(line L column C)") otherwise; this gives one form, with the line and column for editors.
 */
export function describeJsonError(message: string, text: string): string {
  const at = /at position (\d+)/.exec(message);
  const position = at ? Number(at[1]) : /end of JSON input/.test(message) ? text.length : null;
  if (position === null) return message;
  const base = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '');
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${base} at position ${position} (line ${line}, column ${column})`;
}

/** Messages for people, used for every issue that has no message of its own. */
export function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'missing';
      const expected = expectedNames[issue.expected] ?? issue.expected;
      return `expected ${expected}, found ${describeValue(issue.input)}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => quote(v));
      const expected = values.length > 2 ? `one of ${values.join(', ')}` : values.join(' or ');
      return `expected ${expected}, found ${describeValue(issue.input)}`;
    }
    case 'invalid_union': {
      if (issue.input === undefined) return 'missing';
      // A union of literals (difficulty 1, 2 or 3): name the values it takes.
      const values = issue.errors.flat().flatMap((sub) => (sub.code === 'invalid_value' ? sub.values : []));
      return values.length > 0 ? `expected ${values.map((v) => quote(v)).join(', ')}, found ${describeValue(issue.input)}` : undefined;
    }
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'must not be empty' : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((k) => quote(k)).join(', ')}`;
    default:
      return undefined;
  }
}

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a finite number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? 'an invalid date' : 'a date';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return quote(value);
}

/** A value as it would appear in the file, shortened. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** `tables.reviewLogs[812].review` */
export function formatPath(path: readonly PropertyKey[]): string {
  const text = path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)),
    '',
  );
  return text || 'file';
}
