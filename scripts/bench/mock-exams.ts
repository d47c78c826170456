/**
 * The bench profile's finished mock exams, made by the app's own CAT engine and stored in the app's
 * own exam-session shape (src/data/exam-repo.ts), so readiness, Progress and the backup handle them
 * as they would a real learner's.
 * Run outside the page (bench.mjs loads it through Vite's module runner) and handed to writeProfile.
 */
import type { SessionRecord } from '../../src/data/db';
import type { ExamItemAnswer, ExamSessionState } from '../../src/data/exam-repo';
import { answerItem, nextItem, startExam, withoutPool, type PoolItem } from '../../src/domain/exam/cat-engine';
import { formFor } from '../../src/domain/exam/exam-form';
import { difficultyForAuthored } from '../../src/domain/exam/rasch';
import { seededRng, shuffled } from '../../src/domain/study/random';

const DAY_MS = 86_400_000;

export interface MockExamSpec {
  readonly seed: number;
  readonly now: number;
  readonly count: number;
  /** Exams are spread over this many days before `now`. */
  readonly days: number;
  /** Every CISSP question of the profile: its domain, authored difficulty and key (the right option). */
  readonly questions: readonly { key: string; domain: number; difficulty: 1 | 2 | 3; answer: number }[];
}

/**
 * `count` finished CISSP exams: every third a full adaptive one (100–150 items), the rest the
 * 25-item short form, answered by a learner whose ability grows over the two years, about 50 s an item.
 */
export function benchMockExams(spec: MockExamSpec): SessionRecord[] {
  const rng = seededRng(spec.seed);
  const pool: PoolItem[] = spec.questions.map((q) => ({ key: q.key, domain: q.domain, b: difficultyForAuthored(q.difficulty) }));
  const difficulty = new Map(pool.map((item) => [item.key, item.b]));
  const rightOption = new Map(spec.questions.map((q) => [q.key, q.answer]));
  return Array.from({ length: spec.count }, (_, i) => {
    const ageDays = Math.floor(rng() * spec.days);
    const startedAt = new Date(spec.now - ageDays * DAY_MS);
    const ability = 1 - (1.5 * ageDays) / spec.days; // −0.5 two years ago, 1 today (logits)
    const seed = Math.floor(rng() * 2 ** 31);
    let engine = startExam(formFor('cissp', i % 3 === 0 ? 'cat' : 'short'), pool, seededRng(seed), startedAt);
    const answers: ExamItemAnswer[] = [];
    let at = startedAt.getTime();
    for (let key = nextItem(engine, rng); key !== undefined && !engine.result; key = nextItem(engine, rng)) {
      const responseMs = 35_000 + Math.floor(rng() * 30_000);
      at += responseMs;
      const correct = rng() < 1 / (1 + Math.exp(difficulty.get(key)! - ability));
      const order = shuffled([0, 1, 2, 3], rng);
      const right = rightOption.get(key)!;
      answers.push({ key, chosen: correct ? right : (right + 1 + Math.floor(rng() * 3)) % 4, correct, order, responseMs });
      engine = answerItem(engine, key, correct, new Date(at));
    }
    const finishedAt = new Date(at);
    // Stored as the app stores an ended exam: without its pool (exam-repo.ts).
    const state: ExamSessionState = { engine: withoutPool(engine), seed, current: null, answers, includesRecent: false };
    return { id: `bench-exam-${i}`, kind: 'exam', status: 'finished', exam: 'cissp', startedAt, updatedAt: finishedAt, finishedAt, state };
  });
}
