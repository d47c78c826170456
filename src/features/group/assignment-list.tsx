import { deleteAssignment } from '../../data/group-repo';
import type { LeadAssignmentRecord } from '../../data/db';
import { blueprints } from '../../domain/exam-blueprints';
import { ActionStatus, useActionStatus } from '../../ui/action-status';
import { formatDueDate } from '../../ui/assignment-card';
import { ConfirmDelete } from '../../ui/confirm-delete';
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
  const [status, say] = useActionStatus();
  return (
    <section className="card" aria-labelledby="assignments-title">
      <h2 id="assignments-title">Assignments</h2>
      {assignments.length === 0 && <p className="muted">No assignment yet. Create the first one below.</p>}
      <ul className="plain">
        {assignments.map((record) => (
          <AssignmentRow
            key={record.id}
            record={record}
            open={openId === record.id}
            onToggle={onToggle}
            onDeleted={(title) => say(`Deleted “${title}” and the results imported for it.`)}
          />
        ))}
      </ul>
      {/* The deleted assignment's row goes, with the button that was pressed: focus comes here. */}
      <ActionStatus {...status} takeFocus />
    </section>
  );
}

interface RowProps {
  record: LeadAssignmentRecord;
  open: boolean;
  onToggle: (id: string) => void;
  onDeleted: (title: string) => void;
}

function AssignmentRow({ record: { id, assignment: a }, open, onToggle, onDeleted }: RowProps) {
  return (
    <li className="assignment-row">
      <p className="flush">
        <strong>{a.title}</strong>{' '}
        <span className="muted">
          · {blueprints[a.exam].name} · {countOf(a.questionKeys.length, 'question')} · due {formatDueDate(a.dueDate)} · target{' '}
          {a.targetAccuracy}%
        </span>
      </p>
      <ConfirmDelete
        name={`“${a.title}”`}
        question="Delete this assignment and the results imported for it?"
        buttonText={
          <>
            Delete <span className="visually-hidden">{a.title}</span>
          </>
        }
        onConfirm={() => void deleteAssignment(id).then(() => onDeleted(a.title))}
      >
        <button type="button" aria-expanded={open} aria-controls={`share-${id}`} onClick={() => onToggle(id)}>
          Share <span className="visually-hidden">{a.title}</span>
        </button>
      </ConfirmDelete>
      {open && <AssignmentShare id={`share-${id}`} assignment={a} />}
    </li>
  );
}
