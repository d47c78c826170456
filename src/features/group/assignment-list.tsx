import { deleteAssignment } from '../../data/group-repo';
import type { LeadAssignmentRecord } from '../../data/db';
import { blueprints } from '../../domain/exam-blueprints';
import { formatDueDate } from '../../ui/assignment-card';
import { AssignmentShare } from './assignment-share';
import { countOf } from '../../domain/count-text';

interface Props {
  assignments: readonly LeadAssignmentRecord[];
  /** The assignment whose sharing panel is open. */
  openId: string | null;
  onToggle: (id: string) => void;
}

/** The group's assignments by due date, each with its way to share it. */
export function AssignmentList({ assignments, openId, onToggle }: Props) {
  return (
    <section className="card" aria-labelledby="assignments-title">
      <h2 id="assignments-title">Assignments</h2>
      {assignments.length === 0 && <p className="muted">No assignment yet. Create the first one below.</p>}
      <ul className="plain">
        {assignments.map(({ id, assignment: a }) => (
          <li key={id} className="assignment-row">
            <p className="flush">
              <strong>{a.title}</strong>{' '}
              <span className="muted">
                · {blueprints[a.exam].name} · {countOf(a.questionKeys.length, 'question')} · due {formatDueDate(a.dueDate)} · target{' '}
                {a.targetAccuracy}%
              </span>
            </p>
            <div className="row">
              <button type="button" aria-expanded={openId === id} aria-controls={`share-${id}`} onClick={() => onToggle(id)}>
                Share <span className="visually-hidden">{a.title}</span>
              </button>
              <button
                type="button"
                onClick={() => {
                  if (window.confirm(`Delete “${a.title}” and the results imported for it?`)) void deleteAssignment(id);
                }}
              >
                Delete <span className="visually-hidden">{a.title}</span>
              </button>
            </div>
            {openId === id && <AssignmentShare id={`share-${id}`} assignment={a} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
