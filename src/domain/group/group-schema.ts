/**
 * The one definition of every study-group document that crosses between browsers: an assignment
 * (shared by a lead as a file, a link or a QR code) and a member's progress report (sent back as a
 * file). Both carry `kind` and `version`; every reader in the app goes through `parseGroupDocument`,
 * so the rest of the code can trust the types. The formats and caps are documented for people in
 * docs/groups.md.
 *
 * Why so strict: these documents come from other people. Objects are strict (an unknown field is
 * reported, not carried), every list and text has a cap, text may hold no control characters, and
 * the numbers must agree with each other (a report cannot claim more right answers than answers).
 * The app shows every imported text as text, never as HTML.
 */
import { z } from '../zod';
import { blueprints, type ExamId } from '../exam-blueprints';
import { checkItem } from '../pack/item-rules';
import { isReservedPackId, questionKeyOf } from '../pack/pack-ids';
import { packFields, questionSchema } from '../pack/pack-schema';
import { describeProblem, describeValue, type GroupDocumentRoot } from './group-problems';

export const ASSIGNMENT_KIND = 'bastion-assignment';
export const REPORT_KIND = 'bastion-report';
/**
 * Version 2 added `pack` (questions sent with the assignment). An assignment without a pack is still
 * written as version 1, so an older copy of the app opens it.
 */
export const ASSIGNMENT_VERSION = 2;
export const ASSIGNMENT_VERSION_WITHOUT_PACK = 1;
export const REPORT_VERSION = 1;

/**
 * Size caps. A file or link bigger than these is more likely a wrong or hostile input than a study
 * group's document, and is refused before it is parsed (or, for a link, while it is unpacked).
 */
export const GROUP_CAPS = {
  /** An assignment or report file, in bytes. A report with the full history of a 500-question assignment is ~85 KB. */
  fileBytes: 2 * 1024 * 1024,
  /** A link's payload after base64url decoding, still compressed. */
  linkCompressedBytes: 8 * 1024,
  /** A link's payload once unpacked: stops a "zip bomb" before it fills memory. */
  linkInflatedBytes: 200 * 1024,
  /**
   * The longest link the app offers as a link and QR code. Longer links are cut by some chat apps and
   * e-mail clients, and a QR code this dense is already hard to scan from a screen; the file is the
   * way to share a bigger assignment.
   */
  shareLinkChars: 2000,
  questionKeys: 500,
  members: 100,
  assignmentsPerReport: 200,
  historyPerAssignment: 5000,
  groupName: 80,
  memberName: 60,
  title: 120,
  note: 1000,
} as const;

/** The characters of a link's base64url payload at its cap. */
export const LINK_PAYLOAD_CHARS = Math.ceil((GROUP_CAPS.linkCompressedBytes * 4) / 3);

// ── Building blocks ─────────────────────────────────────────────────────────

/** A question's key: the question id for the bundled bank, `pack-id:question-id` for an imported pack. */
export const QUESTION_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?::[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const QUESTION_KEY_HINT = "must be a question key like 'd1-ethics-001' or 'my-pack:q-012'";

const questionKey = z.string().max(161, QUESTION_KEY_HINT).regex(QUESTION_KEY_PATTERN, QUESTION_KEY_HINT);
const documentId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be an id of lowercase letters, digits and hyphens, like 'a-2k4f9x1m'")
  .min(4)
  .max(64);

// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- a note may hold line breaks and tabs, nothing else below 0x20
const NOTE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** One line of text a person typed: trimmed, not empty, no control or bidi-override characters. */
const line = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim() === s, 'must not start or end with spaces')
    .refine((s) => s.length > 0, 'must not be empty')
    .refine((s) => !CONTROL.test(s), 'must not contain control characters');

const day = z.iso.date({ error: "must be a real date like '2026-05-01'" });
const dateTime = z.iso.datetime({ error: "must be a date and time like '2026-03-01T09:30:00.000Z'" });
const count = z.number().int().min(0);
const exam = z.enum(['cissp', 'cc']);

