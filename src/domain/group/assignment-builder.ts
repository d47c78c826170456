/**
 * A lead's assignment, from the form to the document every member receives. The selection (by
 * domains, objectives and tags through the bank filter, or an explicit list of question keys) is
 * resolved here, once, against the lead's bank, into a fixed ordered list of keys: every member then
 * works on exactly the same questions, whatever their own bank or history.
 */
import { domainIn, emptyFilter, filterQuestions } from '../bank/question-filter';
import type { ExamId } from '../exam-blueprints';
import type { KeyedQuestion } from '../study/practice-selection';
import { shuffled, type Rng } from '../study/random';
import { questionKeyOf } from '../pack/pack-ids';
import type { Pack } from '../pack/pack-schema';
import { canonicalQuestion } from '../pack/pack-serialize';
import {
  ASSIGNMENT_KIND,
  ASSIGNMENT_VERSION,
  ASSIGNMENT_VERSION_WITHOUT_PACK,
  GROUP_CAPS,
  parseGroupDocument,
  QUESTION_KEY_PATTERN,
  type Assignment,
  type GroupParse,
} from './group-schema';
import { calendarDayOf, isCalendarDay } from '../calendar-day';
import { longDayText } from '../day-text';
import { describeValue } from './group-problems';
import { countOf, countText } from '../count-text';

export type SelectionDraft =
  | {
      readonly mode: 'filter';
      readonly domains: readonly number[];
      readonly objectives: readonly string[];
      readonly tags: readonly string[];
    }
  | { readonly mode: 'keys'; readonly keys: readonly string[] };

export interface AssignmentDraft {
  readonly title: string;
  readonly exam: ExamId;
  readonly selection: SelectionDraft;
  /** How many questions to draw from a filter selection (an explicit list takes all its keys). */
  readonly count: number;
  readonly dueDate: string;
  readonly targetAccuracy: number;
  readonly note: string;
  /**
   * An imported pack of the lead's to send with the assignment: a filter then draws only from its
   * questions, and the assignment's questions from it travel inside the document.
   */
  readonly packId?: string;
}

export interface GroupIdentity {
  readonly id: string;
  readonly name: string;
  readonly members: readonly string[];
}

/**
 * The keys a selection resolves to in the lead's bank, in the order members will get them: a
 * random sample (from `rng`) of the matching questions for a filter, the list as given for keys.
 * Problems name what is wrong, e.g. a key the bank does not have.
 */
export function resolveSelection(
  selection: SelectionDraft,
  exam: ExamId,
  count: number,
  bank: readonly KeyedQuestion[],
  rng: Rng,
): GroupParse<string[]> {
  if (selection.mode === 'filter') {
    const matching = matchingQuestions(selection, exam, bank);
    if (matching.length === 0) return { ok: false, problems: ['No question in your bank matches these domains, objective and tag'] };
    if (!Number.isInteger(count) || count < 1)
      return { ok: false, problems: ['The number of questions must be a whole number of at least 1'] };
    return {
      ok: true,
      value: shuffled(matching, rng)
        .slice(0, Math.min(count, GROUP_CAPS.questionKeys))
        .map((q) => q.key),
    };
  }
  const byKey = new Map(bank.map((q) => [q.key, q]));
  const problems: string[] = [];
  const first = new Map<string, number>();
  selection.keys.forEach((key, i) => {
    // Counted as the lead sees the list, from 1: "Question key 3 ('d5-iam-001')".
    const where = `Question key ${i + 1} (${describeValue(key)})`;
    if (!QUESTION_KEY_PATTERN.test(key))
      problems.push(`${where} is not a question key: keys look like 'd1-ethics-001', or 'my-pack:q-012' for a pack's question`);
    else if (first.has(key)) problems.push(`${where} is listed twice (also as key ${first.get(key)! + 1})`);
    else if (!byKey.has(key)) problems.push(`${where} is not in your bank (or its pack is switched off)`);
    else if (domainIn(exam, byKey.get(key)!) === undefined) problems.push(`${where} is not a ${exam.toUpperCase()} question`);
    if (!first.has(key)) first.set(key, i);
  });
  if (selection.keys.length === 0) problems.push('List at least one question key');
  if (selection.keys.length > GROUP_CAPS.questionKeys)
    problems.push(
      `The list has ${countOf(selection.keys.length, 'question key')}, more than the ${countText(GROUP_CAPS.questionKeys)} an assignment can hold`,
    );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: [...selection.keys] };
}

