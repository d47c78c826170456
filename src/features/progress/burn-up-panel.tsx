import { useMemo } from 'react';
import { Link } from 'react-router';
import type { BurnUpSeries } from '../../domain/progress/chart-series';
import { ChartPanel } from '../../ui/chart-panel';
import type { ChartSpec } from '../../ui/chart';
import { dateRangeText, dateText, hoursText, localMidnight } from './chart-format';

const title = 'Hours burn-up';

/** Cumulative planned hours against hours done, week by week, with today marked. */
export function BurnUpPanel({ series, examName, now }: { series: BurnUpSeries | null; examName: string; now: Date }) {
  const spec = useMemo(() => (series ? burnUpSpec(series, now) : null), [series, now]);
  if (!series || !spec) {
    return (
      <section className="card chart-panel" aria-labelledby="burn-up-title">
        <h2 id="burn-up-title">{title}</h2>
        <p>
          There is no active study plan for {examName}. <Link to="/plan">Make a study plan</Link> to see the hours you log against the hours
          it plans.
        </p>
      </section>
    );
  }
  return <ChartPanel title={title} summary={burnUpSummary(series)} spec={spec} table={<BurnUpTable series={series} />} />;
}

function burnUpSummary(s: BurnUpSeries): string {
  const first = s.points[0];
  const last = s.points[s.points.length - 1];
  if (first && s.doneHours === 0 && s.plannedByThisWeek === 0)
    return `The plan starts on ${dateText(first.start)}: ${hoursText(s.totalPlanned)} h planned in all.`;
  if (s.currentIndex === null && last)
    return `${hoursText(s.doneHours)} h done of ${hoursText(s.totalPlanned)} h planned; the plan ended on ${dateText(last.end)}.`;
  return `${hoursText(s.doneHours)} h done of ${hoursText(s.plannedByThisWeek)} h planned by the end of this week (${hoursText(s.totalPlanned)} h in the whole plan).`;
}

export function burnUpSpec(s: BurnUpSeries, now: Date): ChartSpec {
  const first = s.points[0];
  // Each point is the total at the end of its week, so it sits where the next week begins; both
  // lines start from 0 h where the plan begins.
  const xs = first ? [localMidnight(first.start).getTime()] : [];
  const planned: (number | null)[] = first ? [0] : [];
  const done: (number | null)[] = first ? [0] : [];
  s.points.forEach((p, i) => {
    const end = nextDay(p.end);
    if (i === s.currentIndex && now.getTime() > (xs.at(-1) ?? -Infinity) && now.getTime() < end) {
      // This week's hours are done by today, not by the week's end: its point sits on the Today line.
      xs.push(now.getTime());
      planned.push(null);
      done.push(p.actualCumulative);
      xs.push(end);
      planned.push(p.plannedCumulative);
      done.push(null);
      return;
    }
    xs.push(end);
    planned.push(p.plannedCumulative);
    done.push(p.actualCumulative);
  });
  return {
    x: { kind: 'time', values: xs },
    y: { min: 0, format: (v) => `${v} h` },
    series: [
      { label: 'Planned, cumulative', values: planned, color: 'muted', style: 'dashed', spanGaps: true },
      { label: 'Done, cumulative', values: done, color: 'accent', style: 'line', points: true },
    ],
    marker: { x: now.getTime(), label: 'Today', color: 'focus' },
  };
}

/** Local midnight after a yyyy-mm-dd day (built from date fields, so a daylight-saving night is no trap). */
function nextDay(isoDate: string): number {
  const d = localMidnight(isoDate);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

function BurnUpTable({ series }: { series: BurnUpSeries }) {
  return (
    <table>
      <caption>Hours planned and done per week, and the totals to the end of each week</caption>
      <thead>
        <tr>
          <th scope="col">Week</th>
          <th scope="col">Planned</th>
          <th scope="col">Planned to date</th>
          <th scope="col">Done</th>
          <th scope="col">Done to date</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((p, i) => (
          <tr key={p.start} aria-current={i === series.currentIndex ? 'date' : undefined}>
            <th scope="row">
              {p.week}: {dateRangeText(p.start, p.end)}
              {i === series.currentIndex && ' (this week)'}
            </th>
            <td>{hoursText(p.plannedHours)} h</td>
            <td>{hoursText(p.plannedCumulative)} h</td>
            <td>{p.actualCumulative === null ? <span className="muted">not yet</span> : `${hoursText(p.actualHours)} h`}</td>
            <td>{p.actualCumulative === null ? <span className="muted">not yet</span> : `${hoursText(p.actualCumulative)} h`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
