import { useMemo } from 'react';
import type { AccuracyWeek } from '../../domain/progress/chart-series';
import { ChartPanel } from '../../ui/chart-panel';
import type { ChartSpec } from '../../ui/chart';
import { dateText, percentText } from './chart-format';
import { countText } from '../../domain/count-text';

/** Weekly accuracy with its Wilson 95% interval as whiskers; weeks without answers are gaps. */
export function AccuracyPanel({ weeks }: { weeks: AccuracyWeek[] }) {
  const answered = weeks.some((w) => w.answered > 0);
  const spec = useMemo(() => (answered ? accuracySpec(weeks) : null), [weeks, answered]);
  return (
    <ChartPanel
      title={`Accuracy by week, last ${weeks.length} weeks`}
      summary={accuracySummary(weeks)}
      spec={spec}
      table={<AccuracyTable weeks={weeks} />}
    >
      {answered && (
        <p className="muted">
          Whiskers are Wilson 95% intervals: a week with few answers has a wide one. Weeks with no answers are left empty.
        </p>
      )}
    </ChartPanel>
  );
}

function accuracySummary(weeks: AccuracyWeek[]): string {
  const latest = [...weeks].reverse().find((w) => w.answered > 0);
  if (!latest || latest.accuracy === null || latest.low === null || latest.high === null)
    return `No answers in the last ${weeks.length} weeks yet: practise, and your weekly accuracy appears here.`;
  const withAnswers = weeks.filter((w) => w.answered > 0).length;
  const when = latest === weeks[weeks.length - 1] ? 'This week' : `Week of ${dateText(latest.start)}`;
  return `${when}: ${percentText(latest.accuracy)} of ${latest.answered} answers (95% interval ${percentText(latest.low)}–${percentText(latest.high)}); ${withAnswers} of the last ${weeks.length} weeks have answers.`;
}

function accuracySpec(weeks: AccuracyWeek[]): ChartSpec {
  const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);
  return {
    x: { kind: 'time', values: weeks.map((w) => w.startAt.getTime()) },
    y: { min: 0, max: 100, format: (v) => `${v}%` },
    series: [{ label: 'Accuracy', values: weeks.map((w) => pct(w.accuracy)), color: 'accent', style: 'line', points: true }],
    whiskers: { label: '95% interval', low: weeks.map((w) => pct(w.low)), high: weeks.map((w) => pct(w.high)), color: 'muted' },
  };
}

function AccuracyTable({ weeks }: { weeks: AccuracyWeek[] }) {
  return (
    <table>
      <caption>Accuracy per week, newest first, with its Wilson 95% interval</caption>
      <thead>
        <tr>
          <th scope="col">Week of</th>
          <th scope="col">Correct / answered</th>
          <th scope="col">Accuracy (95% interval)</th>
        </tr>
      </thead>
      <tbody>
        {[...weeks].reverse().map((w) => (
          <tr key={w.start}>
            <th scope="row">{dateText(w.start)}</th>
            <td>
              {countText(w.correct)} / {countText(w.answered)}
            </td>
            <td>
              {w.accuracy === null || w.low === null || w.high === null ? (
                <span className="muted">no answers</span>
              ) : (
                `${percentText(w.accuracy)} (${percentText(w.low)}–${percentText(w.high)})`
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
