/**
 * A chunk's review logs in columns (since database version 8): every number and date of its logs
 * in one Float64Array, `LOG_WIDTH` to a log, and the three text fields in three string arrays.
 *
 * Why: IndexedDB copies a record with the structured clone algorithm, which writes every property
 * name and value of every object one by one. 100,000 logs as objects (each with the card it
 * replaced) took 550–810 ms to write and 470–500 ms to read back in Chromium; in columns, 270–360
 * ms to pack and write and 340 ms to read and unpack (measured on the bench's machine), and the
 * records are half the size on disk (a typed array is copied as one block of bytes).
 *
 * Only a log of exactly the shape the app writes is packed: its fields, and its card's, each of the
 * type the app gives it. A chunk holding any other log (a field added by hand to a backup, a type
 * the app never writes) keeps its logs as objects, exactly as they were: packing never loses data.
 * Numbers are copied as 64-bit floats, so NaN, ±Infinity and −0 come back as they went in; a date
 * is its time value, so an invalid date comes back invalid.
 */
import type { StoredReviewLog } from './review-log-chunks';

export interface PackedLogs {
  /** `LOG_WIDTH` numbers per log, laid out as `COLUMN` says. */
  numbers: Float64Array;
  questionKeys: string[];
  sessionIds: string[];
  confidences: string[];
}

/** Where each value of a log sits within its `LOG_WIDTH` numbers. */
export const COLUMN = {
  id: 0,
  rating: 1,
  state: 2,
  due: 3,
  stability: 4,
  difficulty: 5,
  elapsed_days: 6,
  last_elapsed_days: 7,
  scheduled_days: 8,
  learning_steps: 9,
  review: 10,
  chosenOption: 11,
  responseMs: 12,
  correct: 13,
  /** Bits of `FLAG`: whether there is a card before, and which of its optional fields it has. */
  flags: 14,
  cardDue: 15,
  cardStability: 16,
  cardDifficulty: 17,
  cardElapsedDays: 18,
  cardScheduledDays: 19,
  cardLearningSteps: 20,
  cardReps: 21,
  cardLapses: 22,
  cardState: 23,
  cardLastReview: 24,
  cardAttempts: 25,
  cardCorrectCount: 26,
} as const;

export const LOG_WIDTH = 27;

export const FLAG = {
  hasCard: 1,
  /** The card has a `last_review` key … */
  hasLastReview: 2,
  /** … holding a Date (otherwise it holds undefined, as a new ts-fsrs card does). */
  lastReviewIsDate: 4,
  hasAttempts: 8,
  hasCorrectCount: 16,
  hasLastCorrect: 32,
  lastCorrect: 64,
} as const;

const LOG_NUMBER_FIELDS = [
  'id',
  'rating',
  'state',
  'stability',
  'difficulty',
  'elapsed_days',
  'last_elapsed_days',
  'scheduled_days',
  'learning_steps',
  'chosenOption',
  'responseMs',
] as const;
const LOG_KEYS = new Set<string>([
  ...LOG_NUMBER_FIELDS,
  'due',
  'review',
  'correct',
  'questionKey',
  'sessionId',
  'confidence',
  'cardBefore',
]);

const CARD_NUMBER_FIELDS = [
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
  'state',
] as const;
const CARD_REQUIRED = [...CARD_NUMBER_FIELDS, 'due'];
const CARD_KEYS = new Set<string>([...CARD_REQUIRED, 'last_review', 'attempts', 'correctCount', 'lastCorrect']);

const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

const isNumber = (value: unknown): value is number => typeof value === 'number';

/** Whether this log has exactly the shape `packLogs` keeps losslessly. */
function isPackable(log: StoredReviewLog): boolean {
  const row = log as unknown as Record<string, unknown>;
  if (!isPlain(row)) return false;
  const keys = Object.keys(row);
  // Same count and every key known: the same set (an object has no repeated keys).
  if (keys.length !== LOG_KEYS.size || !keys.every((k) => LOG_KEYS.has(k))) return false;
  if (!LOG_NUMBER_FIELDS.every((k) => isNumber(row[k]))) return false;
  if (!(row.due instanceof Date) || !(row.review instanceof Date) || typeof row.correct !== 'boolean') return false;
  if (typeof row.questionKey !== 'string' || typeof row.sessionId !== 'string' || typeof row.confidence !== 'string') return false;
  return row.cardBefore === null || isPackableCard(row.cardBefore);
}

function isPackableCard(card: unknown): boolean {
  if (!isPlain(card)) return false;
  const keys = Object.keys(card);
  if (!keys.every((k) => CARD_KEYS.has(k)) || !CARD_REQUIRED.every((k) => k in card)) return false;
  if (!CARD_NUMBER_FIELDS.every((k) => isNumber(card[k])) || !(card.due instanceof Date)) return false;
  if ('last_review' in card && card.last_review !== undefined && !(card.last_review instanceof Date)) return false;
  if ('attempts' in card && !isNumber(card.attempts)) return false;
  if ('correctCount' in card && !isNumber(card.correctCount)) return false;
  return !('lastCorrect' in card) || typeof card.lastCorrect === 'boolean';
}

/** These logs in columns, or null when any of them has a shape that packing would not keep. */
export function packLogs(logs: readonly StoredReviewLog[]): PackedLogs | null {
  if (!logs.every(isPackable)) return null;
  const numbers = new Float64Array(logs.length * LOG_WIDTH);
  logs.forEach((log, i) => writeLog(numbers, i * LOG_WIDTH, log));
  return {
    numbers,
    questionKeys: logs.map((l) => l.questionKey),
    sessionIds: logs.map((l) => l.sessionId),
    confidences: logs.map((l) => l.confidence),
  };
}

