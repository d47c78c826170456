import { useEffect, useRef, useState } from 'react';
import type { CpeEntry } from '../../domain/certification/endorsement-cpe';
import { addCpeEntry, TEXT_LIMITS, tooLong, updateCpeEntry, type StoredCpeEntry } from '../../data/certification-repo';
import { calendarDayOf, isCalendarDay } from '../../domain/calendar-day';

interface Draft {
  date: string;
  activity: string;
  group: 'A' | 'B';
  hours: string;
  evidence: string;
}

const draftOf = (e: StoredCpeEntry): Draft => ({ ...e, hours: String(e.hours), evidence: e.evidence ?? '' });

function entryFromDraft(d: Draft): CpeEntry | string[] {
  const errors: string[] = [];
  const hours = Number(d.hours);
  if (!isCalendarDay(d.date)) errors.push('Enter the date of the activity.');
  const activityTooLong = tooLong('activity', d.activity, TEXT_LIMITS.cpeActivity);
  if (d.activity.trim() === '') errors.push('Describe the activity, e.g. "ISC2 webinar: securing LLM agents".');
  else if (activityTooLong) errors.push(activityTooLong);
  if (!(d.hours.trim() !== '' && hours > 0 && hours <= 1000)) errors.push('Enter the hours (one CPE credit per hour), above 0.');
  // The field steps by quarter hours; say so here, since the form turns the browser's own bubble off.
  else if (!Number.isInteger(hours * 4)) errors.push('Enter the hours in quarter-hour steps, e.g. 1, 1.25, 1.5 or 1.75.');
  const evidenceTooLong = tooLong('evidence', d.evidence, TEXT_LIMITS.cpeEvidence);
  if (evidenceTooLong) errors.push(evidenceTooLong);
  if (errors.length > 0) return errors;
  const evidence = d.evidence.trim();
  return { date: d.date, activity: d.activity.trim(), group: d.group, hours, ...(evidence ? { evidence } : {}) };
}

interface Props {
  /** The entry being edited, or null to add one. Give the form a `key` so it resets between entries. */
  entry: StoredCpeEntry | null;
  now: Date;
  onSaved: (text: string) => void;
  onCancel: () => void;
}

/** Log one CPE activity: date, what it was, Group A (security) or B (professional development), hours, evidence. */
export function CpeForm({ entry, now, onSaved, onCancel }: Props) {
  const blank: Draft = { date: calendarDayOf(now), activity: '', group: 'A', hours: '1', evidence: '' };
  const [draft, setDraft] = useState<Draft>(entry ? draftOf(entry) : blank);
  // After a first try the problems follow the fields as they change, so a fixed one never lingers.
  const [tried, setTried] = useState(false);
  const [saveError, setSaveError] = useState('');
  const dateRef = useRef<HTMLInputElement>(null);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const editing = entry !== null;
  const p = editing ? 'edit-cpe' : 'cpe';

  useEffect(() => {
    if (editing) dateRef.current?.focus();
  }, [editing]);

  const checked = entryFromDraft(draft);
  const errors = [...(tried && Array.isArray(checked) ? checked : []), ...(saveError ? [saveError] : [])];

  async function submit() {
    setTried(true);
    setSaveError('');
    if (Array.isArray(checked)) return;
    try {
      if (entry) await updateCpeEntry({ ...checked, id: entry.id });
      else await addCpeEntry(checked);
      setTried(false);
      setDraft(blank);
      onSaved(`${editing ? 'Saved' : 'Logged'} “${checked.activity}”.`);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <form
      aria-labelledby={`${p}-form-title`}
      // The app checks every field and says what is wrong in one place; the browser's bubble would disagree.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${p}-form-title`}>{editing ? 'Edit CPE entry' : 'Log a CPE activity'}</h3>
      <div className="row" style={{ alignItems: 'end' }}>
        <div>
          <label htmlFor={`${p}-date`} style={{ display: 'block' }}>
            Date
          </label>
          <input id={`${p}-date`} ref={dateRef} type="date" value={draft.date} onChange={(e) => set({ date: e.target.value })} />
        </div>
        <div style={{ flex: '1 1 16rem' }}>
          <label htmlFor={`${p}-activity`} style={{ display: 'block' }}>
            Activity
          </label>
          <input
            id={`${p}-activity`}
            type="text"
            value={draft.activity}
            onChange={(e) => set({ activity: e.target.value })}
            style={{ width: '100%' }}
          />
        </div>
        <div>
          <label htmlFor={`${p}-hours`} style={{ display: 'block' }}>
            Hours (credits)
          </label>
          <input
            id={`${p}-hours`}
            type="number"
            min={0.25}
            step={0.25}
            value={draft.hours}
            onChange={(e) => set({ hours: e.target.value })}
            style={{ width: '7rem' }}
          />
        </div>
      </div>
      <fieldset style={{ marginTop: '0.5rem' }}>
        <legend>Group</legend>
        <label className="check inline">
          <input type="radio" name={`${p}-group`} checked={draft.group === 'A'} onChange={() => set({ group: 'A' })} /> Group A: security
          (in the CISSP domains)
        </label>
        <label className="check inline">
          <input type="radio" name={`${p}-group`} checked={draft.group === 'B'} onChange={() => set({ group: 'B' })} /> Group B:
          professional development
        </label>
      </fieldset>
      <label htmlFor={`${p}-evidence`} style={{ display: 'block', marginTop: '0.5rem' }}>
        Evidence (optional: certificate, link or where the proof is kept)
      </label>
      <input
        id={`${p}-evidence`}
        type="text"
        value={draft.evidence}
        onChange={(e) => set({ evidence: e.target.value })}
        style={{ width: '100%' }}
      />
      {errors.length > 0 && (
        <div role="alert" className="banner" style={{ marginTop: '0.5rem' }}>
          <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="row" style={{ marginTop: '0.75rem' }}>
        <button type="submit" className="primary">
          {editing ? 'Save entry' : 'Add CPE entry'}
        </button>
        {editing && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
