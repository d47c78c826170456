import { useMemo } from 'react';
import type { ForecastDay } from '../../domain/progress/chart-series';
import { ChartPanel } from '../../ui/chart-panel';
import type { ChartSpec } from '../../ui/chart';
import { dayText } from './chart-format';
import { countText } from '../../domain/count-text';

const title = 'Review forecast';

/** Cards due per day for the coming days; overdue cards count today. */
export function ForecastPanel({ days, examName }: { days: ForecastDay[]; examName: string }) {
  const total = days.reduce((s, d) => s + d.due, 0);
  const spec = useMemo(() => (total > 0 ? forecastSpec(days) : null), [days, total]);
  const overdue = days[0]?.overdue ?? 0;
  return (
    <ChartPanel title={title} summary={forecastSummary(days, total, examName)} spec={spec} table={<ForecastTable days={days} />}>
      {spec && overdue > 0 && (
        <p className="muted">
          The bars leave out the {countText(overdue)} overdue {overdue === 1 ? 'card' : 'cards'}, so that one backlog does not flatten the
          days ahead; the table counts {overdue === 1 ? 'it' : 'them'} in today.
        </p>
      )}
    </ChartPanel>
  );
}

export function forecastSummary(days: ForecastDay[], total: number, examName: string): string {
  if (total === 0)
    return `No ${examName} reviews are due in the next ${days.length} days. Every question you answer comes back here when it is due.`;
  const today = days[0];
  const week = days.slice(0, 7).reduce((s, d) => s + d.due, 0);
  const overdue = today && today.overdue > 0 ? ` (${countText(today.overdue)} of them overdue from earlier days)` : '';
  return `${countText(today?.due ?? 0)} due by the end of today${overdue}, ${countText(week)} in the next 7 days, ${countText(total)} in the next ${days.length} days.`;
}

/** The bars: cards coming due each day. Overdue cards are said in words, not drawn (see the panel's note). */
export function forecastSpec(days: ForecastDay[]): ChartSpec {
  return {
    x: { kind: 'time', values: days.map((d) => d.startAt.getTime()) },
    y: { min: 0, integer: true, format: (v) => String(v) },
    series: [{ label: 'Cards coming due that day', values: days.map((d) => d.due - d.overdue), color: 'accent', style: 'bars' }],
  };
}

function ForecastTable({ days }: { days: ForecastDay[] }) {
  return (
    <table>
      <caption>Cards due per day; today includes every overdue card</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Cards due</th>
        </tr>
      </thead>
      <tbody>
        {days.map((d, i) => (
          <tr key={d.date}>
            <th scope="row">
              {dayText(d.date)}
              {i === 0 && ' (today)'}
            </th>
            <td>
              {countText(d.due)}
              {d.overdue > 0 && ` (${countText(d.overdue)} overdue)`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