const matchingQuestions = (selection: Extract<SelectionDraft, { mode: 'filter' }>, exam: ExamId, bank: readonly KeyedQuestion[]) =>
  filterQuestions(bank, { ...emptyFilter(exam), domains: selection.domains, objectives: selection.objectives, tags: selection.tags });

export interface SelectionCheck {
  /** Questions of the bank the selection matches (a filter), or valid keys listed (a list). */
  readonly matching: number;
  readonly problems: readonly string[];
}

/**
 * The questions a selection may draw from: with a pack sent along, a filter draws from that pack only
 * (an explicit list names its keys, from anywhere in the bank).
 */
function drawableBank(selection: SelectionDraft, bank: readonly KeyedQuestion[], packId: string | undefined): readonly KeyedQuestion[] {
  if (packId === undefined || selection.mode !== 'filter') return bank;
  return bank.filter((q) => q.key.startsWith(`${packId}:`));
}

/** For the form, as the lead edits: how many questions match (from `packId` only, when one is sent), and what is wrong. */
export function checkSelection(selection: SelectionDraft, exam: ExamId, bank: readonly KeyedQuestion[], packId?: string): SelectionCheck {
  if (selection.mode === 'filter') {
    return { matching: matchingQuestions(selection, exam, drawableBank(selection, bank, packId)).length, problems: [] };
  }
  const resolved = resolveSelection(selection, exam, selection.keys.length, bank, () => 0);
  return resolved.ok ? { matching: resolved.value.length, problems: [] } : { matching: 0, problems: resolved.problems };
}

/**
 * The form's line on how many questions a filter gives every member, as the lead types the number:
 * never more than the form accepts, nor "the same 0".
 * @example drawCountText(2491, 5000) // '2,491 matching questions in your bank; an assignment holds at most 500: choose 500 or fewer.'
 */
export function drawCountText(matching: number, count: number): string {
  const cap = GROUP_CAPS.questionKeys;
  if (matching === 0) return 'No question in your bank matches these domains, objective and tag.';
  const found = `${countOf(matching, 'matching question')} in your bank`;
  if (!Number.isInteger(count) || count < 1)
    return `${found}. Choose how many every member gets: 1 to ${countText(Math.min(matching, cap))}.`;
  if (count > cap) return `${found}; an assignment holds at most ${countText(cap)}: choose ${countText(cap)} or fewer.`;
  if (count > matching) return `${found}; every member gets the same ${countText(matching)} (all of them), drawn now.`;
  return `${found}; every member gets the same ${countText(count)}, drawn now.`;
}

