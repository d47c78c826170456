import { useMemo } from 'react';
import type { DomainCoverage } from '../../domain/progress/chart-series';
import { ChartPanel } from '../../ui/chart-panel';
import type { ChartSpec } from '../../ui/chart';
import { percentText } from './chart-format';
import { countText } from '../../domain/count-text';

const title = 'Coverage by domain';

/**
 * Questions seen and objectives touched per domain, as grouped uPlot bars. The x labels are the
 * short "D1"…"D8", which stay legible side by side even at 360 px (eight labels of two characters
 * in about 280 px); the full domain names are in the table view and in the tables below, so the
 * chart does not need horizontal HTML bars to be readable.
 */
export function CoveragePanel({ coverage }: { coverage: DomainCoverage[] }) {
  const spec = useMemo(() => coverageSpec(coverage), [coverage]);
  return <ChartPanel title={title} summary={coverageSummary(coverage)} spec={spec} table={<CoverageTable coverage={coverage} />} />;
}

function coverageSummary(coverage: DomainCoverage[]): string {
  const sum = (f: (d: DomainCoverage) => number) => coverage.reduce((s, d) => s + f(d), 0);
  const seen = sum((d) => d.seen);
  const inBank = sum((d) => d.inBank);
  const touched = sum((d) => d.objectivesTouched);
  const objectives = sum((d) => d.objectivesTotal);
  const share = inBank > 0 ? ` (${percentText(seen / inBank)})` : '';
  return `${countText(seen)} of ${countText(inBank)} questions seen${share}; ${touched} of ${objectives} objectives touched.${seen > 0 ? gapText(coverage) : ''}`;
}

/** The domains not started yet, or else the least covered one (nothing once every question is seen). */
function gapText(coverage: DomainCoverage[]): string {
  const inBank = coverage.filter((d) => d.inBank > 0);
  const notStarted = inBank.filter((d) => d.seen === 0).map((d) => `D${d.domain}`);
  if (notStarted.length > 0) return ` Not started yet: ${listText(notStarted)}.`;
  const least = [...inBank].sort((a, b) => a.questionShare - b.questionShare || a.domain - b.domain)[0];
  return least && least.questionShare < 1 ? ` Least covered: D${least.domain}, ${percentText(least.questionShare)} of its questions.` : '';
}

const listText = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

function coverageSpec(coverage: DomainCoverage[]): ChartSpec {
  const pct = (x: number) => Math.round(x * 1000) / 10;
  return {
    x: { kind: 'category', labels: coverage.map((d) => `D${d.domain}`) },
    y: { min: 0, max: 100, format: (v) => `${v}%` },
    series: [
      { label: 'Questions seen', values: coverage.map((d) => pct(d.questionShare)), color: 'accent', style: 'bars', barSide: -1 },
      { label: 'Objectives touched', values: coverage.map((d) => pct(d.objectiveShare)), color: 'focus', style: 'bars', barSide: 1 },
    ],
  };
}

function CoverageTable({ coverage }: { coverage: DomainCoverage[] }) {
  return (
    <table>
      <caption>Questions seen of those in the bank, and objectives touched, per domain</caption>
      <thead>
        <tr>
          <th scope="col">Domain</th>
          <th scope="col">Questions seen</th>
          <th scope="col">Objectives touched</th>
        </tr>
      </thead>
      <tbody>
        {coverage.map((d) => (
          <tr key={d.domain}>
            <th scope="row">
              D{d.domain}. {d.title}
            </th>
            <td>
              {countText(d.seen)} / {countText(d.inBank)} ({percentText(d.questionShare)})
            </td>
            <td>
              {d.objectivesTouched} / {d.objectivesTotal} ({percentText(d.objectiveShare)})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
