/**
 * Where a problem is in a group document, in the words of the person who opened it: "the report's
 * assignment 1 (“Week 1”): done (12) is more than its total (10)", not
 * `report.assignments[0].done`. These documents come from other people, so a message stays precise
 * (which field, which assignment, which question) without asking the reader to count from zero or
 * to read a path.
 */

export type GroupDocumentRoot = 'assignment' | 'report';

const rootNames: Record<GroupDocumentRoot, string> = { assignment: 'the assignment', report: 'the report' };

/** A value as it appears in the input, shortened, for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = typeof value === 'string' ? `'${value}'` : String(value);
  return text.length > 50 ? `${text.slice(0, 47)}…'` : text;
}

/** ` (“Week 1”)` for a title that is text, shortened; nothing otherwise. */
function titled(title: unknown): string {
  if (typeof title !== 'string' || title.trim() === '') return '';
  const text = title.length > 40 ? `${title.slice(0, 39)}…` : title;
  return ` (“${text}”)`;
}

/** ` ('d5-iam-001')` for a value that is text; nothing otherwise. */
const named = (value: unknown): string => (typeof value === 'string' && value !== '' ? ` (${describeValue(value)})` : '');

const fieldOf = (value: unknown, key: PropertyKey): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;

/** "assignment 1 (“Week 1”)": an assignment of a report, counted from 1, with its title. */
export const reportAssignmentName = (index: number, title: unknown): string => `assignment ${index + 1}${titled(title)}`;

/** How one item of each list is named, counted from 1 and with what identifies it. */
const itemNames: Record<string, (index: number, item: unknown) => string> = {
  assignments: (i, item) => reportAssignmentName(i, fieldOf(item, 'title')),
  byDomain: (i, item) => {
    const domain = fieldOf(item, 'domain');
    return typeof domain === 'number' ? `result for domain ${domain}` : `domain result ${i + 1}`;
  },
  history: (i) => `answer ${i + 1}`,
  questionKeys: (i, item) => `question ${i + 1}${named(item)}`,
  members: (i, item) => `member ${i + 1}${named(item)}`,
  domains: (i, item) => (typeof item === 'number' ? `domain ${item}` : `domain ${i + 1}`),
  objectives: (i, item) => `objective ${i + 1}${named(item)}`,
  tags: (i, item) => `tag ${i + 1}${named(item)}`,
  questions: (i, item) => `question ${i + 1}${named(fieldOf(item, 'id'))}`,
  options: (i) => `option ${'ABCD'[i] ?? i + 1}`,
  exams: (i) => `exam ${i + 1}`,
};

/** Field names in words; any other camelCase name is split into words. */
const fieldWords: Record<string, string> = {
  member: 'member name',
  byDomain: 'results by domain',
  history: 'list of answers',
  timeSpentMs: 'time spent',
  responseMs: 'response time',
  lastAnsweredAt: 'time of the last answer',
  generatedAt: 'time it was made',
  createdAt: 'time it was made',
  answeredAt: 'time of the answer',
  includesHistory: '“every answer included” flag',
  questionKeys: 'list of questions',
  ccObjective: 'CC objective',
  ccDomain: 'CC domain',
};

const words = (key: string): string => fieldWords[key] ?? key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * One problem of a group document, in words. `message` is said of the field (or of the document or
 * item when the path ends there): "must not be empty", "(12) is more than its total (10)". Under
 * `pack`, the questions travel with the pack format's own messages, which are whole statements
 * ("option text is empty"): they follow the place and the field after a colon.
 * @example describeProblem('report', raw, ['assignments', 0, 'total'], 'must be at least 1')
 * // "the report's assignment 1 (“Week 1”): total must be at least 1"
 */
export function describeProblem(root: GroupDocumentRoot, raw: unknown, path: readonly PropertyKey[], message: string): string {
  let value = raw;
  const places: string[] = [];
  let keys: string[] = [];
  for (const part of path) {
    if (typeof part === 'number') {
      const list = keys.pop() ?? '';
      const item = fieldOf(value, part);
      const name = itemNames[list]?.(part, item) ?? `${words(list) || 'item'} ${part + 1}`;
      places.push([...keys.map(words), name].join(' '));
      keys = [];
      value = item;
    } else {
      keys.push(String(part));
      value = fieldOf(value, part);
    }
  }
  const field = keys.map(words).join(' ');
  const document = rootNames[root];
  if (path[0] === 'pack') {
    const where = places.length > 0 ? `${document}'s ${[...places, field].filter(Boolean).join(', ')}` : `${document}'s ${field}`;
    return `${where}: ${message}`;
  }
  if (places.length === 0) return field ? `${document}'s ${field} ${message}` : `${document} ${message}`;
  const where = `${document}'s ${places.join(', ')}`;
  return field ? `${where}: ${field} ${message}` : `${where} ${message}`;
}