/** Question keys typed or pasted by a lead: split on commas, spaces and line breaks. */
export function parseKeyList(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/**
 * The assignment document for a draft, checked against the shared schema (so what a lead hands out
 * always opens for the members), or the problems with the draft.
 * @example buildAssignment(draft, group, bank, { id: 'a-1x2y3z', createdAt: now }, seededRng(1))
 */
export function buildAssignment(
  draft: AssignmentDraft,
  group: GroupIdentity,
  bank: readonly KeyedQuestion[],
  stamp: { readonly id: string; readonly createdAt: Date },
  rng: Rng,
  /** The lead's pack named by `draft.packId`, as it is in their bank. */
  attached?: Pack,
  /** The identity the pack travels under, when not its own (see `renameAttachedPack`). */
  travelAs?: PackIdentity,
): GroupParse<Assignment> {
  if (draft.packId !== undefined && attached?.id !== draft.packId) {
    return {
      ok: false,
      problems: [`The pack to send (${describeValue(draft.packId)}) is not an imported pack in your bank (or it is switched off)`],
    };
  }
  const keys = resolveSelection(draft.selection, draft.exam, draft.count, drawableBank(draft.selection, bank, attached?.id), rng);
  const late = pastDueProblem(draft.dueDate, stamp.createdAt);
  if (!keys.ok || late) return { ok: false, problems: [...(keys.ok ? [] : keys.problems), ...(late ? [late] : [])] };
  const sent = attached ? packPart(attached, keys.value) : undefined;
  if (attached && !sent)
    return { ok: false, problems: [`None of the assignment's questions comes from “${attached.title}”, the pack to send`] };
  const byKey = new Map(bank.map((q) => [q.key, q]));
  const domains = [...new Set(keys.value.map((k) => domainIn(draft.exam, byKey.get(k)!)!))].sort((a, b) => a - b);
  const note = draft.note.trim();
  const document: Assignment = {
    kind: ASSIGNMENT_KIND,
    version: sent ? ASSIGNMENT_VERSION : ASSIGNMENT_VERSION_WITHOUT_PACK,
    id: stamp.id,
    createdAt: stamp.createdAt.toISOString(),
    group: { id: group.id, name: group.name, members: [...group.members] },
    title: draft.title.trim(),
    exam: draft.exam,
    selection:
      draft.selection.mode === 'filter'
        ? {
            mode: 'filter',
            domains: [...draft.selection.domains],
            objectives: [...draft.selection.objectives],
            tags: [...draft.selection.tags],
          }
        : { mode: 'keys' },
    questionKeys: keys.value,
    domains,
    dueDate: draft.dueDate,
    targetAccuracy: draft.targetAccuracy,
    ...(note ? { note } : {}),
    ...(sent ? { pack: sent } : {}),
  };
  return parseGroupDocument(travelAs ? renameAttachedPack(document, travelAs) : document, ASSIGNMENT_KIND, formLabels);
}

/** The fields a lead fills in, named as the assignment form labels them. */
const formLabels = {
  title: 'The title',
  dueDate: 'The due date',
  targetAccuracy: 'The target accuracy',
  note: 'The note to members',
} as const;

/**
 * Why a due date is refused: it is before the lead's today. Members would get an assignment overdue
 * from the start, and a past day is almost always a typo (a wrong year or month).
 */
function pastDueProblem(dueDate: string, now: Date): string | null {
  // A malformed or impossible date is the schema's to name.
  if (!isCalendarDay(dueDate) || dueDate >= calendarDayOf(now)) return null;
  return `The due date, ${longDayText(dueDate)}, has already passed: choose today or a later day`;
}

/** The pack's questions that are in the assignment (in the assignment's order), as a pack; undefined when none are. */
function packPart(pack: Pack, keys: readonly string[]): Pack | undefined {
  const byKey = new Map(pack.questions.map((q) => [questionKeyOf(pack.id, q.id), q]));
  const questions = keys.flatMap((k) => (byKey.has(k) ? [canonicalQuestion(byKey.get(k)!)] : []));
  if (questions.length === 0) return undefined;
  return { ...pack, questions };
}

/** How a pack is named where it travels: its id, title and license (and description and release). */
export interface PackIdentity {
  readonly id: string;
  readonly title: string;
  readonly license: string;
  readonly description?: string;
  readonly release?: number;
}

/**
 * The same assignment with its pack sent under another identity, every key of that pack renamed to
 * match. The lead's own questions ("My questions", id `my-questions` in every browser) travel this
 * way under the id they export them with, so they never collide with a member's own questions.
 */
export function renameAttachedPack(assignment: Assignment, identity: PackIdentity): Assignment {
  const pack = assignment.pack;
  if (!pack) return assignment;
  const from = `${pack.id}:`;
  const renamed: Assignment = {
    ...assignment,
    questionKeys: assignment.questionKeys.map((k) => (k.startsWith(from) ? questionKeyOf(identity.id, k.slice(from.length)) : k)),
    pack: {
      format: pack.format,
      version: pack.version,
      id: identity.id,
      title: identity.title,
      ...(identity.description ? { description: identity.description } : {}),
      license: identity.license,
      ...(identity.release !== undefined ? { release: identity.release } : {}),
      questions: pack.questions,
    },
  };
  return renamed;
}
