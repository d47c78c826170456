import { useState } from 'react';
import { isRealDay } from './format-day';

interface Props {
  id: string;
  label: string;
  initial: string | null;
  help?: string;
  onCommit: (day: string | null) => void;
}

/**
 * A date input that saves as soon as it holds a whole date (or is cleared). It keeps its own state
 * because the saved value comes back from IndexedDB a moment later: binding the input straight to
 * it would reset the field between keystrokes.
 */
export function DateField({ id, label, initial, help, onCommit }: Props) {
  const [value, setValue] = useState(initial ?? '');
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
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => {
          const next = e.target.value;
          setValue(next);
          if (next === '') onCommit(null);
          else if (isRealDay(next) && next >= '1950-01-01') onCommit(next);
        }}
      />
      {help && (
        <p id={`${id}-help`} className="muted" style={{ marginTop: '0.25rem' }}>
          {help}
        </p>
      )}
    </div>
  );
}
