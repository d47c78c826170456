import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blueprints, type ExamId } from '../exam-blueprints';
import { SHARE_BOUND, type DomainProgress } from './domain-split';
import { addDays, fromDayNumber, dayNumber } from './plan-dates';
import { calendarDayOf } from '../calendar-day';
import { generatePlan, replan, type StudyPlan, type WeekActual } from './plan-generator';
import { defaultPlanInput, studyDayCount, validatePlanInput, type PlanInput } from './plan-input';
import { mockExamHours } from './plan-tasks';
import { backgrounds } from './study-need';

const NOW = new Date(2026, 2, 4, 12); // Wednesday 4 March 2026, local noon
const RUNS = { numRuns: 250, seed: 20260304 };

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const weekHoursSum = (plan: StudyPlan) => sum(plan.weeks.map((w) => w.hours));
const domainTotal = (plan: StudyPlan, d: number) => sum(plan.weeks.map((w) => w.domainHours[d] ?? 0));
const weightShare = (exam: ExamId, d: number) => {
  const domains = blueprints[exam].domains;
  return (domains.find((x) => x.number === d)?.weight ?? 0) / sum(domains.map((x) => x.weight));
};

const inputArb: fc.Arbitrary<PlanInput> = fc
  .record({
    exam: fc.constantFrom<ExamId>('cissp', 'cc'),
    startDay: fc.integer({ min: dayNumber('2026-01-01'), max: dayNumber('2027-12-31') }),
    span: fc.integer({ min: 1, max: 300 }),
    hoursPerWeek: fc.integer({ min: 100, max: 4000 }).map((c) => c / 100),
    background: fc.constantFrom(...backgrounds),
    studyDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
  })
  .map(({ startDay, span, ...rest }) => ({ ...rest, startDate: fromDayNumber(startDay), examDate: fromDayNumber(startDay + span) }))
  .filter((input) => validatePlanInput(input).length === 0);

// Extremes (0 and 1) are common on purpose: they are where a split would leave the band.
const unit = fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }));
const unitOrNull = fc.option(unit, { nil: null });
const progressArb: fc.Arbitrary<DomainProgress[]> = fc.array(
  fc.record({
    domain: fc.integer({ min: 1, max: 8 }),
    accuracy: unitOrNull,
    retention: unitOrNull,
    coverage: unit,
  }),
  { maxLength: 8 },
);

describe('generatePlan: properties', () => {
  it('weekly hours add up to the budget, and each week’s domain hours to the week', () => {
    fc.assert(
      fc.property(inputArb, progressArb, (input, progress) => {
        const plan = generatePlan(input, progress, NOW);
        const budget = Math.round(((input.hoursPerWeek * studyDayCount(input)) / input.studyDays.length) * 100) / 100;
        expect(Math.abs(plan.totalHours - budget)).toBeLessThanOrEqual(0.01 + 1e-9);
        expect(Math.abs(weekHoursSum(plan) - plan.totalHours)).toBeLessThan(0.005);
        for (const week of plan.weeks) expect(Math.abs(sum(Object.values(week.domainHours)) - week.hours)).toBeLessThan(0.005);
      }),
      RUNS,
    );
  });

  it('keeps every domain’s share of the hours within the documented band around its weight', () => {
    fc.assert(
      fc.property(inputArb, progressArb, (input, progress) => {
        const plan = generatePlan(input, progress, NOW);
        // Rows are rounded to whole cents, so a column can be off by under a cent per week.
        const slack = plan.weeks.length * 0.01 + 1e-9;
        for (const d of blueprints[input.exam].domains) {
          const hours = domainTotal(plan, d.number);
          expect(hours).toBeGreaterThanOrEqual(SHARE_BOUND.min * weightShare(input.exam, d.number) * plan.totalHours - slack);
          expect(hours).toBeLessThanOrEqual(SHARE_BOUND.max * weightShare(input.exam, d.number) * plan.totalHours + slack);
        }
      }),
      RUNS,
    );
  });

  it('ends with final-review weeks that hold full mock exams whenever a week has room for one', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input, [], NOW);
        const mock = mockExamHours(input.exam);
        expect(plan.weeks.at(-1)?.phase).toBe('final-review');
        if (plan.weeks.length >= 4) expect(plan.weeks.slice(-2).every((w) => w.phase === 'final-review')).toBe(true);
        for (const week of plan.weeks) {
          if (week.phase !== 'final-review') expect(week.mockExams).toBe(0);
          else if (week.hours >= mock) expect(week.mockExams).toBeGreaterThanOrEqual(1);
          expect(week.mockExams * mock).toBeLessThanOrEqual(week.hours + 1e-9);
        }
      }),
      RUNS,
    );
  });

  it('never gives a week or a domain negative hours, and keeps weeks contiguous Monday to Sunday', () => {
    fc.assert(
      fc.property(inputArb, progressArb, (input, progress) => {
        const plan = generatePlan(input, progress, NOW);
        plan.weeks.forEach((week, i) => {
          expect(week.hours).toBeGreaterThanOrEqual(0);
          for (const h of Object.values(week.domainHours)) expect(h).toBeGreaterThanOrEqual(0);
          expect(week.index).toBe(i);
          expect(new Date(`${week.start}T00:00:00Z`).getUTCDay()).toBe(1);
          expect(week.end).toBe(addDays(week.start, 6));
          if (i > 0) expect(week.start).toBe(addDays(plan.weeks[i - 1]?.start ?? '', 7));
        });
      }),
      RUNS,
    );
  });
});

