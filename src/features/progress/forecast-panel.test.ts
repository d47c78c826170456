import { describe, expect, it } from 'vitest';
import { reviewForecast } from '../../domain/progress/chart-series';
import { forecastSummary } from './forecast-panel';

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
