/**
 * A quick yes/no check of a review-log row (and of a card row), for the tables where zod's cost
 * shows: a backup of two years holds ~100,000 logs, and zod (run without its compiled mode, which
 * needs `eval` and so our CSP's refusal: see ../zod.ts) took ~1.2 s to check them, on export and
 * again on import.
 *
 * It is never the word that counts: it only lets the format skip zod when every log plainly passes.
 * It must be at least as strict as `reviewLogRow` in backup-format.ts (a property test checks that
 * whatever it accepts zod accepts too). When a row fails here, the whole table goes through zod,
 * whose messages say what is wrong and where.
 */
import { isPlainObject, isValidDate } from './backup-dates';

// The schema's rules for a log's values, shared with log-columns.ts, which checks logs held as columns.
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
export const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;
export const isIntIn = (value: unknown, min: number, max: number): boolean =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
export const isKey = (value: unknown): boolean => typeof value === 'string' && value.length > 0;
const isOptional = (value: unknown, check: (v: unknown) => boolean): boolean => value === undefined || check(value);

function isPlainlyValidCard(card: Record<string, unknown>): boolean {
  return (
    isValidDate(card.due) &&
    isNumber(card.stability) &&
    isNumber(card.difficulty) &&
    isOptional(card.elapsed_days, isNumber) &&
    isNumber(card.scheduled_days) &&
    isCount(card.learning_steps) &&
    isCount(card.reps) &&
    isCount(card.lapses) &&
    isIntIn(card.state, 0, 3) &&
    (card.last_review === null || isOptional(card.last_review, isValidDate)) &&
    isOptional(card.lastCorrect, (v) => typeof v === 'boolean') &&
    isOptional(card.attempts, isCount) &&
    isOptional(card.correctCount, isCount)
  );
}

/**
 * The same quick check for a row of the cards table: a card as a log's `cardBefore` holds it, plus
 * its question key. 5,000 cards took zod ~20 ms to check in Node, on export and again on import.
 */
export function isPlainlyValidCardRow(row: unknown): boolean {
  return isPlainObject(row) && isKey(row.questionKey) && isPlainlyValidCard(row);
}

export const CONFIDENCE = new Set<unknown>(['guessed', 'unsure', 'sure']);

export function isPlainlyValidReviewLog(row: unknown): boolean {
  if (!isPlainObject(row)) return false;
  return (
    Number.isSafeInteger(row.id) &&
    (row.id as number) > 0 &&
    isKey(row.questionKey) &&
    isKey(row.sessionId) &&
    typeof row.correct === 'boolean' &&
    isIntIn(row.chosenOption, 0, 3) &&
    CONFIDENCE.has(row.confidence) &&
    isNumber(row.responseMs) &&
    (row.responseMs as number) >= 0 &&
    isIntIn(row.rating, 0, 4) &&
    isIntIn(row.state, 0, 3) &&
    isValidDate(row.due) &&
    isValidDate(row.review) &&
    isNumber(row.stability) &&
    isNumber(row.difficulty) &&
    isOptional(row.elapsed_days, isNumber) &&
    isOptional(row.last_elapsed_days, isNumber) &&
    isNumber(row.scheduled_days) &&
    isCount(row.learning_steps) &&
    (row.cardBefore === null || (isPlainObject(row.cardBefore) && isPlainlyValidCard(row.cardBefore)))
  );
}
