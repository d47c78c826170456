import type { TeamCertRecord } from '../../data/db';
import { certStatusNames, cpeShare } from '../../domain/group/team-certs';
import { formatDueDate } from '../../ui/assignment-card';

interface Props {
  row: TeamCertRecord;
  onEdit: () => void;
  onDelete: () => void;
}

/** One member's target certification. */
export function TeamCertRow({ row: r, onEdit, onDelete }: Props) {
  const share = cpeShare(r);
  const what = `${r.member}, ${r.certification}`;
  return (
    <tr>
      <th scope="row">{r.member}</th>
      <td>{r.certification}</td>
      <td>{certStatusNames[r.status]}</td>
      <td>{r.examDate ? formatDueDate(r.examDate) : '—'}</td>
      <td>
        {r.cpeEarned ?? '—'} / {r.cpeRequired ?? '—'}
        {share !== null && <span className="muted small"> ({Math.round(share * 100)}%)</span>}
      </td>
      <td>{r.renewalDate ? formatDueDate(r.renewalDate) : '—'}</td>
      <td>
        <div className="row nowrap">
          <button type="button" onClick={onEdit} aria-label={`Edit ${what}`}>
            Edit
          </button>
          <button type="button" onClick={onDelete} aria-label={`Delete ${what}`}>
            Delete
          </button>
        </div>
      </td>
    </tr>
  );
}
