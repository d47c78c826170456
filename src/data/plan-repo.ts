/**
 * Study plans. One plan is active at a time; re-planning archives the old plan (it stays in the
 * history) and stores the new one, built from what was actually done.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ExamId } from '../domain/exam-blueprints';
import { calendarDayOf } from '../domain/calendar-day';
import { generatePlan, replan, type StudyPlan, type WeekActual } from '../domain/plan/plan-generator';
import type { PlanInput } from '../domain/plan/plan-input';
import { validatePlanInput } from '../domain/plan/plan-input';
import { onTrack, type TrackReport } from '../domain/plan/plan-tracking';
import { db, type PlanRecord, type StudyTimeRecord } from './db';
import { loadAllTimeAccuracy, loadCoverage, loadProgress, toDomainProgress } from './progress-repo';

export interface StoredPlan extends PlanRecord {
  plan: StudyPlan;
}

/**
 * Hours actually studied in each week of a plan, from the time log. Time logged for "all domains"
 * (automatic practice, review and exam time) is spread over the domains by the week's planned split.
 */
export function weekActuals(plan: StudyPlan, entries: readonly StudyTimeRecord[]): WeekActual[] {
  // Each entry's calendar day worked out once, not twice per week of the plan: with two years of
  // entries (~600) and a 22-week plan that was ~27,000 date formats, ~16 ms of Today and of Progress.
  const dated = entries.filter((e) => e.exam === plan.input.exam).map((e) => ({ entry: e, day: calendarDayOf(e.date) }));
  return plan.weeks.map((week) => {
    const inWeek = dated.filter(({ day }) => day >= week.start && day <= week.end).map(({ entry }) => entry);
    const hours = inWeek.reduce((sum, e) => sum + e.minutes / 60, 0);
    const domainHours: Record<number, number> = {};
    const plannedTotal = Object.values(week.domainHours).reduce((a, b) => a + b, 0) || 1;
    for (const e of inWeek) {
      const h = e.minutes / 60;
      if (e.domain > 0) domainHours[e.domain] = (domainHours[e.domain] ?? 0) + h;
      else
        for (const [d, planned] of Object.entries(week.domainHours))
          domainHours[Number(d)] = (domainHours[Number(d)] ?? 0) + (h * planned) / plannedTotal;
    }
    return { weekIndex: week.index, hours, domainHours };
  });
}

export async function createPlan(input: PlanInput, now: Date): Promise<StudyPlan> {
  const problems = validatePlanInput(input, calendarDayOf(now));
  if (problems.length > 0) throw new Error(problems.join(' '));
  const [data, allTime] = await Promise.all([loadProgress(input.exam, now), loadAllTimeAccuracy(input.exam, now)]);
  const progress = toDomainProgress(data, allTime);
  const plan = generatePlan(input, progress, now);
  await storeAsActive(plan, now);
  return plan;
}

/**
 * Re-plans the remaining weeks of the active plan from what was actually done. Once the exam date
 * has passed there is nothing left to plan, so that is refused (changing nothing) until the learner
 * gives a new exam date.
 */
export async function replanActive(now: Date, input?: PlanInput): Promise<StudyPlan | null> {
  const active = await db().plans.where('status').equals('active').first();
  if (!active) return null;
  const previous = active.plan as StudyPlan;
  const today = calendarDayOf(now);
  if (input === undefined && previous.input.examDate <= today)
    throw new Error(
      'The exam date of this plan has passed, so there is nothing left to plan. Choose “Change dates or hours” and set a new exam date.',
    );
  const next = input ?? previous.input;
  const problems = validatePlanInput(next, today);
  if (problems.length > 0) throw new Error(problems.join(' '));
  const [progress, allTime, entries] = await Promise.all([
    loadProgress(next.exam, now),
    loadAllTimeAccuracy(next.exam, now),
    db().studyTime.toArray(),
  ]);
  const plan = replan(previous, weekActuals(previous, entries), next, toDomainProgress(progress, allTime), now);
  await storeAsActive(plan, now);
  return plan;
}

async function storeAsActive(plan: StudyPlan, now: Date): Promise<void> {
  await db().transaction('rw', db().plans, async () => {
    await db().plans.where('status').equals('active').modify({ status: 'archived' });
    await db().plans.put({ id: plan.id, exam: plan.input.exam, status: 'active', createdAt: now, plan });
  });
}

export function usePlans(): StoredPlan[] | undefined {
  return useLiveQuery(async () => {
    const all = (await db().plans.toArray()).filter((p): p is StoredPlan => isStudyPlan(p.plan));
    return all.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  });
}

export function isStudyPlan(value: unknown): value is StudyPlan {
  const v = value as Partial<StudyPlan> | null;
  return !!v && Array.isArray(v.weeks) && typeof v.input === 'object' && v.input !== null;
}

export interface PlanStatus {
  plan: StudyPlan;
  actuals: WeekActual[];
  track: TrackReport;
}

/** The active plan for an exam with its actual hours and on-track report; null when there is none. */
export function useActivePlanStatus(exam: ExamId | undefined, now: Date): PlanStatus | null | undefined {
  const minute = Math.floor(now.getTime() / 60_000);
  return useLiveQuery(async () => {
    const at = new Date(minute * 60_000);
    const active = (await db().plans.where('status').equals('active').toArray()).find(
      (p) => isStudyPlan(p.plan) && (!exam || p.exam === exam),
    );
    if (!active) return null;
    const plan = active.plan as StudyPlan;
    const [entries, coverage] = await Promise.all([db().studyTime.toArray(), loadCoverage(plan.input.exam)]);
    const actuals = weekActuals(plan, entries);
    const track = onTrack(
      plan,
      actuals.map((a) => ({ weekIndex: a.weekIndex, hours: a.hours })),
      coverage.seen / (coverage.inBank || 1),
      at,
    );
    return { plan, actuals, track };
  }, [exam, minute]);
}
