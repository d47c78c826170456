import { TableScroll } from '../../ui/table-scroll';
import { isBelowTarget, statusLabels, type CompletionCell, type Dashboard } from '../../domain/group/group-dashboard';
import { formatDueDate } from '../../ui/assignment-card';

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** Finished, but under the target: not the same as finished well, in the words and in the shade. */
const doneBelowTarget = (c: CompletionCell, target: number) => c.status === 'done' && isBelowTarget(c, target);
const shadeOf = (c: CompletionCell, target: number) => (doneBelowTarget(c, target) ? 'status-done-below' : `status-${c.status}`);

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
                  <td key={assignments[i]!.id} className={shadeOf(c, assignments[i]!.targetAccuracy)}>
                    <CellText cell={c} target={assignments[i]!.targetAccuracy} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted small">
        Shading: done at the target or above, done below the target, overdue. Every cell says the same in words; the shade only helps
        scanning.
      </p>
    </>
  );
}

function CellText({ cell: c, target }: { cell: CompletionCell; target: number }) {
  if (c.reportedAt === null) return <span className="muted">no report{c.status === 'overdue' ? ' · overdue' : ''}</span>;
  return (
    <>
      {c.done}/{c.total} · <span className={isBelowTarget(c, target) ? 'bad' : undefined}>{percent(c.accuracy)}</span>
      <br />
      <span className="small">{doneBelowTarget(c, target) ? 'done, below target' : statusLabels[c.status]}</span>
      {c.missing > 0 && <span className="muted small"> · {c.missing} not in their bank</span>}
    </>
  );
}
