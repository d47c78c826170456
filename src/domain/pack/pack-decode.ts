/**
 * Reading a pack file someone gives the app: the same schema and per-item rules as the bank checker
 * (`scripts/questions-check.ts`), plus the rule an import needs on top (no question id twice in one
 * pack, since a learner's history is keyed by it).
 *
 * The envelope is checked first with `packHeaderSchema`, then the questions one chunk at a time with
 * `questionSchema` and `checkItem`, yielding between chunks (`yieldNow`) so that a pack of thousands
 * of questions never freezes the page and a progress bar can move. Together the two schemas accept
 * exactly what `packSchema` accepts; the property tests hold them to that.
 *
 * Never throws: whatever the text, the result is a pack or a list of problems, each naming the
 * question id and the field path, so an author can find and fix every one of them in one pass.
 */
import { describeJsonError, describeValue, formatPath, issueMessage } from '../validation-messages';
import { checkItem } from './item-rules';
import { packHeaderSchema, questionSchema, type Pack, type Question } from './pack-schema';

/** The largest pack file, 10 MB: about 4,000 questions with full explanations. */
export const MAX_PACK_BYTES = 10 * 1024 * 1024;

export interface PackProblem {
  /** The question's id when it has a readable one, its position ("#12") otherwise; null for the pack itself. */
  readonly questionId: string | null;
  /** Where in the file: "questions[12].options[2].text", "license", "file". */
  readonly path: string;
  readonly message: string;
}

/** The pack's own fields, once they are valid (the questions may still have problems). */
export type PackHeader = Omit<Pack, 'questions'> & { readonly questionCount: number };

export interface PackDecodeResult {
  /** True when the whole pack is valid and may be imported. */
  readonly ok: boolean;
  /** The pack, when `ok`. */
  readonly pack: Pack | null;
  readonly header: PackHeader | null;
  /** The questions that passed every check (all of them when `ok`). */
  readonly questions: readonly Question[];
  readonly problems: readonly PackProblem[];
}

export interface DecodeOptions {
  /** Questions checked between two yields. */
  readonly chunkSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Lets the page breathe between chunks (a macrotask); the default does not wait at all. */
  readonly yieldNow?: () => Promise<void>;
  readonly maxBytes?: number;
}

const packProblem = (path: string, message: string): PackProblem => ({ questionId: null, path, message });

const refused = (problem: PackProblem, header: PackHeader | null = null): PackDecodeResult => ({
  ok: false,
  pack: null,
  header,
  questions: [],
  problems: [problem],
});

/**
 * Decodes a pack file's text.
 * @example await decodePack('{"format":"bastion-pack"}') // { ok: false, problems: [{ path: 'version', message: 'missing' }, …] }
 */
export async function decodePack(text: string, options: DecodeOptions = {}): Promise<PackDecodeResult> {
  try {
    return await decode(text, options);
  } catch (error) {
    // Nothing above should throw; if something does, the file is still refused, never half-read.
    return refused(packProblem('file', `the file could not be read: ${error instanceof Error ? error.message : String(error)}`));
  }
}

async function decode(text: string, options: DecodeOptions): Promise<PackDecodeResult> {
  const maxBytes = options.maxBytes ?? MAX_PACK_BYTES;
  // UTF-16 code units never outnumber UTF-8 bytes, so this is a floor on the file's size.
  if (text.length > maxBytes) return refused(packProblem('file', `the file is over ${maxBytes / 2 ** 20} MB, the most a pack may be`));
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refused(packProblem('file', 'the file is empty'));
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return refused(packProblem('file', `the file is truncated or not JSON: ${describeJsonError((error as Error).message, body)}`));
  }
  const wrongFile = envelopeProblem(raw);
  if (wrongFile) return refused(packProblem('file', wrongFile));

  const headerCheck = packHeaderSchema.safeParse(raw, { error: issueMessage });
  if (!headerCheck.success) {
    const headerProblems = headerCheck.error.issues.map((i) => packProblem(formatPath(i.path), i.message));
    // Every problem in one pass: a list of questions is checked too (an unknown top-level field
    // used to hide all of theirs until it was fixed), unless the list itself is what is wrong.
    const rawQuestions = (raw as { questions?: unknown }).questions;
    const listIsFine = Array.isArray(rawQuestions) && !headerProblems.some((p) => p.path.startsWith('questions'));
    const checked = listIsFine ? await decodeQuestions(rawQuestions, options) : { questions: [], problems: [] };
    return { ok: false, pack: null, header: null, questions: checked.questions, problems: [...headerProblems, ...checked.problems] };
  }
  const { questions: rawQuestions, ...fields } = headerCheck.data;
  const header: PackHeader = { ...fields, questionCount: rawQuestions.length };
  const { questions, problems } = await decodeQuestions(rawQuestions, options);
  const ok = problems.length === 0;
  return { ok, pack: ok ? { ...fields, questions } : null, header, questions, problems };
}

/** The checks that make every other message pointless: not a pack at all, or from a newer app. */
function envelopeProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return `this is not a Bastion question pack: the file holds ${describeValue(raw)}, not an object`;
  }
  const { format, version } = raw as Record<string, unknown>;
  if (format === 'bastion-backup') return 'this is a Bastion backup, not a question pack: import it in Settings';
  if (format !== 'bastion-pack') {
    return `this is not a Bastion question pack: format is ${format === undefined ? 'missing' : describeValue(format)} (a pack says "bastion-pack")`;
  }
  if (typeof version === 'number' && version > 1) return `version ${version} is newer than this app understands (1): update Bastion`;
  return null;
}

async function decodeQuestions(
  rawQuestions: readonly unknown[],
  { chunkSize = 200, onProgress = () => {}, yieldNow = () => Promise.resolve() }: DecodeOptions,
): Promise<{ questions: Question[]; problems: PackProblem[] }> {
  const questions: Question[] = [];
  const problems: PackProblem[] = [];
  const firstIndexOfId = new Map<string, number>();
  const total = rawQuestions.length;
  for (let start = 0; start < total; start += chunkSize) {
    const end = Math.min(total, start + chunkSize);
    for (let index = start; index < end; index++) {
      const before = problems.length;
      const question = checkQuestion(rawQuestions[index], index, problems);
      // Ids are compared even on questions with other problems, so a second pass finds nothing new.
      const id = readableId(rawQuestions[index]);
      const first = id === null ? undefined : firstIndexOfId.get(id);
      if (first !== undefined) {
        problems.push({ questionId: id, path: `questions[${index}].id`, message: `the id is used twice (also at questions[${first}])` });
      } else if (id !== null) firstIndexOfId.set(id, index);
      if (!question) continue;
      if (problems.length === before) questions.push(question);
    }
    onProgress(end, total);
    if (end < total) await yieldNow();
  }
  return { questions, problems };
}

function checkQuestion(raw: unknown, index: number, problems: PackProblem[]): Question | null {
  const parsed = questionSchema.safeParse(raw, { error: issueMessage });
  const at = (field: string) => (field ? `questions[${index}].${field}` : `questions[${index}]`);
  if (!parsed.success) {
    const questionId = readableId(raw) ?? `#${index}`;
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? formatPath(issue.path) : '';
      problems.push({ questionId, path: at(field), message: issue.message });
    }
    return null;
  }
  for (const p of checkItem(parsed.data)) problems.push({ questionId: p.questionId, path: at(p.field), message: p.message });
  return parsed.data;
}

function readableId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 && id.length <= 80 ? id : null;
}