/** Each repeat is reported at the item, which names itself: "member 4 ('ana') is listed twice (also as member 1)". */
const uniqueBy =
  <T>(what: string, keyOf: (item: T) => string) =>
  (list: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    list.forEach((item, index) => {
      const key = keyOf(item);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else ctx.addIssue({ code: 'custom', path: [index], message: `is listed twice (also as ${what} ${first + 1})` });
    });
  };

/** Members are matched by name without regard to case or surrounding spaces ("Ana" is "ana "). */
export const memberKey = (name: string): string => name.trim().toLocaleLowerCase('en');

const domainNumber = z.number().int().min(1).max(8);

/** A group as a lead types it: its name and its members' display names (checked by `checkGroupInput`). */
export interface GroupInput {
  readonly name: string;
  readonly members: string[];
}

// ── Assignment ──────────────────────────────────────────────────────────────

const selectionSchema = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('filter'),
    domains: z.array(domainNumber).max(8),
    objectives: z.array(z.string().regex(/^[1-8]\.(?:[1-9]|1[0-5])$/, "must be an objective like '1.9'")).max(60),
    tags: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a tag like 'prompt-injection'")).max(40),
  }),
  z.strictObject({ mode: z.literal('keys') }),
]);

/**
 * Questions a lead sends with an assignment: those of the assignment that come from one of the lead's
 * imported packs, as a `bastion-pack` (same id, title and license), so members who lack that pack
 * can answer them. Only the assignment's questions travel, never the whole pack.
 */
const attachedPackSchema = z.strictObject({
  ...packFields,
  questions: z.array(questionSchema).min(1, 'must hold at least one question').max(GROUP_CAPS.questionKeys),
});
export type AttachedPack = z.infer<typeof attachedPackSchema>;

export const assignmentSchema = z
  .strictObject({
    kind: z.literal(ASSIGNMENT_KIND),
    version: z.union([z.literal(ASSIGNMENT_VERSION_WITHOUT_PACK), z.literal(ASSIGNMENT_VERSION)], {
      error: `must be ${ASSIGNMENT_VERSION_WITHOUT_PACK} or ${ASSIGNMENT_VERSION}`,
    }),
    id: documentId,
    createdAt: dateTime,
    group: z.strictObject({
      id: documentId,
      name: line(GROUP_CAPS.groupName),
      members: z.array(line(GROUP_CAPS.memberName)).max(GROUP_CAPS.members).superRefine(uniqueBy('member', memberKey)),
    }),
    title: line(GROUP_CAPS.title),
    exam,
    /** How the lead chose the questions; the keys below are what counts. */
    selection: selectionSchema,
    /** The questions, in order, fixed when the lead created the assignment: every member gets the same set. */
    questionKeys: z
      .array(questionKey)
      .min(1, 'must list at least one question')
      .max(GROUP_CAPS.questionKeys)
      .superRefine(uniqueBy('question', (k) => k)),
    /** The domains the questions cover (in the lead's bank), for the member's preview. */
    domains: z.array(domainNumber).max(8),
    dueDate: day,
    /** Share of right answers the lead asks for, in percent. */
    targetAccuracy: z.number().int().min(1).max(100),
    note: z
      .string()
      .max(GROUP_CAPS.note)
      .refine((s) => !NOTE_CONTROL.test(s), 'must not contain control characters')
      .optional(),
    pack: attachedPackSchema.optional(),
  })
  .superRefine((a, ctx) => {
    checkDomains(a.exam, a.domains, ['domains'], ctx);
    if (a.pack) checkAttachedPack(a.pack, a.version, new Set(a.questionKeys), ctx);
  });

export type Assignment = z.infer<typeof assignmentSchema>;
export type AssignmentSelection = z.infer<typeof selectionSchema>;

// ── Report ──────────────────────────────────────────────────────────────────

const domainResultSchema = z.strictObject({ domain: domainNumber, done: count, correct: count });

const historyEntrySchema = z.strictObject({
  questionKey,
  answeredAt: dateTime,
  correct: z.boolean(),
  responseMs: count.max(86_400_000),
});

