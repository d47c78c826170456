import { useState } from 'react';
import { MAX_REMINDER_DAYS, saveBackupReminderDays } from '../../data/backup-repo';

/**
 * The reminder interval. The field keeps what is typed until it leaves focus, so clearing it to
 * type a new number does not save 0 (which turns the reminder off) on the way.
 */
export function BackupReminderDays({ days }: { days: number }) {
  const [draft, setDraft] = useState<string | null>(null);
  const valid = (text: string) => /^\d+$/.test(text) && Number(text) <= MAX_REMINDER_DAYS;
  return (
    <p>
      <label htmlFor="backup-reminder-days" style={{ display: 'block' }}>
        Remind me to back up after this many days without one
      </label>
      <input
        id="backup-reminder-days"
        type="number"
        min={0}
        max={MAX_REMINDER_DAYS}
        step={1}
        value={draft ?? String(days)}
        aria-describedby="backup-reminder-help"
        aria-invalid={draft !== null && !valid(draft)}
        onChange={(e) => {
          setDraft(e.target.value);
          if (valid(e.target.value)) void saveBackupReminderDays(Number(e.target.value));
        }}
        onBlur={() => setDraft(null)}
      />
      <span id="backup-reminder-help" className="muted">
        {' '}
        0 turns the reminder off; up to {MAX_REMINDER_DAYS}.
      </span>
    </p>
  );
}
