import { describe, expect, it } from 'vitest';
import { BastionDb } from '../../src/data/db';
import { tallies, tallyLogs } from '../../src/domain/progress/answer-days';
import { benchCisspQuestions, benchPlanInput, heavySizes, tinySizes, writeProfile } from './profile.mjs';
import { benchMockExams } from './mock-exams';
import { loadRecentMockExams } from '../../src/data/readiness-repo';
import { setDatabase } from '../../src/data/db';
import { generatePlan } from '../../src/domain/plan/plan-generator';
import { isStudyPlan } from '../../src/data/plan-repo';
import { loadLeadGroups } from '../../src/data/group-repo';
import { allReviewLogs } from '../../src/data/review-log-store';
import { allCards, bucketOf } from '../../src/data/card-store';
import { chunkReviewLogs, type ReviewLogChunk } from '../../src/data/review-log-chunks';
import { loadDashboard } from '../../src/data/group-dashboard-repo';
import { parseGroupDocument, REPORT_KIND } from '../../src/domain/group/group-schema';
import { benchGroup, bundledQuestions } from './group-reports';

const bank = Array.from({ length: 560 }, (_, i) => ({
  key: `q-${i}`,
  domain: 1 + (i % 8),
  difficulty: (1 + (i % 3)) as 1 | 2 | 3,
  answer: i % 4,
  cissp: i % 5 !== 0,
}));

const bundled = bundledQuestions();

async function snapshot(seed: number) {
  const database = new BastionDb('bastion');
  await database.open();
  database.close();
  const now = Date.UTC(2026, 10, 1);
  const { input, createdAt } = benchPlanInput(now);
  const plan = generatePlan(input, [], createdAt);
  const exams = benchMockExams({ seed, now, count: tinySizes.exams, days: tinySizes.days, questions: benchCisspQuestions(tinySizes, bank) });
  const group = benchGroup({ seed, now, members: tinySizes.members, assignments: tinySizes.assignments, bank: bundled });
  const counts = await writeProfile({ seed, now, sizes: tinySizes, bank, plan, exams, group });
  const reopened = new BastionDb('bastion');
  const rows = {
    counts,
    cards: await allCards(reopened),
    buckets: await reopened.cardBuckets.toArray(),
    logs: (await allReviewLogs(reopened)).slice(0, 50),
    states: new Set((await allCards(reopened)).map((c) => c.state)),
    answerDays: await reopened.answerDays.toArray(),
    allLogs: await allReviewLogs(reopened),
    chunks: await reopened.logChunks.toArray(),
    plan,
    plans: await reopened.plans.toArray(),
    exams,
    examSessions: await reopened.sessions.where('kind').equals('exam').toArray(),
    questionKeys: await reopened.questions.toCollection().primaryKeys(),
    recentMockExams: await (async () => {
      setDatabase(reopened);
      return loadRecentMockExams('cissp', new Date(now));
    })(),
    leadGroups: await loadLeadGroups(),
    group,
    dashboard: await loadDashboard(group.group.id, new Date(now)),
  };
  await reopened.delete();
  return rows;
}