export const reportAssignmentSchema = z
  .strictObject({
    assignmentId: documentId,
    title: line(GROUP_CAPS.title),
    exam,
    dueDate: day,
    /** Questions in the assignment. */
    total: z.number().int().min(1).max(GROUP_CAPS.questionKeys),
    /** Of those, how many the member's bank lacks (they cannot be answered). */
    missing: count,
    /** Questions answered at least once in the assignment's practice. */
    done: count,
    /** Of those, answered right the first time. */
    correct: count,
    /** Time spent answering (from showing a question to answering it), summed. */
    timeSpentMs: count.max(1e11),
    lastAnsweredAt: dateTime.nullable(),
    byDomain: z
      .array(domainResultSchema)
      .max(8)
      .superRefine(uniqueBy('result', (d) => String(d.domain))),
    history: z.array(historyEntrySchema).max(GROUP_CAPS.historyPerAssignment).optional(),
  })
  .superRefine((a, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (a.missing > a.total) issue(['missing'], `(${a.missing}) is more than its total (${a.total})`);
    if (a.done > a.total) issue(['done'], `(${a.done}) is more than its total (${a.total})`);
    if (a.correct > a.done) issue(['correct'], `(${a.correct}) is more than done (${a.done})`);
    if (a.done > 0 !== (a.lastAnsweredAt !== null)) {
      issue(['lastAnsweredAt'], a.done > 0 ? 'is missing, though questions were done' : 'is set, though no question was done');
    }
    checkDomains(
      a.exam,
      a.byDomain.map((d) => d.domain),
      ['byDomain'],
      ctx,
    );
    a.byDomain.forEach((d, i) => {
      if (d.correct > d.done) issue(['byDomain', i, 'correct'], `(${d.correct}) is more than done (${d.done})`);
    });
    const domainDone = a.byDomain.reduce((sum, d) => sum + d.done, 0);
    if (domainDone > a.done) issue(['byDomain'], `add up to ${domainDone} questions done, more than done (${a.done})`);
  });

export const reportSchema = z
  .strictObject({
    kind: z.literal(REPORT_KIND),
    version: z.literal(REPORT_VERSION),
    reportId: documentId,
    generatedAt: dateTime,
    member: line(GROUP_CAPS.memberName),
    group: z.strictObject({ id: documentId, name: line(GROUP_CAPS.groupName) }),
    /** Whether the member chose to include every answer; `history` is present exactly when true. */
    includesHistory: z.boolean(),
    assignments: z
      .array(reportAssignmentSchema)
      .max(GROUP_CAPS.assignmentsPerReport)
      .superRefine(uniqueBy('assignment', (a) => a.assignmentId)),
  })
  .superRefine((r, ctx) => {
    r.assignments.forEach((a, i) => {
      if (r.includesHistory && a.history === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['assignments', i, 'history'],
          message: 'is missing, though the report says it includes every answer',
        });
      }
      if (!r.includesHistory && a.history !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['assignments', i, 'history'],
          message: 'is there, though the report says it does not include every answer',
        });
      }
    });
  });

export type Report = z.infer<typeof reportSchema>;
export type ReportAssignment = z.infer<typeof reportAssignmentSchema>;
export type DomainResult = z.infer<typeof domainResultSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** The rules an import applies to a pack, plus: every question sent is one of the assignment's. */
function checkAttachedPack(pack: AttachedPack, version: number, keys: ReadonlySet<string>, ctx: z.RefinementCtx): void {
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path: ['pack', ...path], message });
  if (version < ASSIGNMENT_VERSION) {
    ctx.addIssue({ code: 'custom', path: ['version'], message: `must be ${ASSIGNMENT_VERSION} for an assignment that carries a pack` });
  }
  if (isReservedPackId(pack.id)) issue(['id'], `'${pack.id}' is kept for Bastion's own packs and cannot travel with an assignment`);
  const seen = new Map<string, number>();
  pack.questions.forEach((q, i) => {
    const first = seen.get(q.id);
    if (first !== undefined) issue(['questions', i], `its id is used twice (also by question ${first + 1})`);
    seen.set(q.id, i);
    if (!keys.has(questionKeyOf(pack.id, q.id))) {
      issue(
        ['questions', i],
        `it is not one of the assignment's questions ('${questionKeyOf(pack.id, q.id)}' is not in its list of questions)`,
      );
    }
    for (const p of checkItem(q)) issue(['questions', i, ...fieldPath(p.field)], p.message);
  });
}

