/**
 * A question being written in the app's form: every field as the form holds it (text, with empty
 * meaning "not chosen yet"), and its check by the same schema and per-item rules as the bank
 * checker and the importer, with each problem filed under the field it belongs to so the form can
 * show it beside that field.
 */
import { formatPath, issueMessage } from '../validation-messages';
import type { ExamId } from '../exam-blueprints';
import { checkItem } from './item-rules';
import { questionSchema, type Question } from './pack-schema';

export interface QuestionDraft {
  readonly id: string;
  readonly exams: readonly ExamId[];
  /** CISSP domain and objective ('' until chosen); kept, but ignored, when CISSP is not ticked. */
  readonly domain: string;
  readonly objective: string;
  readonly ccDomain: string;
  readonly ccObjective: string;
  readonly difficulty: '' | '1' | '2' | '3';
  readonly stem: string;
  readonly options: readonly { readonly text: string; readonly explanation: string }[];
  /** Index of the correct option, null until marked. */
  readonly answer: number | null;
  readonly tags: readonly string[];
  /** One reference per line. */
  readonly references: string;
}

/** Field keys of the form: 'stem', 'options[2].explanation', 'tags', … ('form' for the rest). */
export type DraftProblems = Readonly<Record<string, readonly string[]>>;

export interface DraftCheck {
  /** The question, when it passes every check. */
  readonly question: Question | null;
  readonly problems: DraftProblems;
}

export function emptyDraft(id = ''): QuestionDraft {
  return {
    id,
    exams: ['cissp'],
    domain: '',
    objective: '',
    ccDomain: '',
    ccObjective: '',
    difficulty: '',
    stem: '',
    options: [0, 1, 2, 3].map(() => ({ text: '', explanation: '' })),
    answer: null,
    tags: [],
    references: '',
  };
}

export function draftFromQuestion(q: Question): QuestionDraft {
  return {
    id: q.id,
    exams: [...q.exams],
    domain: q.domain !== undefined ? String(q.domain) : '',
    objective: q.objective ?? '',
    ccDomain: q.ccDomain !== undefined ? String(q.ccDomain) : '',
    ccObjective: q.ccObjective ?? '',
    difficulty: String(q.difficulty) as QuestionDraft['difficulty'],
    stem: q.stem,
    options: q.options.map((o) => ({ text: o.text, explanation: o.explanation })),
    answer: q.answer,
    tags: [...q.tags],
    references: q.references.join('\n'),
  };
}

const numberOrUndefined = (text: string): number | undefined => (text === '' ? undefined : Number(text));

/** The draft as a pack question would be written: fields of an exam not ticked are left out. */
export function draftToCandidate(d: QuestionDraft): Record<string, unknown> {
  const cissp = d.exams.includes('cissp');
  const cc = d.exams.includes('cc');
  return {
    id: d.id.trim(),
    // In the format's order, whatever order they were ticked in.
    exams: (['cissp', 'cc'] as const).filter((e) => d.exams.includes(e)),
    ...(cissp && d.domain !== '' ? { domain: numberOrUndefined(d.domain) } : {}),
    ...(cissp && d.objective !== '' ? { objective: d.objective } : {}),
    ...(cc && d.ccDomain !== '' ? { ccDomain: numberOrUndefined(d.ccDomain) } : {}),
    ...(cc && d.ccObjective !== '' ? { ccObjective: d.ccObjective } : {}),
    ...(d.difficulty !== '' ? { difficulty: Number(d.difficulty) } : {}),
    stem: d.stem,
    options: d.options.map((o) => ({ text: o.text, explanation: o.explanation })),
    ...(d.answer !== null ? { answer: d.answer } : {}),
    tags: [...d.tags],
    references: d.references
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  };
}

/** Plainer words for a form than for a file. */
const formMessages: Record<string, Record<string, string>> = {
  missing: {
    difficulty: 'choose a difficulty',
    answer: 'mark the option that is the correct answer',
    default: 'required',
  },
  'must be at least 1': { tags: 'choose at least one tag', exams: 'tick at least one exam' },
};

/** The form's fields in the order they appear, for listing problems top to bottom. */
export const draftFieldOrder: readonly string[] = [
  'form',
  'id',
  'exams',
  'domain',
  'objective',
  'ccDomain',
  'ccObjective',
  'difficulty',
  'stem',
  ...[0, 1, 2, 3].flatMap((i) => [`options[${i}].text`, `options[${i}].explanation`]),
  'options',
  'answer',
  'tags',
  'references',
];

const requiredByExam = [
  ['cissp', ['domain', 'objective'], 'CISSP'],
  ['cc', ['ccDomain', 'ccObjective'], 'CC'],
] as const;

/** 'tags[3]' and 'references[0]' belong to their list's field; an option's fields keep their index. */
export function fieldOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'form';
  const [first] = path;
  if (first === 'tags' || first === 'references' || first === 'exams') return String(first);
  return formatPath(path);
}

/**
 * Checks a draft as the importer would check the question, plus that its id is free.
 * @param takenIds ids already used in the pack it goes to (a retired question's id is never reused)
 * @example checkDraft(emptyDraft('mine-001'), new Set()).problems.stem // ['stem is too short to be a scenario']
 */
export function checkDraft(draft: QuestionDraft, takenIds: ReadonlySet<string>): DraftCheck {
  const problems: Record<string, string[]> = {};
  const add = (field: string, message: string) => {
    const list = (problems[field] ??= []);
    if (!list.includes(message)) list.push(message);
  };
  const candidate = draftToCandidate(draft);
  const parsed = questionSchema.safeParse(candidate, { error: issueMessage });
  if (takenIds.has(draft.id.trim()))
    add(
      'id',
      'one of your questions already has this id (a removed one keeps its id, and can be restored in My questions): choose another',
    );
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      add(field, formMessages[issue.message]?.[field] ?? formMessages[issue.message]?.default ?? issue.message);
    }
    // The schema asks for an exam's domain and objective only once every other field is valid;
    // a form says so from the start.
    for (const [exam, fields, words] of requiredByExam) {
      if (!draft.exams.includes(exam)) continue;
      for (const field of fields) if (draft[field] === '') add(field, `required for a ${words} item`);
    }
  }
  // The item rules run from the first keystroke, not only once the schema passes: the draft always
  // has the shape they read (exams, options, tags and stem are always there; the rest is optional).
  for (const p of checkItem(parsed.success ? parsed.data : (candidate as Question))) add(p.field, p.message);
  return { question: parsed.success && Object.keys(problems).length === 0 ? parsed.data : null, problems };
}

/** The first free id of the form "mine-001" among `taken`. */
export function suggestQuestionId(taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `mine-${String(n).padStart(3, '0')}`;
    if (!taken.has(id)) return id;
  }
}
