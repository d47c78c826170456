import { useState } from 'react';
import { isCalendarDay } from '../../domain/calendar-day';

interface Props {
  id: string;
  label: string;
  initial: string | null;
  help?: string;
  /** The last day allowed ('yyyy-mm-dd'), with what to say when a later one is entered; it is not saved. */
  latest?: { day: string; message: string };
  onCommit: (day: string | null) => void;
}

/**
 * A date input that saves as soon as it holds a whole date (or is cleared). It keeps its own state
 * because the saved value comes back from IndexedDB a moment later: binding the input straight to
 * it would reset the field between keystrokes.
 */
export function DateField({ id, label, initial, help, latest, onCommit }: Props) {
  const [value, setValue] = useState(initial ?? '');
  const tooLate = latest !== undefined && isCalendarDay(value) && value > latest.day;
  const describedBy = [help ? `${id}-help` : '', tooLate ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div>
      <label htmlFor={id} style={{ display: 'block' }}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={value}
        min="1950-01-01"
        max={latest?.day}
        aria-describedby={describedBy || undefined}
        aria-invalid={tooLate || undefined}
        onChange={(e) => {
          const next = e.target.value;
          setValue(next);
          if (next === '') onCommit(null);
          else if (isCalendarDay(next) && next >= '1950-01-01' && !(latest && next > latest.day)) onCommit(next);
        }}
      />
      {tooLate && (
        <p id={`${id}-error`} role="alert" className="banner" style={{ marginTop: '0.25rem' }}>
          {latest.message}
        </p>
      )}
      {help && (
        <p id={`${id}-help`} className="muted" style={{ marginTop: '0.25rem' }}>
          {help}
        </p>
      )}
    </div>
  );
}