describe('replan: properties', () => {
  const scenario = fc.tuple(
    inputArb,
    fc.integer({ min: -14, max: 330 }),
    fc.array(fc.double({ min: 0, max: 30, noNaN: true }), { maxLength: 60 }),
  );

  it('never schedules work in a week that ended before now, and keeps past weeks as actually done', () => {
    fc.assert(
      fc.property(scenario, progressArb, ([input, offset, hours], progress) => {
        const previous = generatePlan(input, [], NOW);
        const now = new Date(`${addDays(input.startDate, offset)}T12:00:00`);
        const today = calendarDayOf(now);
        const actual: WeekActual[] = hours.map((h, weekIndex) => ({ weekIndex, hours: h, domainHours: { 1: h } }));
        const plan = replan(previous, actual, input, progress, now);
        expect(plan.basedOn).toBe(previous.id);
        expect(plan.createdAt).toBe(now.toISOString());
        expect(Math.abs(weekHoursSum(plan) - plan.totalHours)).toBeLessThan(0.005);
        for (const week of plan.weeks) {
          expect(week.hours).toBeGreaterThanOrEqual(0);
          if (week.end >= today) continue;
          expect(week.status).toBe('done');
          const before = previous.weeks.find((w) => w.start === week.start);
          if (!before) continue;
          const done = actual.find((a) => a.weekIndex === before.index);
          expect(week.hours).toBeCloseTo(done?.hours ?? 0, 2);
          expect({ ...week, hours: 0, domainHours: {}, status: 'x' }).toEqual({ ...before, hours: 0, domainHours: {}, status: 'x' });
        }
        for (const week of plan.weeks.filter((w) => w.status === 'planned')) expect(week.end >= today).toBe(true);
      }),
      RUNS,
    );
  });

  it('keeps done weeks as they were when re-planning a re-plan without new actuals', () => {
    fc.assert(
      fc.property(scenario, ([input, offset, hours]) => {
        const previous = generatePlan(input, [], NOW);
        const first = new Date(`${addDays(input.startDate, offset)}T12:00:00`);
        const actual = hours.map((h, weekIndex) => ({ weekIndex, hours: h, domainHours: { 2: h } }));
        const once = replan(previous, actual, input, [], first);
        const twice = replan(once, [], input, [], new Date(first.getTime() + 9 * 86_400_000));
        for (const week of once.weeks.filter((w) => w.status === 'done'))
          expect(twice.weeks.find((w) => w.start === week.start)).toEqual(week);
      }),
      { ...RUNS, numRuns: 200 },
    );
  });
});

