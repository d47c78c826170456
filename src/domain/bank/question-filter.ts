/**
 * Filtering the bank for the browser and for practice set-up. Pure: the caller passes the questions.
 */
import type { ExamId } from '../exam-blueprints';
import type { Question } from '../pack/pack-schema';

export interface QuestionFilter {
  readonly exam: ExamId;
  /** Domain numbers of the chosen exam; empty means all. */
  readonly domains: readonly number[];
  /** Objective ids of the chosen exam ("1.9"); empty means all. */
  readonly objectives: readonly string[];
  readonly tags: readonly string[];
  readonly difficulties: readonly (1 | 2 | 3)[];
  /** Case-insensitive words that must all appear in the stem, an option or an id. */
  readonly text: string;
}

export const emptyFilter = (exam: ExamId): QuestionFilter => ({
  exam,
  domains: [],
  objectives: [],
  tags: [],
  difficulties: [],
  text: '',
});

/** The domain number of a question in the given exam, or undefined if it does not serve that exam. */
export function domainIn(exam: ExamId, q: Question): number | undefined {
  if (!q.exams.includes(exam)) return undefined;
  return exam === 'cissp' ? q.domain : q.ccDomain;
}

export function objectiveIn(exam: ExamId, q: Question): string | undefined {
  if (!q.exams.includes(exam)) return undefined;
  return exam === 'cissp' ? q.objective : q.ccObjective;
}

/** "1.10" → [1, 10], so that 1.2 sorts before 1.10. */
const objectiveParts = (objective: string | undefined): number[] => (objective ?? '').split('.').map(Number);

/**
 * The questions in the outline's order: by domain, then objective (1.2 before 1.10), then id. The
 * pool holds them by key, which grouped a domain's questions by the first word of their ids.
 */
export function inOutlineOrder<Q extends Question>(questions: readonly Q[], exam: ExamId): Q[] {
  const keyed = questions.map((q) => ({ q, domain: domainIn(exam, q) ?? Infinity, objective: objectiveParts(objectiveIn(exam, q)) }));
  keyed.sort(
    (a, b) =>
      a.domain - b.domain ||
      (a.objective[0] ?? 0) - (b.objective[0] ?? 0) ||
      (a.objective[1] ?? 0) - (b.objective[1] ?? 0) ||
      (a.q.id < b.q.id ? -1 : a.q.id > b.q.id ? 1 : 0),
  );
  return keyed.map((k) => k.q);
}

export function searchableText(q: Question): string {
  return `${q.id} ${q.stem} ${q.options.map((o) => o.text).join(' ')}`.toLowerCase();
}

/** The filter's search words, lower-cased; none for an empty search. */
const searchWords = (f: QuestionFilter): string[] => f.text.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * Whether `q` passes the filter. The question's searchable text is built only when the filter has
 * search words: practice set-up, practice selection and assignments filter without any, and building
 * it for every question of a 5,000-question pool cost them ~15–30 ms a pass.
 */
export function matchesFilter(q: Question, f: QuestionFilter, words: readonly string[] = searchWords(f)): boolean {
  const domain = domainIn(f.exam, q);
  if (domain === undefined) return false;
  if (f.domains.length > 0 && !f.domains.includes(domain)) return false;
  if (f.objectives.length > 0 && !f.objectives.includes(objectiveIn(f.exam, q) ?? '')) return false;
  if (f.tags.length > 0 && !f.tags.some((t) => q.tags.includes(t))) return false;
  if (f.difficulties.length > 0 && !f.difficulties.includes(q.difficulty)) return false;
  if (words.length === 0) return true;
  const text = searchableText(q);
  return words.every((w) => text.includes(w));
}

/**
 * @example filterQuestions(bank, { ...emptyFilter('cissp'), domains: [3], text: 'signing' })
 */
export function filterQuestions<Q extends Question>(questions: readonly Q[], f: QuestionFilter): Q[] {
  const words = searchWords(f);
  return questions.filter((q) => matchesFilter(q, f, words));
}

/** Items per domain of the exam, for the counts beside the domain filter. */
export function countByDomain(questions: readonly Question[], exam: ExamId): Map<number, number> {
  const counts = new Map<number, number>();
  for (const q of questions) {
    const d = domainIn(exam, q);
    if (d !== undefined) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return counts;
}