/** 'options[2].text' → ['options', 2, 'text'] */
const fieldPath = (field: string): PropertyKey[] =>
  field
    .split(/[.[\]]/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

function checkDomains(examId: ExamId, domains: readonly number[], path: PropertyKey[], ctx: z.RefinementCtx): void {
  const max = blueprints[examId].domains.length;
  domains.forEach((d, i) => {
    // Past 8 the number check has already said so.
    if (d > max && d <= 8)
      ctx.addIssue({ code: 'custom', path: [...path, i], message: `is not a ${blueprints[examId].name} domain (it has domains 1–${max})` });
  });
}

// ── Reading ─────────────────────────────────────────────────────────────────

export type GroupKind = typeof ASSIGNMENT_KIND | typeof REPORT_KIND;
export type GroupDocument = { kind: typeof ASSIGNMENT_KIND; assignment: Assignment } | { kind: typeof REPORT_KIND; report: Report };

/** The result of every group reader: the document, or problems saying what is wrong and where. */
export type GroupParse<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const kindNames: Record<GroupKind, string> = {
  [ASSIGNMENT_KIND]: 'an assignment',
  [REPORT_KIND]: "a member's progress report",
};
const versions: Record<GroupKind, number> = { [ASSIGNMENT_KIND]: ASSIGNMENT_VERSION, [REPORT_KIND]: REPORT_VERSION };
const roots: Record<GroupKind, GroupDocumentRoot> = { [ASSIGNMENT_KIND]: 'assignment', [REPORT_KIND]: 'report' };

/** More than this many problems are summarised: the input is plainly the wrong one. */
const MAX_PROBLEMS = 12;

/**
 * Checks an already-parsed JSON value as a group document of the expected kind. Never throws.
 * Problems name their place in words (see `describeProblem`); `formLabels` names top-level fields
 * as the form that filled them does ({ title: 'The title' }), for a document built from a form.
 * @example parseGroupDocument({ kind: 'bastion-report', version: 1 }, 'bastion-assignment')
 * // { ok: false, problems: ["this is a member's progress report (kind 'bastion-report'), not an assignment"] }
 */
export function parseGroupDocument<K extends GroupKind>(
  raw: unknown,
  expected: K,
  formLabels?: Readonly<Record<string, string>>,
): GroupParse<K extends typeof ASSIGNMENT_KIND ? Assignment : Report> {
  const refusal = envelopeProblem(raw, expected);
  if (refusal) return { ok: false, problems: [refusal] };
  const schema = expected === ASSIGNMENT_KIND ? assignmentSchema : reportSchema;
  const parsed = schema.safeParse(raw, { error: issueMessage });
  if (parsed.success) return { ok: true, value: parsed.data as K extends typeof ASSIGNMENT_KIND ? Assignment : Report };
  const problems = parsed.error.issues.map((issue) =>
    formLabels && issue.path.length === 1 && String(issue.path[0]) in formLabels
      ? `${formLabels[String(issue.path[0])]!} ${issue.message}`
      : describeProblem(roots[expected], raw, issue.path, issue.message),
  );
  return {
    ok: false,
    problems:
      problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `…and ${problems.length - MAX_PROBLEMS} more`] : problems,
  };
}

/** The problems that make every other message pointless: not ours, the other kind, or a newer version. */
function envelopeProblem(raw: unknown, expected: GroupKind): string | null {
  const wanted = kindNames[expected];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return `this is not ${wanted}: it holds ${describeValue(raw)}, not an object`;
  }
  const { kind, version } = raw as Record<string, unknown>;
  if (kind === 'bastion-backup' || (raw as Record<string, unknown>).format === 'bastion-backup') {
    return `this is a Bastion backup, not ${wanted}: import backups in Settings`;
  }
  if (kind !== ASSIGNMENT_KIND && kind !== REPORT_KIND) {
    return `this is not ${wanted}: kind is ${kind === undefined ? 'missing' : describeValue(kind)} (expected '${expected}')`;
  }
  if (kind !== expected) return `this is ${kindNames[kind]} (kind '${kind}'), not ${wanted}`;
  if (typeof version === 'number' && Number.isInteger(version) && version > versions[expected]) {
    return `this ${roots[expected]} was made by a newer Bastion (format version ${version}; this app reads up to ${versions[expected]}): update Bastion, then open it again`;
  }
  return null;
}