describe('bench profile generator', () => {
  it('writes the sizes asked for, with cards in every reviewed FSRS state', async () => {
    const { counts, states, cards, buckets } = await snapshot(7);
    expect(cards).toHaveLength(tinySizes.cards);
    // In the buckets the app looks them up in (src/data/card-store.ts).
    expect(buckets.every((b) => b.cards.every((c) => bucketOf(c.questionKey) === b.bucket))).toBe(true);
    expect(counts).toMatchObject({ cards: tinySizes.cards, reviewLogs: tinySizes.logs, sessions: tinySizes.practiceSessions + tinySizes.exams, groups: 1, plans: 1 });
    expect(counts.questions).toBe(tinySizes.cards - bank.length);
    expect(states).toEqual(new Set([1, 2, 3]));
  });

  it('writes an active plan the app shows: the generator’s own, begun three months before, with weeks still to come', async () => {
    const { plan, plans } = await snapshot(7);
    expect(plans).toEqual([{ id: plan.id, exam: 'cissp', status: 'active', createdAt: new Date(plan.createdAt), plan }]);
    expect(isStudyPlan(plans[0]!.plan)).toBe(true);
    const now = new Date(Date.UTC(2026, 10, 1)).toISOString().slice(0, 10);
    expect(plan.weeks.some((w) => w.start > now)).toBe(true);
    expect(plan.weeks.some((w) => w.start < now)).toBe(true);
  });

  it('writes finished mock exams the app reads as its own: the CAT engine’s, over the profile’s CISSP questions', async () => {
    const { exams, examSessions, questionKeys, recentMockExams } = await snapshot(7);
    const delivered = new Set(examSessions.flatMap((x) => (x.state as { answers: { key: string }[] }).answers.map((a) => a.key)));
    expect(examSessions).toEqual(exams);
    const cissp = benchCisspQuestions(tinySizes, bank);
    // The imported pack's keys are those writeProfile writes (it repeats the formula inside the page).
    expect(new Set(questionKeys)).toEqual(new Set(cissp.map((q) => q.key).filter((k) => k.startsWith('pack:'))));
    for (const session of examSessions) {
      const { engine, answers } = session.state as { engine: { result: unknown; answered: unknown[]; pool: unknown[] }; answers: unknown[] };
      expect(engine.result).not.toBeNull();
      expect(answers).toHaveLength(engine.answered.length);
      expect(engine.pool).toEqual([]); // stored as the app stores an ended exam
    }
    // Drawn from the profile's own CISSP questions.
    expect([...delivered].every((key) => cissp.some((q) => q.key === key))).toBe(true);
    // Readiness finds them (the previous profile's exams were skipped as not the app's).
    expect(recentMockExams.length).toBeGreaterThan(0);
  });

  it('writes a lead’s study group the app reads, with its members, assignments and imported reports', async () => {
    const { leadGroups, group, dashboard, counts } = await snapshot(7);
    expect(leadGroups.map((g) => [g.name, g.members.length])).toEqual([['ML platform security study group', tinySizes.members]]);
    expect(counts).toMatchObject({ assignments: tinySizes.assignments, memberResults: group.memberResults.length });
    // The Group screen's dashboard: every member a row, every assignment a column, reports in the cells.
    expect(dashboard!.assignments).toHaveLength(tinySizes.assignments);
    expect(dashboard!.rows.map((r) => r.member)).toEqual(leadGroups[0]!.members);
    const cells = dashboard!.rows.flatMap((r) => r.cells);
    expect(cells.filter((c) => c.reportedAt !== null)).toHaveLength(group.memberResults.length);
    expect(cells.some((c) => c.done > 0)).toBe(true);
    expect(dashboard!.domainColumns.length).toBeGreaterThan(0);
    // Each stored result is a report entry the app accepts, and half the members sent every answer.
    for (const r of group.memberResults) {
      const report = { kind: REPORT_KIND, version: 1, reportId: r.reportId, generatedAt: r.generatedAt.toISOString(), member: r.member, group: { id: r.groupId, name: group.group.name } };
      const includesHistory = r.result.history !== undefined;
      expect(parseGroupDocument({ ...report, includesHistory, assignments: [r.result] }, REPORT_KIND).ok).toBe(true);
    }
    expect(group.memberResults.some((r) => r.result.history && r.result.history.length > 0)).toBe(true);
  });

  it('makes the heavy profile’s group: 30 members, 8 assignments, a report from nine in ten', () => {
    const now = Date.UTC(2026, 10, 1);
    const group = benchGroup({ seed: 7, now, members: heavySizes.members, assignments: heavySizes.assignments, bank: bundled });
    expect(group.assignments).toHaveLength(8);
    expect(new Set(group.memberResults.map((r) => r.memberKey)).size).toBe(27);
    expect(group.assignments.every((a) => a.assignment.questionKeys.length === 20)).toBe(true);
    expect(group.memberResults.every((r) => r.generatedAt.getTime() <= now && r.importedAt.getTime() <= now)).toBe(true);
  });

  it('stores the logs in the app’s own chunk layout (it has to repeat it: it runs inside the page)', async () => {
    const { chunks, allLogs } = await snapshot(7);
    expect(allLogs).toHaveLength(tinySizes.logs);
    // As plain arrays: fake-indexeddb's copies are typed arrays of another realm than the test's.
    const plain = (list: ReviewLogChunk[]) => list.map((c) => ({ ...c, packed: c.packed && { ...c.packed, numbers: [...c.packed.numbers] } }));
    expect(chunks.every((c) => c.packed && !c.logs)).toBe(true);
    expect(plain(chunks)).toEqual(plain(chunkReviewLogs(allLogs)));
  });

  it('reads back, through the app, as the logs it generated: each value in its own column, each card the one before', async () => {
    const { allLogs } = await snapshot(7);
    const seen = new Map<string, { review: Date; correct: boolean; attempts: number; correctCount: number }>();
    const within = (value: number, min: number, max: number) => value >= min && value < max;
    allLogs.forEach((log, i) => {
      expect(log.id).toBe(i + 1);
      expect(log.due).toEqual(log.review);
      expect(log.rating === 1).toBe(!log.correct);
      expect([within(log.stability, 1, 51), within(log.difficulty, 1, 10), within(log.responseMs, 5_000, 65_000)]).toEqual([true, true, true]);
      expect([log.elapsed_days < 30, log.last_elapsed_days < 30, log.scheduled_days < 60, log.chosenOption < 4]).toEqual([true, true, true, true]);
      expect([0, 2]).toContain(log.state);
      const earlier = seen.get(log.questionKey);
      if (!earlier) expect(log.cardBefore).toBeNull();
      else {
        const card = log.cardBefore!;
        expect(card).toMatchObject({ last_review: earlier.review, lastCorrect: earlier.correct, attempts: earlier.attempts, reps: earlier.attempts });
        expect([card.correctCount, card.state, card.learning_steps]).toEqual([earlier.correctCount, 2, 0]);
        expect([within(card.stability, 1, 51), within(card.difficulty, 1, 10), card.lapses < 3, card.scheduled_days < 60, card.elapsed_days < 30]).toEqual([
          true,
          true,
          true,
          true,
          true,
        ]);
      }
      seen.set(log.questionKey, {
        review: log.review,
        correct: log.correct,
        attempts: (earlier?.attempts ?? 0) + 1,
        correctCount: (earlier?.correctCount ?? 0) + (log.correct ? 1 : 0),
      });
    });
    expect(allLogs.filter((l) => l.cardBefore).length).toBeGreaterThan(allLogs.length / 2);
  });

  it('writes the per-day answer tallies the app would keep for those logs', async () => {
    const { answerDays, allLogs } = await snapshot(7);
    const byDay = (a: { day: string }, b: { day: string }) => a.day.localeCompare(b.day);
    expect(answerDays.length).toBeGreaterThan(10);
    expect(answerDays.sort(byDay).map((d) => [d.day, tallies(d)])).toEqual(tallyLogs(allLogs).sort(byDay).map((d) => [d.day, tallies(d)]));
  });

  it('is deterministic for a seed and differs across seeds', async () => {
    const a = await snapshot(7);
    const b = await snapshot(7);
    const c = await snapshot(8);
    expect(a.cards).toEqual(b.cards);
    expect(a.logs).toEqual(b.logs);
    expect(a.cards).not.toEqual(c.cards);
    expect(a.group).toEqual(b.group);
    expect(a.group.memberResults).not.toEqual(c.group.memberResults);
  });

  it('describes the heavy profile of the bench issue', () => {
    expect(heavySizes).toEqual({ cards: 5000, logs: 100_000, practiceSessions: 300, exams: 60, members: 30, assignments: 8, days: 730 });
  });
});
