/**
 * Scheduling around ts-fsrs. The learner's settings choose the desired retention and fuzz; an exam
 * date caps every interval so nothing is scheduled after the exam.
 */
import { createEmptyCard, date_diff, fsrs, State, type Card, type FSRS, type Grade, type ReviewLog } from 'ts-fsrs';

export const RETENTION_DEFAULT = 0.9;
export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.97;
/** Outside this range FSRS still works, but the workload or the forgetting gets steep. */
export const RETENTION_ADVISED: readonly [number, number] = [0.8, 0.95];

export interface SchedulerSettings {
  readonly desiredRetention: number;
  readonly fuzz: boolean;
  /** When set, no interval reaches past this date. */
  readonly examDate?: Date | undefined;
}

export const defaultSchedulerSettings: SchedulerSettings = { desiredRetention: RETENTION_DEFAULT, fuzz: true };

const DAY_MS = 86_400_000;

/** Whole days from `now` until the exam, at least 1, or the FSRS default when there is no exam date. */
export function maximumIntervalDays(now: Date, examDate?: Date): number {
  if (!examDate) return 36_500;
  return Math.max(1, Math.floor((examDate.getTime() - now.getTime()) / DAY_MS));
}

export function schedulerFor(settings: SchedulerSettings, now: Date): FSRS {
  const retention = Math.min(RETENTION_MAX, Math.max(RETENTION_MIN, settings.desiredRetention));
  return fsrs({
    request_retention: retention,
    enable_fuzz: settings.fuzz,
    maximum_interval: maximumIntervalDays(now, settings.examDate),
  });
}

export interface ScheduledAnswer {
  readonly card: Card;
  readonly log: ReviewLog;
}

/**
 * The card after one rating. A card never seen before starts empty at `now`.
 * @example scheduleAfterAnswer(undefined, Rating.Good, new Date('2026-01-01'), defaultSchedulerSettings)
 */
export function scheduleAfterAnswer(previous: Card | undefined, grade: Grade, now: Date, settings: SchedulerSettings): ScheduledAnswer {
  const card = previous ?? createEmptyCard<Card>(now);
  const result = schedulerFor(settings, now).next(card, now, grade);
  return { card: capDue(result.card, settings.examDate), log: result.log };
}

/** Short learning steps can still land after a same-day exam; keep every due date before it. */
function capDue(card: Card, examDate?: Date): Card {
  if (!examDate || card.due.getTime() <= examDate.getTime()) return card;
  return { ...card, due: new Date(Math.max(examDate.getTime() - 60_000, card.last_review?.getTime() ?? 0)) };
}

/** The interval each grade would give, for showing on the confidence buttons. */
export function previewIntervals(previous: Card | undefined, now: Date, settings: SchedulerSettings): Record<Grade, Date> {
  const card = previous ?? createEmptyCard<Card>(now);
  const preview = schedulerFor(settings, now).repeat(card, now);
  const out = {} as Record<Grade, Date>;
  for (const item of preview) out[item.log.rating as Grade] = capDue(item.card, settings.examDate).due;
  return out;
}

/** Probability of recall now, 0–1 (0 for a card never reviewed). For many cards use `retrievabilityAt`. */
export function retrievability(card: Card, now: Date, settings: SchedulerSettings = defaultSchedulerSettings): number {
  return retrievabilityAt(now, settings)(card);
}

/**
 * `retrievability` for many cards at one moment: builds the FSRS scheduler once (building it per card
 * made 5,000 cards cost ~10× more).
 * @example cards.map(retrievabilityAt(now, settings))
 */
export function retrievabilityAt(now: Date, settings: SchedulerSettings = defaultSchedulerSettings): (card: Card) => number {
  const scheduler = schedulerFor(settings, now);
  // What `scheduler.get_retrievability(card, now, false)` computes, without the copy of the whole
  // card it makes first (TypeConvert.card): that copy was most of the ~11 µs per card, and Progress
  // asks for 5,000 cards on every load. A card without a valid last review goes the library's way.
  return (card) => {
    if (card.state === State.New) return 0;
    const last = card.last_review;
    // toString, not instanceof: a Date from another realm (a test's fake IndexedDB) is still a Date.
    if (Object.prototype.toString.call(last) !== '[object Date]' || Number.isNaN(last!.getTime()))
      return scheduler.get_retrievability(card, now, false);
    return scheduler.forgetting_curve(Math.max(date_diff(now, last!, 'days'), 0), +card.stability.toFixed(8));
  };
}

/** "10 min", "3 d", "2 mo": how far `due` is from `now`, as Anki shows it. */
export function formatInterval(now: Date, due: Date): string {
  const minutes = Math.max(1, Math.round((due.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(minutes / 1440);
  if (days < 31) return `${days} d`;
  const months = days / 30.44;
  if (months < 12) return `${Math.round(months)} mo`;
  return `${(days / 365.25).toFixed(1)} y`;
}
