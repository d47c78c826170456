import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import type { ChartSpec } from './chart';

// uPlot and its CSS come with the chart module, fetched when the first chart shows, never at first load.
const loadChartModule = () => import('./chart');
const Chart = lazy(() => loadChartModule().then((m) => ({ default: m.Chart })));

/**
 * Starts fetching the chart module now. A screen of charts calls it as it mounts, so the module
 * arrives while the charts' data is read, not after (on Progress it came ~60 ms after its data).
 */
export function preloadCharts(): void {
  void loadChartModule();
}

interface Props {
  title: string;
  /** One sentence with the key numbers: shown under the title and read as the chart's label. */
  summary: string;
  /** Null when there is nothing to draw; `children` then say why. */
  spec: ChartSpec | null;
  /** The same numbers as an HTML table with a caption: the chart's text alternative. */
  table: ReactNode;
  height?: number;
  children?: ReactNode;
}

/**
 * A card with a chart and its table. The toggle keeps one label, "Show as table", and carries its
 * state in aria-pressed: a label that also changed would announce the state twice and contradict it.
 */
export function ChartPanel({ title, summary, spec, table, height = 220, children }: Props) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <section className="card chart-panel" aria-labelledby={headingId}>
      <div className="chart-panel-head">
        <h2 id={headingId}>{title}</h2>
        {spec && (
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            Show as table
          </button>
        )}
      </div>
      <p>{summary}</p>
      {children}
      {spec &&
        (asTable ? (
          <div className="table-scroll">{table}</div>
        ) : (
          <Suspense fallback={<p className="chart-loading muted">Loading chart…</p>}>
            <Chart spec={spec} label={`${title}: ${summary}`} height={height} />
          </Suspense>
        ))}
    </section>
  );
}
