import { ConfirmDelete } from '../../ui/confirm-delete';
import type { StoredCpeEntry } from '../../data/certification-repo';
import { formatDay } from './format-day';

/**
 * A certificate link or a long activity has no spaces to wrap at; without this it sets the column's
 * minimum width and pushes the Delete button out of the card.
 */
const breakAnywhere = { overflowWrap: 'anywhere' } as const;

interface Props {
  entries: readonly StoredCpeEntry[];
  onEdit: (entry: StoredCpeEntry) => void;
  onDelete: (entry: StoredCpeEntry) => void;
}

/** The CPE log, newest first. Delete asks first; the caller moves focus once the row is gone. */
export function CpeTable({ entries, onEdit, onDelete }: Props) {
  if (entries.length === 0) return <p className="muted">No CPE activities logged yet.</p>;
  const sorted = [...entries].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <div style={{ overflowX: 'auto' }}>
      <table>
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>CPE log</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Activity</th>
            <th scope="col">Group</th>
            <th scope="col">Hours</th>
            <th scope="col">Evidence</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((e) => (
            <tr key={e.id}>
              <td>{formatDay(e.date)}</td>
              <th scope="row" style={{ fontWeight: 'normal', ...breakAnywhere }}>
                {e.activity}
              </th>
              <td>{e.group}</td>
              <td>{e.hours}</td>
              <td style={breakAnywhere}>{e.evidence ?? ''}</td>
              <td>
                <ConfirmDelete name={`${e.activity} on ${formatDay(e.date)}`} onConfirm={() => onDelete(e)}>
                  <button type="button" onClick={() => onEdit(e)} aria-label={`Edit ${e.activity} on ${formatDay(e.date)}`}>
                    Edit
                  </button>
                </ConfirmDelete>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
