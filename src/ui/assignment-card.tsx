import { Link } from 'react-router';
import { daysUntil, isComplete, type AssignmentSummary } from '../domain/group/assignment-progress';
import { blueprints } from '../domain/exam-blueprints';
import { lazyDateFormat } from './lazy-date-format';
import { countText } from '../domain/count-text';

const dayFormat = lazyDateFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** '15 Mar 2026' for '2026-03-15', the same calendar day wherever the reader is. */
export const formatDueDate = (day: string): string => dayFormat().format(new Date(`${day}T00:00:00Z`));

/** 'due today', 'due in 3 days', '2 days overdue'. */
export function dueText(dueDate: string, now: Date): string {
  const days = daysUntil(dueDate, now);
  if (days === 0) return 'due today';
  if (days > 0) return `due in ${days} day${days === 1 ? '' : 's'}`;
  return `${-days} day${days === -1 ? '' : 's'} overdue`;
}

const percent = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)}%`);

interface CardProps {
  assignment: AssignmentSummary;
  now: Date;
}

/** One accepted assignment: due date, done of total, accuracy against the target, and a way to work on it. */
export function AssignmentCard({ assignment: a, now }: CardProps) {
  const { progress: p } = a;
  const complete = isComplete(p);
  const overdue = !complete && daysUntil(a.dueDate, now) < 0;
  const titleId = `assignment-${a.id}-title`;
  return (
    <article className="card assignment-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{a.title}</h3>
      <p className="muted">
        {a.groupName} · {blueprints[a.exam].name} ·{' '}
        <span className={overdue ? 'bad' : undefined}>
          Due {formatDueDate(a.dueDate)} ({complete ? 'done' : dueText(a.dueDate, now)})
        </span>
      </p>
      <p>
        <progress max={p.total} value={p.done} aria-label={`${a.title}: questions done`} /> {countText(p.done)} of {countText(p.total)} done
        · accuracy {percent(p.accuracy)} (target {a.targetAccuracy}%)
      </p>
      {p.missing > 0 && (
        <p className="muted">
          {countText(p.missing)} of the {countText(p.total)} questions are not in your bank (their pack is missing or switched off), so they
          cannot be answered here.
        </p>
      )}
      {p.remainingKeys.length > 0 ? (
        <Link to={`/practice?assignment=${encodeURIComponent(a.id)}`} className="button-link primary">
          {p.done > 0 ? 'Continue' : 'Start'} <span className="visually-hidden">{a.title}</span>
          {` (${p.remainingKeys.length} left)`}
        </Link>
      ) : (
        <p className="good">
          {p.done > 0 ? 'Every question you can answer here is done.' : 'No question of this assignment is in your bank.'}
        </p>
      )}
    </article>
  );
}

interface ListProps {
  assignments: readonly AssignmentSummary[] | undefined;
  now: Date;
  /** 'open' hides finished assignments (Today); 'all' shows every one (Practice, the group screen). */
  show: 'open' | 'all';
  heading: string;
}

/** Accepted group assignments as cards; renders nothing when there is none to show. */
export function AssignmentCards({ assignments, now, show, heading }: ListProps) {
  const shown = (assignments ?? []).filter((a) => show === 'all' || !isComplete(a.progress));
  if (shown.length === 0) return null;
  return (
    <section aria-label={heading} className="assignment-cards">
      <h2>{heading}</h2>
      <div className="grid-2">
        {shown.map((a) => (
          <AssignmentCard key={a.id} assignment={a} now={now} />
        ))}
      </div>
    </section>
  );
}
