/**
 * Choosing the questions for a practice session from the learner's pool and history.
 */
import { domainIn, matchesFilter, type QuestionFilter } from '../bank/question-filter';
import type { ExamId } from '../exam-blueprints';
import type { Question } from '../pack/pack-schema';
import { shuffled, type Rng } from './random';
import type { SessionConfig } from './session';

export interface KeyedQuestion extends Question {
  readonly key: string;
  /** The pack the question came from (stored questions always have one). */
  readonly packId?: string;
}

export interface LearnerHistory {
  /** Keys that have an FSRS card, i.e. were answered at least once. */
  readonly seen: ReadonlySet<string>;
  /** Keys whose card is due at the session's start. */
  readonly due: ReadonlySet<string>;
  /** Keys whose most recent answer was wrong. */
  readonly missed: ReadonlySet<string>;
  readonly flagged: ReadonlySet<string>;
}

export function selectPracticeKeys(pool: readonly KeyedQuestion[], history: LearnerHistory, config: SessionConfig, rng: Rng): string[] {
  const filter: QuestionFilter = { ...config, text: '' };
  const packs = config.packs && config.packs.length > 0 ? new Set(config.packs) : undefined;
  const matching = pool.filter(
    (q) => (!packs || packs.has(q.packId ?? '')) && matchesFilter(q, filter) && inSource(q.key, config.source, history),
  );
  const order = shuffled(matching, rng).map((q) => q.key);
  return config.size === null ? order : order.slice(0, config.size);
}

function inSource(key: string, source: SessionConfig['source'], h: LearnerHistory): boolean {
  switch (source) {
    case 'new':
      return !h.seen.has(key);
    case 'due':
      return h.due.has(key);
    case 'missed':
      return h.missed.has(key);
    case 'flagged':
      return h.flagged.has(key);
    case 'all':
      return true;
  }
}

export interface DomainRecord {
  readonly reps: number;
  readonly lapses: number;
}

/**
 * Accuracy per domain estimated from FSRS cards (lapses over reviews), smoothed so a domain with no
 * history counts as 50% rather than perfect or hopeless.
 */
export function smoothedAccuracy(record: DomainRecord | undefined): number {
  const reps = record?.reps ?? 0;
  const lapses = record?.lapses ?? 0;
  return (reps - lapses + 1) / (reps + 2);
}

/**
 * "Quick 10": ten questions from the learner's weakest domains (lowest smoothed accuracy), preferring
 * due and unseen questions, spread over the three weakest domains.
 */
export function quickSessionKeys(
  pool: readonly KeyedQuestion[],
  exam: ExamId,
  byDomain: ReadonlyMap<number, DomainRecord>,
  history: LearnerHistory,
  rng: Rng,
  size = 10,
): string[] {
  const domains = [...new Set(pool.map((q) => domainIn(exam, q)).filter((d): d is number => d !== undefined))];
  const weakest = shuffled(domains, rng)
    .sort((a, b) => smoothedAccuracy(byDomain.get(a)) - smoothedAccuracy(byDomain.get(b)))
    .slice(0, 3);
  const priority = (key: string) => (history.due.has(key) ? 0 : history.seen.has(key) ? 2 : 1);
  const perDomain = weakest.map((d) =>
    shuffled(
      pool.filter((q) => domainIn(exam, q) === d),
      rng,
    )
      .sort((a, b) => priority(a.key) - priority(b.key))
      .map((q) => q.key),
  );
  const picked: string[] = [];
  for (let round = 0; picked.length < size && perDomain.some((list) => list.length > round); round++)
    for (const list of perDomain) if (picked.length < size && list[round]) picked.push(list[round]!);
  return picked;
}
