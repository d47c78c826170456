import { useEffect, useId, useState, type ReactNode } from 'react';
import type { ChartSpec } from './chart';
import { TableScroll } from './table-scroll';

type ChartModule = typeof import('./chart');

// uPlot and its CSS come with the chart module, fetched when the first chart shows, never at first load.
let chartModule: ChartModule | undefined;
let chartModuleLoad: Promise<ChartModule> | undefined;
const loadChartModule = () =>
  (chartModuleLoad ??= import('./chart')
    .then((m) => (chartModule = m))
    .catch((error: unknown) => {
      chartModuleLoad = undefined; // a later chart may try again
      throw error;
    }));

// Fetched as this module loads, which only a screen with charts imports: the chart module then
// arrives while the charts' data is read, not after it (on Progress it came ~60 ms after its data).
loadChartModule().catch(() => {}); // the panels report a failure

/**
 * The chart module once loaded: at once if it already is. Not React.lazy with Suspense: React holds
 * a fallback on screen for at least ~300 ms once shown, and the charts waited for that every time
 * Progress opened, the module long loaded (they appeared ~260 ms after everything else).
 */
function useChartModule(): ChartModule | 'failed' | undefined {
  const [loaded, setLoaded] = useState<ChartModule | 'failed' | undefined>(chartModule);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    loadChartModule().then(
      (m) => current && setLoaded(m),
      () => current && setLoaded('failed'),
    );
    return () => {
      current = false;
    };
  }, [loaded]);
  return loaded;
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
          <TableScroll label={`${title} as a table (scrolls sideways)`}>{table}</TableScroll>
        ) : (
          <ChartOrStatus spec={spec} label={`${title}: ${summary}`} height={height} />
        ))}
    </section>
  );
}

function ChartOrStatus({ spec, label, height }: { spec: ChartSpec; label: string; height: number }) {
  const loaded = useChartModule();
  if (loaded === 'failed')
    return <p className="chart-loading muted">The chart could not be loaded: “Show as table” has the same numbers.</p>;
  if (!loaded) return <p className="chart-loading muted">Loading chart…</p>;
  return <loaded.Chart spec={spec} label={label} height={height} />;
}
