import { appNow } from '../../data/clock';
import { Link } from 'react-router';
import { blueprints, type ExamId } from '../../domain/exam-blueprints';
import { saveSetting, useSetting } from '../../data/settings-repo';
import { useDueSummary, type DueSummary } from '../../data/study-hooks';
import { shownWeekTask } from '../../domain/plan/plan-tasks';
import { useActivePlanStatus, type PlanStatus } from '../../data/plan-repo';
import { currentWeek } from '../../domain/plan/plan-tracking';
import { useProgress } from '../../data/progress-repo';
import { useReadiness } from '../../data/readiness-repo';
import type { ReadinessReport } from '../../domain/readiness/readiness-report';
import type { AssignmentSummary } from '../../domain/group/assignment-progress';
import { ReadinessPanel } from '../../ui/readiness-panel';
import { useAssignmentSummaries } from '../../data/assignment-practice-repo';
import { AssignmentCards } from '../../ui/assignment-card';
import { countOf, countText } from '../../domain/count-text';
import { QUICK_10_HREF } from '../../domain/study/quick-link';
import { localMidnight } from '../../domain/plan/plan-dates';
import { lazyDateFormat } from '../../ui/lazy-date-format';

/**
 * Today: what is due per domain, today's new-question budget, and one-click ways to start.
 *
 * It appears in one piece, once its four live queries (due summary, plan, readiness, assignments)
 * have all answered: rendering each as it landed grew the page three times, and every section
 * below the readiness panel and the assignments jumped down as they filled in.
 */
export function TodayScreen() {
  const exam = useSetting('focusExam');
  const newLimit = useSetting('dailyNewLimit');
  const now = appNow();
  const summary = useDueSummary(exam, now, newLimit);
  const plan = useActivePlanStatus(exam, now);
  const readiness = useReadiness(exam, now, useProgress(exam, now));
  const assignments = useAssignmentSummaries();
  const ready = summary && plan !== undefined && readiness && assignments;

  return (
    <section aria-labelledby="today-title" aria-busy={ready ? undefined : true}>
      <h1 id="today-title">Today</h1>
      <div className="row" role="group" aria-label="Exam you are studying for">
        {(['cissp', 'cc'] as const).map((x) => (
          <button key={x} type="button" aria-pressed={exam === x} onClick={() => void saveSetting('focusExam', x)}>
            {blueprints[x].name}
          </button>
        ))}
      </div>
      {!ready ? (
        <p>Loading today…</p>
      ) : (
        <TodayBody exam={exam} now={now} summary={summary} plan={plan} readiness={readiness} assignments={assignments} />
      )}
      <p className="muted">Bastion is unofficial and not affiliated with or endorsed by ISC2. Everything you do stays in this browser.</p>
    </section>
  );
}

const shortDate = lazyDateFormat(undefined, { day: 'numeric', month: 'short' });

/** "Aug 24" (the reader's locale): the first day of the plan, from which its studied hours count. */
const planStartText = (plan: PlanStatus) => shortDate().format(localMidnight(plan.plan.weeks[0]?.start ?? plan.plan.input.startDate));

interface TodayBodyProps {
  exam: ExamId;
  now: Date;
  summary: DueSummary;
  plan: PlanStatus | null;
  readiness: ReadinessReport;
  assignments: AssignmentSummary[];
}

function TodayBody({ exam, now, summary, plan, readiness, assignments }: TodayBodyProps) {
  const blueprint = blueprints[exam];
  const newLeft = Math.max(0, summary.newLimit - summary.newToday);
  const week = plan ? currentWeek(plan.plan, now) : undefined;
  return (
    <>
      <div className="grid-2" style={{ marginTop: '1rem' }}>
        <div className="card">
          <h2>Due for review</h2>
          <p className="stat">{countText(summary.dueTotal)}</p>
          <p>
            due now
            {summary.dueLaterToday > 0 &&
              `; ${countText(summary.dueLaterToday)} more ${summary.dueLaterToday === 1 ? 'comes' : 'come'} due later today`}
            .
          </p>
          <p className="muted">
            {summary.poolSize > 0 && summary.seen >= summary.poolSize
              ? `You have answered every ${blueprint.name} question in your bank: no new ones are left.`
              : `${countOf(newLeft, 'new question')} left in today’s budget of ${countText(summary.newLimit)}.`}
          </p>
          <Link to="/review" className="button-link primary">
            Start review
          </Link>
        </div>
        <div className="card">
          <h2>Quick 10</h2>
          <p>Ten questions from the three {blueprint.name} domains where you forget answers most often, over all your reviews so far.</p>
          <Link to={QUICK_10_HREF} className="button-link">
            Start Quick 10
          </Link>
        </div>
        <div className="card">
          <h2>Coverage</h2>
          <p className="stat">
            {countText(summary.seen)} / {countText(summary.poolSize)}
          </p>
          <p className="muted">{blueprint.name} questions answered at least once, of those in your bank.</p>
          <Link to="/bank">Browse the bank</Link>
        </div>
      </div>
      <ReadinessPanel report={readiness} mode="compact" />
      <AssignmentCards assignments={assignments} now={now} show="open" heading="Group assignments" />
      <div className="card">
        <h2>This week</h2>
        {plan === null ? (
          <p>
            No study plan yet. <Link to="/plan">Set one up in under a minute</Link>: it spreads your hours over the domains by exam weight
            and tells you each week what to do.
          </p>
        ) : (
          <>
            <p role="status">
              <strong>
                {plan.track.status === 'behind' ? 'Behind plan' : plan.track.status === 'ahead' ? 'Ahead of plan' : 'On track'}
              </strong>{' '}
              · {Math.round(plan.track.actualHours * 10) / 10} h studied since this plan began on {planStartText(plan)}, of{' '}
              {Math.round(plan.track.plannedHours * 10) / 10} h planned so far. {plan.track.suggestion}
            </p>
            {week && (
              <p>
                This week: {Math.round((plan.actuals[week.index]?.hours ?? 0) * 10) / 10} h done of{' '}
                {Math.round(week.plannedHours * 10) / 10} h planned.
              </p>
            )}
            {week && week.tasks.length > 0 && (
              <p className="muted">
                Your plan’s focus this week, set when the plan was made or last re-planned (re-planning weighs your latest results):
              </p>
            )}
            {week && (
              <ul>
                {week.tasks.map((t) => (
                  <li key={t}>{shownWeekTask(t, { dueNow: summary.dueTotal, comingPerDay: summary.comingPerDay })}</li>
                ))}
              </ul>
            )}
            <Link to="/plan">Open the plan</Link>
          </>
        )}
      </div>
      <div className="card">
        <h2>Due by domain</h2>
        <table>
          <caption className="visually-hidden">Questions due per {blueprint.name} domain</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Exam weight</th>
              <th scope="col">Due now</th>
            </tr>
          </thead>
          <tbody>
            {blueprint.domains.map((d) => (
              <tr key={d.number}>
                <td>
                  {d.number}. {d.title}
                </td>
                <td>{Math.round(d.weight * 100)}%</td>
                <td>{countText(summary.dueByDomain.get(d.number) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
