import { memo } from 'react';
import { appNow } from '../../data/clock';
import { useProgressCharts } from '../../data/progress-charts-repo';
import { blueprints, type ExamId } from '../../domain/exam-blueprints';
import { AccuracyPanel } from './accuracy-panel';
import { BurnUpPanel } from './burn-up-panel';
import { CoveragePanel } from './coverage-panel';
import { ForecastPanel } from './forecast-panel';

/**
 * The four Progress charts for one exam, each with a table view of the same numbers. Memoised: its
 * data comes from its own live query, so the screen's other queries need not redraw it.
 */
export const ProgressCharts = memo(function ProgressCharts({ exam }: { exam: ExamId }) {
  const data = useProgressCharts(exam, appNow());
  const examName = blueprints[exam].name;
  if (!data) return <p>Loading charts…</p>;
  return (
    <div className="chart-grid">
      <BurnUpPanel series={data.burnUp} examName={examName} now={data.now} />
      <CoveragePanel coverage={data.coverage} />
      <AccuracyPanel weeks={data.accuracy} />
      <ForecastPanel days={data.forecast} examName={examName} />
    </div>
  );
});
