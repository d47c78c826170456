import { describe, expect, it } from 'vitest';
import { burnUpSeries } from '../../domain/progress/chart-series';
import { burnUpSpec } from './burn-up-panel';

describe('burnUpSpec', () => {
  it('puts this week’s "done" point on today, not at the end of the week, and never past the Today line', () => {
    const now = new Date(2026, 10, 24, 7, 10); // Tuesday of the second week
    const series = burnUpSeries(
      [
        { start: '2026-11-16', end: '2026-11-22', plannedHours: 10, actualHours: 8 },
        { start: '2026-11-23', end: '2026-11-29', plannedHours: 10, actualHours: 3 },
        { start: '2026-11-30', end: '2026-12-06', plannedHours: 10, actualHours: 0 },
      ],
      '2026-11-24',
    );
    const spec = burnUpSpec(series, now);
    const done = spec.series.find((s) => s.label === 'Done, cumulative')!;
    const planned = spec.series.find((s) => s.label === 'Planned, cumulative')!;
    const xs = spec.x.kind === 'time' ? spec.x.values : [];
    const lastDone = done.values.reduce<number>((last, v, i) => (v === null ? last : i), -1);
    expect(xs[lastDone]).toBe(now.getTime());
    expect(done.values[lastDone]).toBe(11);
    expect(spec.marker?.x).toBe(now.getTime());
    // The planned line keeps its weekly points and joins across today's x.
    expect(planned.values.filter((v) => v !== null)).toEqual([0, 10, 20, 30]);
    expect(planned.spanGaps).toBe(true);
    expect([...xs]).toEqual([...xs].sort((a, b) => a - b));
  });
});
