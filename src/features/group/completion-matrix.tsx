import type { CSSProperties } from 'react';
import { TableScroll } from '../../ui/table-scroll';
import {
  assignmentTotals,
  isBelowTarget,
  statusLabels,
  type AssignmentTotals,
  type CompletionCell,
  type Dashboard,
} from '../../domain/group/group-dashboard';
import { formatDueDate } from '../../ui/assignment-card';

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** Finished, but under the target: not the same as finished well, in the words and in the shade. */
const doneBelowTarget = (c: CompletionCell, target: number) => c.status === 'done' && isBelowTarget(c, target);
const shadeOf = (c: CompletionCell, target: number) => (doneBelowTarget(c, target) ? 'status-done-below' : `status-${c.status}`);

/*
 * With 30 members and 8 assignments the table is far taller and wider than a screen: the header row
 * and the member column stay in view while it scrolls (inside its region, which is at most this tall),
 * so every cell keeps its member and its assignment on screen. Opaque, so what scrolls under them
 * does not show through; the inset shadows draw the lines that collapsed borders leave behind.
 */
const TABLE_HEIGHT = '70vh';
const stickyHeader: CSSProperties = {
  position: 'sticky',
  top: 0,
  zIndex: 2,
  background: 'var(--surface)',
  boxShadow: 'inset 0 -1px 0 var(--border)',
};
const stickyMember: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--surface)',
  boxShadow: 'inset -1px -1px 0 var(--border)',
};
const stickyCorner: CSSProperties = { ...stickyHeader, ...stickyMember, zIndex: 3 };

/** Member × assignment: each assignment's totals first, then done of total, accuracy and status in every cell, as text. */
export function CompletionMatrix({ dashboard }: { dashboard: Dashboard }) {
  const { assignments, rows } = dashboard;
  if (rows.length === 0) return <p className="muted">No members yet: list them in the group, or import their reports.</p>;
  // The title stays outside the scrolling region, so a phone never cuts it off with the columns.
  return (
    <>
      <h3>Completion by member and assignment</h3>
      <p className="muted small">
        The first row adds up each assignment. The member names and the assignment titles stay in view while the table scrolls: swipe it, or
        focus it and use the arrow keys.
      </p>
      <TableScroll label="Completion by member and assignment (scrolls sideways)" maxHeight={TABLE_HEIGHT}>
        <table className="matrix">
          <caption className="visually-hidden">Completion by member and assignment</caption>
          <thead>
            <tr>
              <th scope="col" style={stickyCorner}>
                Member
              </th>
              {assignments.map((a) => (
                <th key={a.id} scope="col" style={stickyHeader}>
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
            <tr>
              <th scope="row" style={stickyMember}>
                All members
              </th>
              {assignmentTotals(dashboard).map((t, i) => (
                <td key={assignments[i]!.id}>
                  <TotalsText totals={t} />
                </td>
              ))}
            </tr>
            {rows.map((row) => (
              <tr key={row.member}>
                <th scope="row" style={stickyMember}>
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

/** "19 of 30 done (4 below target)", "8 overdue · 3 no report", "median 70%": one line each. */
function TotalsText({ totals: t }: { totals: AssignmentTotals }) {
  return (
    <>
      {t.done} of {t.members} done{t.doneBelowTarget > 0 && ` (${t.doneBelowTarget} below target)`}
      <br />
      {t.overdue} overdue · {t.noReport} no report
      <br />
      median {t.medianAccuracy === null ? '—' : percent(t.medianAccuracy)}
    </>
  );
}
