import { memo } from 'react';
import type { ProgressChartData } from '../../data/progress-charts-repo';
import { blueprints } from '../../domain/exam-blueprints';
import { AccuracyPanel } from './accuracy-panel';
import { BurnUpPanel } from './burn-up-panel';
import { CoveragePanel } from './coverage-panel';
import { ForecastPanel } from './forecast-panel';

/**
 * The four Progress charts for one exam, each with a table view of the same numbers. Memoised: the
 * screen's other live queries need not redraw them.
 */
export const ProgressCharts = memo(function ProgressCharts({ data }: { data: ProgressChartData }) {
  const examName = blueprints[data.exam].name;
  return (
    <div className="chart-grid">
      <BurnUpPanel series={data.burnUp} examName={examName} now={data.now} />
      <CoveragePanel coverage={data.coverage} />
      <AccuracyPanel weeks={data.accuracy} />
      <ForecastPanel days={data.forecast} examName={examName} />
    </div>
  );
});
