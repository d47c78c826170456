import { useEffect, useRef, useState } from 'react';
import { blueprints } from '../../domain/exam-blueprints';
import type { JobKind } from '../../domain/certification/experience';
import { saveJob, type StoredJob } from '../../data/certification-repo';
import { draftFromJob, emptyJobDraft, jobFromDraft, MAX_HOURS_PER_WEEK, type JobDraft } from './job-draft';

const kinds: { value: JobKind; label: string }[] = [
  { value: 'full-time', label: 'Full time' },
  { value: 'part-time', label: 'Part time' },
  { value: 'internship', label: 'Internship' },
];

interface Props {
  /** The job being edited, or null to add a new one. Give the form a `key` so it resets between jobs. */
  job: StoredJob | null;
  onSaved: (title: string) => void;
  onCancel: () => void;
}

/** Add or edit one job: title, dates, kind of work and the CISSP domains it covered. */
export function JobForm({ job, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<JobDraft>(job ? draftFromJob(job) : emptyJobDraft);
  const [errors, setErrors] = useState<string[]>([]);
  const titleRef = useRef<HTMLInputElement>(null);
  const set = (change: Partial<JobDraft>) => setDraft((d) => ({ ...d, ...change }));
  const editing = job !== null;
  const prefix = editing ? 'edit-job' : 'job';

  // Editing starts from a button further down the page: bring the keyboard to the form.
  useEffect(() => {
    if (editing) titleRef.current?.focus();
  }, [editing]);

  async function submit() {
    const result = jobFromDraft(draft);
    if (result.job === null) return setErrors(result.errors);
    try {
      await saveJob({ ...result.job, ...(job ? { id: job.id } : {}) });
      setErrors([]);
      setDraft(emptyJobDraft);
      onSaved(result.job.title);
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    }
  }

  return (
    <form
      aria-labelledby={`${prefix}-form-title`}
      // The app checks every field and says what is wrong in one place (hours between 1 and 40, any
      // fraction); the browser's bubble for min, max or the arrows' half-hour step would disagree.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${prefix}-form-title`}>{editing ? `Edit “${job.title}”` : 'Add a job'}</h3>
      <label htmlFor={`${prefix}-title`}>Job title</label>
      <input
        id={`${prefix}-title`}
        ref={titleRef}
        type="text"
        value={draft.title}
        onChange={(e) => set({ title: e.target.value })}
        style={{ display: 'block', width: '100%' }}
      />
      <div className="row" style={{ marginTop: '0.5rem', alignItems: 'end' }}>
        <div>
          <label htmlFor={`${prefix}-start`} style={{ display: 'block' }}>
            Start date
          </label>
          <input id={`${prefix}-start`} type="date" value={draft.start} onChange={(e) => set({ start: e.target.value })} />
        </div>
        <div>
          <label htmlFor={`${prefix}-end`} style={{ display: 'block' }}>
            End date
          </label>
          <input
            id={`${prefix}-end`}
            type="date"
            value={draft.current ? '' : draft.end}
            disabled={draft.current}
            onChange={(e) => set({ end: e.target.value })}
          />
        </div>
        <label className="check">
          <input type="checkbox" checked={draft.current} onChange={(e) => set({ current: e.target.checked })} /> I still work here
        </label>
      </div>
      <fieldset style={{ marginTop: '0.75rem' }}>
        <legend>Kind of work</legend>
        {kinds.map((k) => (
          <label key={k.value} className="check inline">
            <input type="radio" name={`${prefix}-kind`} checked={draft.kind === k.value} onChange={() => set({ kind: k.value })} />{' '}
            {k.label}
          </label>
        ))}
        {draft.kind !== 'full-time' && (
          <div style={{ marginTop: '0.5rem' }}>
            <label htmlFor={`${prefix}-hours`}>Hours per week</label>{' '}
            <input
              id={`${prefix}-hours`}
              type="number"
              min={1}
              max={MAX_HOURS_PER_WEEK}
              step={0.5}
              value={draft.hours}
              onChange={(e) => set({ hours: e.target.value })}
              style={{ width: '6rem' }}
            />{' '}
            <span className="muted">counted against a {MAX_HOURS_PER_WEEK}-hour full-time week</span>
          </div>
        )}
      </fieldset>
      <fieldset style={{ marginTop: '0.75rem' }}>
        <legend>CISSP domains this work covered</legend>
        {blueprints.cissp.domains.map((d) => (
          <label key={d.number} className="check">
            <input
              type="checkbox"
              checked={draft.domains.includes(d.number)}
              onChange={(e) =>
                set({ domains: e.target.checked ? [...draft.domains, d.number] : draft.domains.filter((n) => n !== d.number) })
              }
            />{' '}
            {d.number}. {d.title}
          </label>
        ))}
      </fieldset>
      {errors.length > 0 && (
        <div role="alert" className="banner">
          <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="row" style={{ marginTop: '0.75rem' }}>
        <button type="submit" className="primary">
          {editing ? 'Save job' : 'Add job'}
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
