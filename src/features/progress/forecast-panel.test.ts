import { describe, expect, it } from 'vitest';
import { reviewForecast } from '../../domain/progress/chart-series';
import { forecastSpec, forecastSummary } from './forecast-panel';

describe('forecastSummary', () => {
  it("writes a heavy learner's counts with a thousands separator", () => {
    const now = new Date(2026, 10, 23, 9, 0);
    const dues = [
      ...Array.from({ length: 1_200 }, () => new Date(2026, 10, 20)), // overdue: counted today
      ...Array.from({ length: 300 }, () => new Date(2026, 10, 23, 18)),
      ...Array.from({ length: 900 }, () => new Date(2026, 11, 10)),
    ];
    const days = reviewForecast(dues, now, 30);
    expect(forecastSummary(days, 2_400, 'CISSP')).toBe(
      '1,500 due by the end of today (1,200 of them overdue from earlier days), 1,500 in the next 7 days, 2,400 in the next 30 days.',
    );
  });
});

describe('forecastSpec', () => {
  it('draws the days ahead on their own scale: the overdue backlog is not in today’s bar', () => {
    const now = new Date(2026, 10, 24, 7, 0);
    const dues = [
      ...Array.from({ length: 1_536 }, () => new Date(2026, 10, 20)), // overdue
      ...Array.from({ length: 38 }, () => new Date(2026, 10, 24, 18)), // later today
      ...Array.from({ length: 35 }, () => new Date(2026, 10, 25, 9)), // tomorrow
    ];
    const bars = forecastSpec(reviewForecast(dues, now, 30)).series[0]!.values;
    expect(bars.slice(0, 3)).toEqual([38, 35, 0]);
    expect(Math.max(...bars.map((v) => v ?? 0))).toBe(38);
  });
});
