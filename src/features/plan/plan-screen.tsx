import { outlineNotice } from '../../domain/outline-notice';
import { OutlineNotice } from '../../ui/outline-notice';
import { useState } from 'react';
import { appNow } from '../../data/clock';
import { createPlan, replanActive, useActivePlanStatus, usePlans } from '../../data/plan-repo';
import { useSetting } from '../../data/settings-repo';
import { calendarDateOf } from '../../domain/plan/plan-dates';
import { PlanSetup } from './plan-setup';
import { PlanView } from './plan-view';
import { TimeLog } from './time-log';

/** Plan: set up a plan, follow it week by week, log time, re-plan from what was actually done. */
export function PlanScreen() {
  const focusExam = useSetting('focusExam');
  const now = appNow();
  const status = useActivePlanStatus(undefined, now);
  const plans = usePlans();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');
  const today = calendarDateOf(now);
  if (status === undefined) return <p>Loading…</p>;
  const exam = status?.plan.input.exam ?? focusExam;
  const run = (work: Promise<unknown>) =>
    void work.then(
      () => {
        setError('');
        setEditing(false);
      },
      (e: Error) => setError(e.message),
    );
  return (
    <section aria-labelledby="plan-title">
      <h1 id="plan-title">Study plan</h1>
      <OutlineNotice text={outlineNotice(exam, now)} />
      {error && <p role="alert">{error}</p>}
      {(!status || editing) && (
        <PlanSetup
          exam={exam}
          today={now}
          initial={editing ? status?.plan.input : undefined}
          submitLabel={status ? 'Re-plan with these settings' : 'Create plan'}
          onSubmit={(input) => run(status ? replanActive(appNow(), input) : createPlan(input, appNow()))}
        />
      )}
      {status && !editing && (
        <>
          <div className="row">
            <button type="button" className="primary" onClick={() => run(replanActive(appNow()))}>
              Re-plan from what I did
            </button>
            <button type="button" onClick={() => setEditing(true)}>
              Change dates or hours
            </button>
          </div>
          <PlanView status={status} now={now} />
        </>
      )}
      <TimeLog exam={exam} today={today} />
      {plans && plans.length > 1 && (
        <div className="card">
          <h2>Plan history</h2>
          <ul>
            {plans.map((p) => (
              <li key={p.id}>
                {p.createdAt.toLocaleString()} · {p.exam.toUpperCase()} · {p.plan.weeks.length} weeks · {Math.round(p.plan.totalHours)} h ·{' '}
                {p.status === 'active' ? 'active' : 'replaced'}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
