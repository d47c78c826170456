/**
 * The option chosen on the running exam's item but not yet submitted, kept in this tab's
 * sessionStorage so that a reload shows it chosen again. It is never an answer: answers are recorded
 * only by Submit (answerExamItem), in the exam's state in IndexedDB, and nothing reads this for
 * scoring. One entry at a time, for one exam's one item; any other item starts with nothing chosen.
 */
export const EXAM_DRAFT_CHOICE_KEY = 'bastion:exam-draft-choice';

interface DraftChoice {
  readonly examId: string;
  readonly itemKey: string;
  /** Index into the item's authored options (not the on-screen position). */
  readonly option: number;
}

function isDraftChoice(value: unknown): value is DraftChoice {
  const v = value as Partial<DraftChoice> | null;
  return typeof v?.examId === 'string' && typeof v.itemKey === 'string' && Number.isInteger(v.option);
}

/** Remembers the option chosen on the item on screen (storage full or blocked: the choice is just not kept). */
export function saveDraftChoice(examId: string, itemKey: string, option: number): void {
  try {
    globalThis.sessionStorage?.setItem(EXAM_DRAFT_CHOICE_KEY, JSON.stringify({ examId, itemKey, option } satisfies DraftChoice));
  } catch {
    // Not kept: a reload then shows the item with nothing chosen, as before.
  }
}

/** The option chosen but not submitted on this exam's item, if this tab remembers one. */
export function draftChoiceFor(examId: string, itemKey: string): number | undefined {
  try {
    const draft: unknown = JSON.parse(globalThis.sessionStorage?.getItem(EXAM_DRAFT_CHOICE_KEY) ?? 'null');
    return isDraftChoice(draft) && draft.examId === examId && draft.itemKey === itemKey ? draft.option : undefined;
  } catch {
    return undefined;
  }
}
