import { useState } from 'react';
import { removeMemberResults } from '../../data/group-dashboard-repo';
import { countOf } from '../../domain/count-text';
import type { Dashboard, DashboardRow } from '../../domain/group/group-dashboard';
import { ActionStatus } from '../../ui/action-status';
import { ConfirmDelete } from '../../ui/confirm-delete';

/** How many of the group's assignments a member has an imported result for. */
const reportedCount = (row: DashboardRow) => row.cells.filter((c) => c.reportedAt !== null).length;

/**
 * Each member with imported results, and a way to forget one member's (a report imported by
 * mistake, from the wrong person, or a member who left): only their results go, never the member
 * from the list, and the dashboard follows.
 */
export function MemberResults({ groupId, dashboard }: { groupId: string; dashboard: Dashboard }) {
  // Counted, so a second removal with the same words still moves focus to them.
  const [status, setStatus] = useState({ message: '', count: 0 });
  const reported = dashboard.rows.filter((row) => reportedCount(row) > 0);
  const remove = async (member: string) => {
    const removed = await removeMemberResults(groupId, member);
    setStatus((s) => ({ message: `Removed ${member}’s imported results (${countOf(removed, 'assignment')}).`, count: s.count + 1 }));
  };
  return (
    <details>
      <summary>Remove a member’s imported results</summary>
      {reported.length === 0 ? (
        <p className="muted">No results imported yet.</p>
      ) : (
        <ul className="plain" aria-label="Imported results by member">
          {reported.map((row) => (
            <li key={row.member} className="row">
              <span>
                {row.member}: results for {countOf(reportedCount(row), 'assignment')}
              </span>
              <ConfirmDelete
                verb="Remove"
                name={`${row.member}’s imported results`}
                question={`Remove ${row.member}’s imported results (${countOf(reportedCount(row), 'assignment')})? ${
                  row.inRoster
                    ? `${row.member} stays on the member list.`
                    : `${row.member} is not on the member list, so leaves the dashboard.`
                }`}
                onConfirm={() => void remove(row.member)}
              />
            </li>
          ))}
        </ul>
      )}
      {/* The member's line goes with the button that was pressed: focus comes here. */}
      <ActionStatus key={status.count} message={status.message} takeFocus />
    </details>
  );
}