function writeLog(n: Float64Array, at: number, log: StoredReviewLog): void {
  n[at + COLUMN.id] = log.id;
  n[at + COLUMN.rating] = log.rating;
  n[at + COLUMN.state] = log.state;
  n[at + COLUMN.due] = log.due.getTime();
  n[at + COLUMN.stability] = log.stability;
  n[at + COLUMN.difficulty] = log.difficulty;
  n[at + COLUMN.elapsed_days] = log.elapsed_days;
  n[at + COLUMN.last_elapsed_days] = log.last_elapsed_days;
  n[at + COLUMN.scheduled_days] = log.scheduled_days;
  n[at + COLUMN.learning_steps] = log.learning_steps;
  n[at + COLUMN.review] = log.review.getTime();
  n[at + COLUMN.chosenOption] = log.chosenOption;
  n[at + COLUMN.responseMs] = log.responseMs;
  n[at + COLUMN.correct] = log.correct ? 1 : 0;
  const card = log.cardBefore;
  if (!card) {
    n[at + COLUMN.flags] = 0;
    return;
  }
  let flags = FLAG.hasCard;
  n[at + COLUMN.cardDue] = card.due.getTime();
  n[at + COLUMN.cardStability] = card.stability;
  n[at + COLUMN.cardDifficulty] = card.difficulty;
  n[at + COLUMN.cardElapsedDays] = card.elapsed_days;
  n[at + COLUMN.cardScheduledDays] = card.scheduled_days;
  n[at + COLUMN.cardLearningSteps] = card.learning_steps;
  n[at + COLUMN.cardReps] = card.reps;
  n[at + COLUMN.cardLapses] = card.lapses;
  n[at + COLUMN.cardState] = card.state;
  if ('last_review' in card) {
    flags |= FLAG.hasLastReview;
    if (card.last_review instanceof Date) {
      flags |= FLAG.lastReviewIsDate;
      n[at + COLUMN.cardLastReview] = card.last_review.getTime();
    }
  }
  if ('attempts' in card) {
    flags |= FLAG.hasAttempts;
    n[at + COLUMN.cardAttempts] = card.attempts!;
  }
  if ('correctCount' in card) {
    flags |= FLAG.hasCorrectCount;
    n[at + COLUMN.cardCorrectCount] = card.correctCount!;
  }
  if ('lastCorrect' in card) flags |= FLAG.hasLastCorrect | (card.lastCorrect ? FLAG.lastCorrect : 0);
  n[at + COLUMN.flags] = flags;
}

/** The logs `packLogs` packed, as equal objects (fields in the order the app writes them). */
export function unpackLogs(packed: PackedLogs): StoredReviewLog[] {
  const { numbers: n, questionKeys, sessionIds, confidences } = packed;
  const logs = new Array<StoredReviewLog>(questionKeys.length);
  for (let i = 0; i < logs.length; i++) {
    const at = i * LOG_WIDTH;
    // One object literal with every field: each log gets the same hidden class, the fastest to build.
    logs[i] = {
      rating: n[at + COLUMN.rating]!,
      state: n[at + COLUMN.state]!,
      due: new Date(n[at + COLUMN.due]!),
      stability: n[at + COLUMN.stability]!,
      difficulty: n[at + COLUMN.difficulty]!,
      elapsed_days: n[at + COLUMN.elapsed_days]!,
      last_elapsed_days: n[at + COLUMN.last_elapsed_days]!,
      scheduled_days: n[at + COLUMN.scheduled_days]!,
      learning_steps: n[at + COLUMN.learning_steps]!,
      review: new Date(n[at + COLUMN.review]!),
      questionKey: questionKeys[i]!,
      sessionId: sessionIds[i]!,
      correct: n[at + COLUMN.correct] === 1,
      chosenOption: n[at + COLUMN.chosenOption]!,
      confidence: confidences[i] as StoredReviewLog['confidence'],
      responseMs: n[at + COLUMN.responseMs]!,
      cardBefore: unpackCard(n, at),
      id: n[at + COLUMN.id]!,
    };
  }
  return logs;
}

function unpackCard(n: Float64Array, at: number): StoredReviewLog['cardBefore'] {
  const flags = n[at + COLUMN.flags]!;
  if (!(flags & FLAG.hasCard)) return null;
  const card: NonNullable<StoredReviewLog['cardBefore']> = {
    due: new Date(n[at + COLUMN.cardDue]!),
    stability: n[at + COLUMN.cardStability]!,
    difficulty: n[at + COLUMN.cardDifficulty]!,
    elapsed_days: n[at + COLUMN.cardElapsedDays]!,
    scheduled_days: n[at + COLUMN.cardScheduledDays]!,
    reps: n[at + COLUMN.cardReps]!,
    lapses: n[at + COLUMN.cardLapses]!,
    learning_steps: n[at + COLUMN.cardLearningSteps]!,
    state: n[at + COLUMN.cardState]!,
  };
  if (flags & FLAG.hasLastReview) card.last_review = flags & FLAG.lastReviewIsDate ? new Date(n[at + COLUMN.cardLastReview]!) : undefined;
  if (flags & FLAG.hasLastCorrect) card.lastCorrect = (flags & FLAG.lastCorrect) !== 0;
  if (flags & FLAG.hasAttempts) card.attempts = n[at + COLUMN.cardAttempts]!;
  if (flags & FLAG.hasCorrectCount) card.correctCount = n[at + COLUMN.cardCorrectCount]!;
  return card;
}
