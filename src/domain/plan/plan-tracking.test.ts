import { describe, expect, it } from 'vitest';
import { generatePlan } from './plan-generator';
import { defaultPlanInput } from './plan-input';
import { BEHIND_HOURS_RATIO, currentWeek, onTrack } from './plan-tracking';

const START = new Date(2026, 2, 4, 12); // Wednesday 4 March 2026
const plan = generatePlan(defaultPlanInput('cissp', START), [], START); // 12 h a week, Mon–Sat, exam 4 August
const now = new Date(2026, 2, 25, 12); // Wednesday of week 3
// Planned up to yesterday: 8 h (Wed–Sat) + 12 + 12 + Mon–Tue of week 3 (4 h) = 36 h.
const weekly = [
  { weekIndex: 0, hours: 8 },
  { weekIndex: 1, hours: 12 },
  { weekIndex: 2, hours: 12 },
  { weekIndex: 3, hours: 4 },
];

describe('onTrack', () => {
  it('compares hours and coverage to date with the plan', () => {
    const report = onTrack(plan, weekly, 0.3, now);
    expect(report).toMatchObject({ status: 'on-track', plannedHours: 36, actualHours: 36, actualCoverage: 0.3 });
    // Coverage ramps over the first pass's study days: 18 of 64 done (4 March to 17 May).
    expect(report.plannedCoverage).toBeCloseTo(18 / 64, 2);
    expect(report.suggestion).toBe('On track: keep to this week’s plan.');
  });

  it('projects the finish at the measured pace', () => {
    const report = onTrack(plan, weekly, 0.3, now);
    expect(report.paceHoursPerWeek).toBe(12); // 36 h over the 21 days to yesterday
    expect(report.projectedFinish).toBe('2026-08-04'); // 226 h left at 12 h a week: 132 days
    expect(report.finishesByExam).toBe(true);
    const slow = onTrack(
      plan,
      weekly.map((w) => ({ ...w, hours: w.hours / 2 })),
      0.3,
      now,
    );
    expect(slow.paceHoursPerWeek).toBe(6);
    expect(slow.finishesByExam).toBe(false);
  });

  it('measures the pace over the last four weeks only', () => {
    const later = new Date(2026, 3, 22, 12); // Wednesday of week 7
    const hours = [0, 0, 0, 12, 12, 12, 12, 4].map((h, weekIndex) => ({ weekIndex, hours: h }));
    // Weeks 4–7 (from Monday 30 March): 40 h over 23 days to yesterday.
    expect(onTrack(plan, hours, 0.3, later).paceHoursPerWeek).toBeCloseTo((40 / 23) * 7, 2);
    // The same total as a single number is paced since the start: 52 h over 49 days.
    expect(onTrack(plan, 52, 0.3, later).paceHoursPerWeek).toBeCloseTo((52 / 49) * 7, 2);
  });

  it('is behind under 85% of the planned hours, and says how much to add on which domains', () => {
    const report = onTrack(plan, 20, 0.3, now);
    expect(20 / 36).toBeLessThan(BEHIND_HOURS_RATIO);
    expect(report.status).toBe('behind');
    const [a, b] = Object.entries(currentWeek(plan, now)?.domainHours ?? {})
      .sort(([, x], [, y]) => y - x)
      .map(([d]) => d);
    expect(report.suggestion).toBe(
      `Add about 6 h this week, on Domain ${a} and Domain ${b}. That leaves about 10 h to make up: spread it over the coming weeks, or re-plan.`,
    );
    expect(onTrack(plan, 31, 0.3, now).status).toBe('on-track'); // 86%
  });

  it('is behind when coverage trails by more than 15 points even with the hours done', () => {
    const report = onTrack(plan, 36, 0.05, now);
    expect(report.status).toBe('behind');
    expect(report.suggestion).toMatch(/^Your hours are on plan, but you have seen 5% of the questions against a planned 28%/);
  });

  it('is ahead above 115% of the planned hours', () => {
    const report = onTrack(plan, 45, 0.3, now);
    expect(report.status).toBe('ahead');
    expect(report.suggestion).toMatch(/^Ahead by about 9 h: keep going, or put the extra time into Domain \d and Domain \d\.$/);
  });

  it('expects nothing before the start and has no pace yet', () => {
    const report = onTrack(plan, 0, 0, new Date(2026, 2, 1, 12));
    expect(report).toMatchObject({
      status: 'on-track',
      plannedHours: 0,
      plannedCoverage: 0,
      paceHoursPerWeek: null,
      projectedFinish: null,
    });
    expect(report.suggestion).toBe('Your plan starts on 4 March 2026.');
  });

  it('says when the exam date has passed', () => {
    expect(onTrack(plan, 262, 1, new Date(2026, 7, 5, 12)).suggestion).toMatch(/^The exam date has passed/);
  });
});

describe('currentWeek', () => {
  it('finds the week holding today, or none outside the plan', () => {
    expect(currentWeek(plan, now)?.index).toBe(3);
    expect(currentWeek(plan, new Date(2026, 1, 1, 12))).toBeUndefined();
  });
});
