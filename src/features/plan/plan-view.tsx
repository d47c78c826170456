import { blueprints } from '../../domain/exam-blueprints';
import { calendarDayOf } from '../../domain/calendar-day';
import { dayRangeText, longDayText } from '../../domain/day-text';
import { currentWeek } from '../../domain/plan/plan-tracking';
import { budgetFit, expectedHours } from '../../domain/plan/study-need';
import type { PlanStatus } from '../../data/plan-repo';
import { useReviewLoad } from '../../data/study-hooks';
import { TableScroll } from '../../ui/table-scroll';
import { shownWeekTask } from '../../domain/plan/plan-tasks';

const statusText = { ahead: 'Ahead of plan', 'on-track': 'On track', behind: 'Behind plan' } as const;
const phaseText = { 'first-pass': 'First pass', reinforcement: 'Reinforcement', 'final-review': 'Final review and mock exams' } as const;
const h = (x: number) => `${Math.round(x * 10) / 10} h`;

/** How much of the bank the learner has seen against the plan's ramp, in words: "you have seen 10% of the questions in your bank; the plan expects 57% by now." */
function coverageText(actual: number, planned: number): string {
  const seen = `you have seen ${Math.round(actual * 100)}% of the questions in your bank`;
  return actual >= planned ? `${seen}, as the plan expects by now.` : `${seen}; the plan expects ${Math.round(planned * 100)}% by now.`;
}

/** The active plan: on-track status, this week's work, and every week with planned and actual hours. */
export function PlanView({ status, now }: { status: PlanStatus; now: Date }) {
  const { plan, actuals, track } = status;
  const week = currentWeek(plan, now);
  const today = calendarDayOf(now);
  // The plan's review rate comes from its hours; the week on screen says what is actually due.
  const load = useReviewLoad(plan.input.exam, now);
  const behind = track.status === 'behind' || track.finishesByExam === false;
  const fit = budgetFit(plan.totalHours, expectedHours(plan.input.exam, plan.input.background), behind);
  return (
    <>
      <div className="grid-2">
        <div className="card">
          <h2>{statusText[track.status]}</h2>
          <p>
            {h(track.actualHours)} studied of {h(track.plannedHours)} planned so far ·{' '}
            {coverageText(track.actualCoverage, track.plannedCoverage)}
          </p>
          <p>
            {track.projectedFinish
              ? `At your pace (${h(track.paceHoursPerWeek ?? 0)}/week) you finish the plan’s hours on ${longDayText(track.projectedFinish)}${track.finishesByExam ? ', before the exam.' : ' — after the exam date.'}`
              : 'Your pace shows once the first study day is over.'}
          </p>
          <p>
            <strong>This week:</strong> {track.suggestion}
          </p>
        </div>
        <div className="card">
          <h2>{blueprints[plan.input.exam].name} plan</h2>
          <p>
            {longDayText(plan.input.startDate)} → exam {longDayText(plan.input.examDate)} · {plan.weeks.length} weeks · {h(plan.totalHours)}{' '}
            in all · {plan.input.hoursPerWeek} h/week
          </p>
          <p className="muted">{fit.message}</p>
        </div>
      </div>
      {week && (
        <div className="card">
          <h2>
            Week {week.index + 1}: {phaseText[week.phase]} ({dayRangeText(week.start, week.end)})
          </h2>
          <p>
            {h(actuals[week.index]?.hours ?? 0)} done of {h(week.plannedHours)} planned this week.
          </p>
          <ul>
            {week.tasks.map((t) => (
              <li key={t}>{shownWeekTask(t, load)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="card">
        <h2>Week by week</h2>
        <TableScroll label="Week by week (scrolls sideways)">
          <table>
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col">Dates</th>
                <th scope="col">Phase</th>
                <th scope="col">Planned</th>
                <th scope="col">Done</th>
                <th scope="col">Mock exams planned</th>
                <th scope="col">Main domains</th>
              </tr>
            </thead>
            <tbody>
              {plan.weeks.map((w) => {
                const top = Object.entries(w.domainHours)
                  .sort(([, a], [, b]) => b - a)
                  .slice(0, 3)
                  .map(([d]) => `D${d}`)
                  .join(', ');
                return (
                  <tr key={w.index} aria-current={week?.index === w.index ? 'date' : undefined}>
                    <td>{w.index + 1}</td>
                    {/* One line per week: a range broken inside a date ("24 –" / "30 Aug") reads badly on a phone. */}
                    <td style={{ whiteSpace: 'nowrap' }}>{dayRangeText(w.start, w.end)}</td>
                    <td>{phaseText[w.phase]}</td>
                    <td>{h(w.plannedHours)}</td>
                    <td>{w.end < today || week?.index === w.index ? h(actuals[w.index]?.hours ?? 0) : '–'}</td>
                    <td>{w.mockExams}</td>
                    <td>{top}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </>
  );
}
