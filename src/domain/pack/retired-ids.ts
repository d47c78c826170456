/**
 * The ids of questions that have left the bundled bank (questions/retired-ids.txt). A learner's
 * cards and answers stay keyed by a question's id after it leaves (bank-sync.ts retires it, never
 * deletes it), so a new question given an old id would inherit someone else's history: the bank's
 * checker refuses one.
 */
export function retiredIds(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}
