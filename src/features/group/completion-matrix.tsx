import { TableScroll } from '../../ui/table-scroll';
import { statusLabels, type CompletionCell, type Dashboard } from '../../domain/group/group-dashboard';
import { formatDueDate } from '../../ui/assignment-card';

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** Member × assignment: done of total, accuracy and status in every cell, as text. */
export function CompletionMatrix({ dashboard }: { dashboard: Dashboard }) {
  const { assignments, rows } = dashboard;
  if (rows.length === 0) return <p className="muted">No members yet: list them in the group, or import their reports.</p>;
  // The title stays outside the scrolling region, so a phone never cuts it off with the columns.
  return (
    <>
      <h3>Completion by member and assignment</h3>
      <TableScroll label="Completion by member and assignment (scrolls sideways)">
        <table className="matrix">
          <caption className="visually-hidden">Completion by member and assignment</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              {assignments.map((a) => (
                <th key={a.id} scope="col">
                  {a.title}
                  <span className="muted small">
                    {' '}
                    due {formatDueDate(a.dueDate)}, target {a.targetAccuracy}%
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.member}>
                <th scope="row">
                  {row.member}
                  {!row.inRoster && <span className="muted small"> (not on the member list)</span>}
                </th>
                {row.cells.map((c, i) => (
                  <td key={assignments[i]!.id} className={`status-${c.status}`}>
                    <CellText cell={c} target={assignments[i]!.targetAccuracy} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function CellText({ cell: c, target }: { cell: CompletionCell; target: number }) {
  if (c.reportedAt === null) return <span className="muted">no report{c.status === 'overdue' ? ' · overdue' : ''}</span>;
  const belowTarget = c.accuracy !== null && c.accuracy * 100 < target;
  return (
    <>
      {c.done}/{c.total} · <span className={belowTarget ? 'bad' : undefined}>{percent(c.accuracy)}</span>
      <br />
      <span className="small">{statusLabels[c.status]}</span>
      {c.missing > 0 && <span className="muted small"> · {c.missing} not in their bank</span>}
    </>
  );
}
