import type { OverdueItem } from '../../domain/group/group-dashboard';
import { formatDueDate } from '../../ui/assignment-card';

/** Unfinished work past its due date, most late first. */
export function OverdueList({ items }: { items: readonly OverdueItem[] }) {
  return (
    <section aria-labelledby="overdue-title">
      <h3 id="overdue-title">Overdue</h3>
      {items.length === 0 ? (
        <p className="muted">Nothing is overdue.</p>
      ) : (
        <ul>
          {items.map((o) => (
            <li key={`${o.member}-${o.assignmentId}`}>
              <strong>{o.member}</strong>: {o.title} — {o.reported ? `${o.done} of ${o.total} done` : 'no report yet'}, due{' '}
              {formatDueDate(o.dueDate)} ({o.daysLate} day{o.daysLate === 1 ? '' : 's'} late)
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