/**
 * A group's name and members as a lead typed them in the form, or what is wrong in the lead's own
 * terms: the lines of the member list as typed (names are trimmed, blank lines skipped), so every
 * problem can name the line it is on.
 * @example checkGroupInput('ML platform', ['Alice', 'Bob', '', 'alice']).problems // ['Alice is listed twice (lines 1 and 4; names are matched whatever their case)']
 */
export function checkGroupInput(name: string, memberLines: readonly string[]): GroupParse<GroupInput> {
  const entries = memberLines.map((text, i) => ({ name: text.trim(), line: i + 1 })).filter((e) => e.name !== '');
  const problems = [
    ...lineProblems(name.trim(), GROUP_CAPS.groupName).map((p) => `The group name ${p}`),
    ...entries.flatMap((e) => lineProblems(e.name, GROUP_CAPS.memberName).map((p) => `Line ${e.line} (${describeValue(e.name)}) ${p}`)),
    ...repeatedMembers(entries),
  ];
  if (entries.length > GROUP_CAPS.members) {
    problems.push(`The member list has ${entries.length} names, more than the ${GROUP_CAPS.members} a group can have`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { name: name.trim(), members: entries.map((e) => e.name) } };
}

/** A member's own name as they type it on accepting an assignment (trimmed), or what is wrong with it. */
export function checkMemberName(name: string): GroupParse<string> {
  const problems = lineProblems(name.trim(), GROUP_CAPS.memberName).map((p) => `Your name ${p}`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: name.trim() };
}

/** What is wrong with one line of typed text ('must not be empty'), in the words of `line`. */
function lineProblems(text: string, max: number): string[] {
  const parsed = line(max).safeParse(text, { error: issueMessage });
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

/** 'Alice is listed twice (lines 1 and 4)', once for each name on more than one line. */
function repeatedMembers(entries: readonly { name: string; line: number }[]): string[] {
  const byKey = new Map<string, { name: string; line: number }[]>();
  for (const e of entries) byKey.set(memberKey(e.name), [...(byKey.get(memberKey(e.name)) ?? []), e]);
  return [...byKey.values()]
    .filter((same) => same.length > 1)
    .map((same) => {
      const lines = same.map((e) => e.line);
      const times = same.length === 2 ? 'twice' : `${same.length} times`;
      const where = `lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)!}`;
      // "Ana" and "ana" are one member: say so, or the lead sees two different names called the same.
      const caseNote = new Set(same.map((e) => e.name)).size > 1 ? '; names are matched whatever their case' : '';
      return `${same[0]!.name} is listed ${times} (${where}${caseNote})`;
    });
}

/** Zod's issues as what is wrong with the field, said after its name: "total must be at least 1". */
function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${expectedNames[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'invalid_value': {
      const values = issue.values.map((v) => describeValue(v));
      return `must be ${values.length > 2 ? `one of ${values.join(', ')}` : values.join(' or ')}, not ${describeValue(issue.input)}`;
    }
    case 'invalid_union':
      return issue.note === 'No matching discriminator' || issue.discriminator
        ? `must have mode 'filter' or 'keys', not ${describeValue((issue.input as Record<string, unknown> | undefined)?.mode)}`
        : undefined;
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${String(issue.minimum)}`;
      if (issue.origin === 'string') return `must be at least ${String(issue.minimum)} characters long`;
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `lists more than ${String(issue.maximum)}, the most allowed`;
      if (issue.origin === 'string') return `is longer than ${String(issue.maximum)} characters, the most allowed`;
      return `must be at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${issue.keys.map((k) => describeValue(k)).join(', ')}`;
    default:
      return undefined;
  }
}

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};
