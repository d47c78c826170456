import { ConfirmDelete } from '../../ui/confirm-delete';
import type { JobKind } from '../../domain/certification/experience';
import type { StoredJob } from '../../data/certification-repo';
import { formatDay } from './format-day';

const kindText = (kind: JobKind, hours: number | undefined) =>
  kind === 'full-time' ? 'full time' : `${kind === 'part-time' ? 'part time' : 'internship'}, ${hours ?? '?'} h/week`;

interface Props {
  jobs: readonly StoredJob[];
  onEdit: (job: StoredJob) => void;
  onRemove: (job: StoredJob) => void;
}

/** The jobs entered so far, oldest first, each with edit and remove (which asks first). */
export function JobList({ jobs, onEdit, onRemove }: Props) {
  if (jobs.length === 0) return <p className="muted">No jobs yet. Add each paid role in which you did security work.</p>;
  const sorted = [...jobs].sort((a, b) => a.start.localeCompare(b.start));
  return (
    <ul aria-label="Your jobs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {sorted.map((job) => (
        <li key={job.id} style={{ borderBottom: '1px solid var(--border)', padding: '0.5rem 0' }}>
          <strong>{job.title}</strong>
          <br />
          <span className="muted">
            {formatDay(job.start)} to {job.end === null ? 'now' : formatDay(job.end)} · {kindText(job.kind, job.hoursPerWeek)} ·{' '}
            {job.domains.length === 0 ? 'no CISSP domain' : `domain${job.domains.length === 1 ? '' : 's'} ${job.domains.join(', ')}`}
          </span>
          <div style={{ marginTop: '0.35rem' }}>
            <ConfirmDelete name={job.title} verb="Remove" onConfirm={() => onRemove(job)}>
              <button type="button" onClick={() => onEdit(job)} aria-label={`Edit ${job.title}`}>
                Edit
              </button>
            </ConfirmDelete>
          </div>
        </li>
      ))}
    </ul>
  );
}
