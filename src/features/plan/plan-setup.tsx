import { ExamRadios } from '../../ui/exam-radios';
import { useEffect, useRef, useState } from 'react';
import type { ExamId } from '../../domain/exam-blueprints';
import { addDays, addMonths } from '../../domain/plan/plan-dates';
import { calendarDayOf } from '../../domain/calendar-day';
import { defaultPlanInput, studyDayCount, validatePlanInput, type PlanInput } from '../../domain/plan/plan-input';
import { backgroundLabels, backgrounds, budgetFit, expectedHours } from '../../domain/plan/study-need';
import { numberOrNaN, shownNumber } from './number-input';

const dayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const durations: Record<ExamId, { label: string; months?: number; weeks?: number }[]> = {
  cissp: [
    { label: '4 months', months: 4 },
    { label: '5 months', months: 5 },
    { label: '6 months', months: 6 },
  ],
  cc: [
    { label: '4 weeks', weeks: 4 },
    { label: '6 weeks', weeks: 6 },
    { label: '8 weeks', weeks: 8 },
  ],
};

interface Props {
  exam: ExamId;
  today: Date;
  initial?: PlanInput;
  submitLabel: string;
  onSubmit: (input: PlanInput) => void;
  /** Shown as a Cancel button when given: closes the form and changes nothing. */
  onCancel?: () => void;
  /** Opened by a button further up: bring the keyboard to the form's heading. */
  focusOnOpen?: boolean;
}

/** Plan set-up in under a minute: sensible defaults, the budget against the usual need, plain warnings. */
export function PlanSetup({ exam, today, initial, submitLabel, onSubmit, onCancel, focusOnOpen = false }: Props) {
  const [input, setInput] = useState<PlanInput>(initial ?? defaultPlanInput(exam, today));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);
  const set = (patch: Partial<PlanInput>) => setInput((prev) => ({ ...prev, ...patch }));
  const problems = validatePlanInput(input, calendarDayOf(today));
  const totalHours = problems.length === 0 ? (studyDayCount(input) / Math.max(1, input.studyDays.length)) * input.hoursPerWeek : 0;
  const need = expectedHours(input.exam, input.background);
  const fit = problems.length === 0 ? budgetFit(totalHours, need) : undefined;
  return (
    <form
      className="card"
      aria-labelledby="plan-setup-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (problems.length === 0) onSubmit(input);
      }}
    >
      <h2 id="plan-setup-title" ref={heading} tabIndex={-1}>
        Your study plan
      </h2>
      <div className="grid-2">
        <ExamRadios
          name="plan-exam"
          value={input.exam}
          onChange={(x) => setInput({ ...defaultPlanInput(x, today), background: input.background })}
        />
        <fieldset>
          <legend>Your background</legend>
          {backgrounds.map((b) => (
            <label key={b} className="check">
              <input type="radio" name="plan-background" checked={input.background === b} onChange={() => set({ background: b })} />{' '}
              {backgroundLabels[b]}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor="plan-start">Start date</label>
          <input id="plan-start" type="date" value={input.startDate} onChange={(e) => set({ startDate: e.target.value })} />
          <label htmlFor="plan-exam-date" style={{ display: 'block', marginTop: '0.5rem' }}>
            Exam date
          </label>
          <input id="plan-exam-date" type="date" value={input.examDate} onChange={(e) => set({ examDate: e.target.value })} />
          <div className="row" role="group" aria-label="Or pick a duration" style={{ marginTop: '0.5rem' }}>
            {durations[input.exam].map((d) => (
              <button
                key={d.label}
                type="button"
                onClick={() =>
                  set({ examDate: d.months ? addMonths(input.startDate, d.months) : addDays(input.startDate, (d.weeks ?? 6) * 7) })
                }
              >
                {d.label}
              </button>
            ))}
          </div>
        </div>
        <div>
          <label htmlFor="plan-hours">Hours per week (1–40)</label>
          <input
            id="plan-hours"
            type="number"
            min={1}
            max={40}
            value={shownNumber(input.hoursPerWeek)}
            onChange={(e) => set({ hoursPerWeek: numberOrNaN(e.target.value) })}
          />
          <fieldset style={{ marginTop: '0.5rem' }}>
            <legend>Study days</legend>
            {dayNames.map((name, day) => (
              <label key={name} className="check inline">
                <input
                  type="checkbox"
                  checked={input.studyDays.includes(day)}
                  onChange={() =>
                    set({
                      studyDays: input.studyDays.includes(day)
                        ? input.studyDays.filter((d) => d !== day)
                        : [...input.studyDays, day].sort(),
                    })
                  }
                />{' '}
                {name}
              </label>
            ))}
          </fieldset>
        </div>
      </div>
      {problems.length > 0 ? (
        <div role="alert" className="banner">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status" className={fit?.fit === 'short' ? 'banner' : ''}>
          {fit?.message} <span className="muted">Usual range — {need.source}</span>
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={problems.length > 0}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