describe('generatePlan: examples', () => {
  const cissp = generatePlan(defaultPlanInput('cissp', NOW), [], NOW);

  it('lays out the default CISSP plan: 23 weeks from 2 March, pro-rated partial first and last weeks', () => {
    expect(cissp.weeks).toHaveLength(23);
    expect(cissp.weeks[0]).toMatchObject({ start: '2026-03-02', end: '2026-03-08', hours: 8, phase: 'first-pass' }); // Wed–Sat of Mon–Sat
    expect(cissp.weeks[22]).toMatchObject({ start: '2026-08-03', hours: 2, phase: 'final-review', mockExams: 0 }); // Monday only
    expect(cissp.weeks.slice(1, 22).every((w) => w.hours === 12)).toBe(true);
    expect(cissp.totalHours).toBe(262);
    const phases = cissp.weeks.map((w) => w.phase);
    expect([phases.indexOf('reinforcement'), phases.indexOf('final-review')]).toEqual([11, 18]);
  });

  it('writes concrete tasks: first-pass sets by objective, review every week, mock exams at the end', () => {
    expect(cissp.weeks[0]?.tasks[0]).toMatch(/^Domain 1 set: \d+ questions, objectives 1\.1–1\.\d+ \(≈ [\d.]+ h with reading\)$/);
    expect(cissp.weeks.every((w) => w.tasks.some((t) => /^Review due cards \(≈ \d+ per day\)$/.test(t)))).toBe(true);
    expect(cissp.weeks[18]?.tasks).toContain('Full mock exam (CAT, 3 h)');
    expect(cissp.weeks[22]?.tasks[0]).toMatch(/^Timed mini mock: \d+ questions in \d+ min/);
    const firstPassDomains = cissp.weeks
      .filter((w) => w.phase === 'first-pass')
      .flatMap((w) => w.tasks.map((t) => /^Domain (\d)/.exec(t)?.[1]));
    expect([...new Set(firstPassDomains.filter(Boolean))]).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('splits by exam weight without progress data, and leans toward weak domains with it', () => {
    for (const d of blueprints.cissp.domains) expect(domainTotal(cissp, d.number) / cissp.totalHours).toBeCloseTo(d.weight, 3);
    const weak4: DomainProgress[] = [
      { domain: 4, accuracy: 0.3, retention: 0.4, coverage: 0.2 },
      ...[1, 2, 3, 5, 6, 7, 8].map((domain) => ({ domain, accuracy: 0.9, retention: 0.9, coverage: 0.9 })),
    ];
    const plan = generatePlan(defaultPlanInput('cissp', NOW), weak4, NOW);
    expect(domainTotal(plan, 4)).toBeGreaterThan(domainTotal(cissp, 4) + 5);
    expect(domainTotal(plan, 1)).toBeLessThan(domainTotal(cissp, 1));
    expect(plan.weeks.find((w) => w.phase === 'reinforcement')?.tasks[0]).toMatch(/^Domain 4 drill/);
  });

  it('plans CC over 7 weeks with two final-review weeks of 2 h mocks', () => {
    const cc = generatePlan(defaultPlanInput('cc', NOW), [], NOW);
    expect(cc.input.examDate).toBe('2026-04-15');
    expect(cc.weeks.map((w) => w.phase)).toEqual([
      'first-pass',
      'first-pass',
      'first-pass',
      'reinforcement',
      'reinforcement',
      'final-review',
      'final-review',
    ]);
    expect(cc.weeks[5]?.tasks[0]).toBe('2 full mock exams (CAT, 2 h each)');
    expect(cc.weeks[6]).toMatchObject({ hours: 4, mockExams: 1 });
  });

  it('is deterministic and refuses an invalid input in plain words', () => {
    const input = defaultPlanInput('cissp', NOW);
    expect(generatePlan(input, [], NOW)).toEqual(cissp);
    expect(cissp.id).toMatch(/^plan-[0-9a-z]+$/);
    expect(cissp.basedOn).toBeNull();
    expect(() => generatePlan({ ...input, hoursPerWeek: 0 }, [], NOW)).toThrow('Hours per week must be between 1 and 40');
  });
});

describe('replan: example', () => {
  const input = defaultPlanInput('cissp', NOW);
  const previous = generatePlan(input, [], NOW);
  const now = new Date(2026, 3, 15, 12); // Wednesday of week 6
  const actual: WeekActual[] = [
    { weekIndex: 0, hours: 5, domainHours: { 1: 5 } },
    { weekIndex: 2, hours: 20, domainHours: { 2: 20 } },
    { weekIndex: 6, hours: 3, domainHours: { 5: 3 } },
  ];
  const plan = replan(previous, actual, input, [], now);

  it('marks the six past weeks done with the hours actually studied', () => {
    expect(plan.weeks.slice(0, 6).map((w) => [w.status, w.hours, w.plannedHours])).toEqual([
      ['done', 5, 8],
      ['done', 0, 12],
      ['done', 20, 12],
      ['done', 0, 12],
      ['done', 0, 12],
      ['done', 0, 12],
    ]);
  });

  it('gives the current week what is done plus Wednesday to Saturday, and later weeks their full hours', () => {
    expect(plan.weeks[6]).toMatchObject({ status: 'planned', hours: 11 }); // 3 h done + 4 days × 2 h
    expect(plan.weeks[6]?.domainHours[5]).toBeGreaterThanOrEqual(3);
    expect(plan.weeks.slice(7, 22).every((w) => w.hours === 12)).toBe(true);
    expect(plan.totalHours).toBe(5 + 20 + 11 + 15 * 12 + 2);
  });

  it('moves the remaining hours toward the domains that fell short', () => {
    const remaining = (d: number) => sum(plan.weeks.filter((w) => w.status === 'planned').map((w) => w.domainHours[d] ?? 0));
    expect(remaining(1)).toBeGreaterThan(remaining(2) * 3);
  });
});
