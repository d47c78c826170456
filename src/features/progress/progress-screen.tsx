import { blueprints } from '../../domain/exam-blueprints';
import { wilsonInterval } from '../../domain/plan/progress-math';
import { appNow } from '../../data/clock';
import { useActivePlanStatus } from '../../data/plan-repo';
import {
  useAllTimeAccuracy,
  useProgress,
  type AllTimeAccuracy,
  type AnswerTotal,
  type ProgressData,
  type Tally,
} from '../../data/progress-repo';
import { saveSetting, useSetting } from '../../data/settings-repo';
import { ProgressCharts } from './progress-charts';
import { useProgressCharts } from '../../data/progress-charts-repo';
import { memo } from 'react';
import { useReadiness } from '../../data/readiness-repo';
import { ReadinessPanel } from '../../ui/readiness-panel';
import { percent } from '../../domain/readiness/readiness-format';
import { countText } from '../../domain/count-text';
import { dateText, hoursText } from './chart-format';

/** Accuracy with its Wilson 95% interval, or a plain "no answers yet". */
function Accuracy({ correct, attempts }: AnswerTotal) {
  if (attempts === 0) return <span className="muted">no answers yet</span>;
  const w = wilsonInterval(correct, attempts);
  return (
    <span>
      {percent(w.estimate)}{' '}
      <span className="muted">
        ({percent(w.low)}–{percent(w.high)}, n={countText(attempts)})
      </span>
    </span>
  );
}

const seenText = (t: Tally) => `${countText(t.seen)} / ${countText(t.inBank)}`;
const none: AnswerTotal = { attempts: 0, correct: 0 };

/** Progress: per domain and objective, what is covered, how accurate, how well retained, how much time. */
export function ProgressScreen() {
  const exam = useSetting('focusExam');
  const now = appNow();
  const data = useProgress(exam, now);
  const plan = useActivePlanStatus(exam, now);
  const readiness = useReadiness(exam, now, data);
  const charts = useProgressCharts(exam, now);
  const allTime = useAllTimeAccuracy(exam, now);
  // One render once every figure is in, not four as each query lands: each partial render pushed
  // the page's content down (layout shift) and cost its own style, layout and paint.
  const ready = data && readiness && charts && allTime && plan !== undefined;
  return (
    <section aria-labelledby="progress-title" aria-busy={ready ? undefined : true}>
      <h1 id="progress-title">Progress</h1>
      <div className="row" role="group" aria-label="Exam">
        {(['cissp', 'cc'] as const).map((x) => (
          <button key={x} type="button" aria-pressed={exam === x} onClick={() => void saveSetting('focusExam', x)}>
            {blueprints[x].name}
          </button>
        ))}
      </div>
      {!ready ? (
        <p>Loading progress…</p>
      ) : (
        <>
          {plan && (
            <p className="card" role="status">
              <strong>
                {plan.track.status === 'behind' ? 'Behind plan.' : plan.track.status === 'ahead' ? 'Ahead of plan.' : 'On track.'}
              </strong>{' '}
              {hoursText(plan.track.actualHours)} h studied since this plan began on{' '}
              {dateText(plan.plan.weeks[0]?.start ?? plan.plan.input.startDate)}, of {hoursText(plan.track.plannedHours)} h planned so far.{' '}
              {plan.track.suggestion}
            </p>
          )}
          <ReadinessPanel report={readiness} mode="full" />
          <ProgressCharts data={charts} />
          <ProgressTables data={data} allTime={allTime} hasPlan={plan !== null} />
        </>
      )}
    </section>
  );
}

/**
 * The domain and objective tables. Memoised: the screen renders again as each of its live queries
 * (plan, readiness, charts) resolves, and these ~80 rows only change with the progress and all-time figures.
 */
const ProgressTables = memo(function ProgressTables({
  data,
  allTime,
  hasPlan,
}: {
  data: ProgressData;
  allTime: AllTimeAccuracy;
  /** With a plan, the footnote says why its hours are fewer than these (it counts its own weeks only). */
  hasPlan: boolean;
}) {
  const blueprint = blueprints[data.exam];
  return (
    <>
      <div className="card" style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label="Progress by domain (scrolls sideways)">
        <h2>By domain</h2>
        <table>
          <caption className="visually-hidden">{blueprint.name} progress per domain</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Questions seen</th>
              <th scope="col">Objectives touched</th>
              <th scope="col">Accuracy, all time (95% interval)</th>
              <th scope="col">Accuracy, last 30 days</th>
              <th scope="col">Recall now (FSRS)</th>
              <th scope="col">Hours logged to this domain</th>
            </tr>
          </thead>
          <tbody>
            {data.domains.map((d) => (
              <tr key={d.domain}>
                <th scope="row">
                  {d.domain}. {d.title} <span className="muted">({percent(d.weight)})</span>
                </th>
                <td>{seenText(d)}</td>
                <td>
                  {d.objectivesTouched} / {d.objectivesTotal}
                </td>
                <td>
                  <Accuracy {...(allTime.domains.get(d.domain) ?? none)} />
                </td>
                <td>
                  <Accuracy correct={d.recentCorrect} attempts={d.recentAttempts} />
                </td>
                <td>{d.meanRetrievability === null ? <span className="muted">not studied yet</span> : percent(d.meanRetrievability)}</td>
                <td>{Math.round((d.minutes / 60) * 10) / 10}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          {data.unassignedMinutes > 0 &&
            `${hoursText(data.unassignedMinutes / 60)} h (sessions across several domains, and “all domains” entries) is not tied to one domain. `}
          {hoursText(data.totalMinutes / 60)} h logged in all, since you began{hasPlan ? ' (the plan counts only its own weeks)' : ''}.
          Intervals are Wilson 95% intervals: with few answers they are wide, and that is the honest answer.
        </p>
      </div>
      <div className="card">
        <h2>By objective</h2>
        {blueprint.domains.map((d) => (
          <details key={d.number}>
            <summary>
              Domain {d.number}: {d.title}
            </summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">Objective</th>
                  <th scope="col">Seen</th>
                  <th scope="col">Accuracy (95% interval)</th>
                </tr>
              </thead>
              <tbody>
                {data.objectives
                  .filter((o) => o.domain === d.number)
                  .map((o) => (
                    <tr key={o.id}>
                      <th scope="row">
                        {o.id} {o.title}
                      </th>
                      <td>{seenText(o)}</td>
                      <td>
                        <Accuracy {...(allTime.objectives.get(o.id) ?? none)} />
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </details>
        ))}
      </div>
    </>
  );
});
