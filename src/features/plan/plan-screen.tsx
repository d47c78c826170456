import { blueprints } from '../../domain/exam-blueprints';
import { outlineNotice } from '../../domain/outline-notice';
import { OutlineNotice } from '../../ui/outline-notice';
import { useFocusWhenShown } from '../../ui/use-focus-when-shown';
import { useState } from 'react';
import { appNow } from '../../data/clock';
import { createPlan, replanActive, useActivePlanStatus, usePlans } from '../../data/plan-repo';
import { useSetting } from '../../data/settings-repo';
import { calendarDayOf } from '../../domain/calendar-day';
import { dateTimeText } from '../../domain/day-text';
import type { StudyPlan } from '../../domain/plan/plan-generator';
import { ActionStatus, useActionStatus } from '../../ui/action-status';
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
  const [said, say] = useActionStatus();
  // Cancel puts focus back on "Change dates or hours", which returns with the next render.
  const { target: changeButton, focusWhenShown: refocusChange } = useFocusWhenShown<HTMLButtonElement>(!editing);
  const today = calendarDayOf(now);
  if (status === undefined) return <p>Loading…</p>;
  const exam = status?.plan.input.exam ?? focusExam;
  const run = (work: Promise<StudyPlan | null>, done: string) =>
    void work.then(
      (plan) => {
        setError('');
        setEditing(false);
        // The form or button pressed may be gone: focus the words that say what happened.
        if (plan) say(`${done}: ${plan.weeks.length} weeks, about ${Math.round(plan.totalHours)} h in all.`, true);
      },
      (e: Error) => setError(e.message),
    );
  const cancel = () => {
    setError('');
    say('Nothing changed: the active plan is as it was.');
    refocusChange();
    setEditing(false);
  };
  return (
    <section aria-labelledby="plan-title">
      <h1 id="plan-title">Study plan</h1>
      <OutlineNotice text={outlineNotice(exam, now)} />
      {error && <p role="alert">{error}</p>}
      <ActionStatus {...said} />
      {(!status || editing) && (
        <PlanSetup
          exam={exam}
          today={now}
          initial={editing ? status?.plan.input : undefined}
          submitLabel={status ? 'Re-plan with these settings' : 'Create plan'}
          onSubmit={(input) =>
            status ? run(replanActive(appNow(), input), 'Re-planned with your settings') : run(createPlan(input, appNow()), 'Plan created')
          }
          onCancel={status ? cancel : undefined}
          focusOnOpen={editing}
        />
      )}
      {status && !editing && (
        <>
          <div className="row">
            <button type="button" className="primary" onClick={() => run(replanActive(appNow()), 'Re-planned from what you did')}>
              Re-plan from what I did
            </button>
            <button
              type="button"
              ref={changeButton}
              onClick={() => {
                say('');
                setError('');
                setEditing(true);
              }}
            >
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
                {dateTimeText(p.createdAt)} · {blueprints[p.exam].name} · {p.plan.weeks.length} weeks · {Math.round(p.plan.totalHours)} h ·{' '}
                {p.status === 'active' ? 'active' : 'replaced'}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
