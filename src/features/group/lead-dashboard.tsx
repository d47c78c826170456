import { useState } from 'react';
import { appNow } from '../../data/clock';
import { useDashboard } from '../../data/group-dashboard-repo';
import { dashboardCsv, type Dashboard } from '../../domain/group/group-dashboard';
import { slugOf } from '../../domain/group/group-codec';
import { calendarDayOf } from '../../domain/calendar-day';
import { ActionStatus } from '../../ui/action-status';
import { downloadText } from '../../ui/download-file';
import { CompletionMatrix } from './completion-matrix';
import { DomainHeatmap } from './domain-heatmap';
import { MemberResults } from './member-results';
import { OverdueList } from './overdue-list';
import { ReportImport } from './report-import';

/** The lead's view of the group: reports in, then completion (and removing a member's results), accuracy by domain, what is overdue, and a CSV. */
export function LeadDashboard({ groupId, groupName }: { groupId: string; groupName: string }) {
  const now = appNow();
  const dashboard = useDashboard(groupId, now);
  const [exported, setExported] = useState('');
  const exportCsv = (d: Dashboard) => {
    const fileName = `${slugOf(groupName)}-dashboard-${calendarDayOf(now)}.csv`;
    downloadText(fileName, ['\uFEFF', dashboardCsv(d)], 'text/csv;charset=utf-8');
    setExported(`Saved ${fileName}.`);
  };
  return (
    <section className="card" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">Dashboard</h2>
      <ReportImport groupId={groupId} />
      {!dashboard ? (
        <p>Loading…</p>
      ) : dashboard.assignments.length === 0 ? (
        <p className="muted">Create an assignment to see the members’ progress here.</p>
      ) : (
        <>
          <CompletionMatrix dashboard={dashboard} />
          <MemberResults groupId={groupId} dashboard={dashboard} />
          <DomainHeatmap dashboard={dashboard} />
          <OverdueList items={dashboard.overdue} />
          <button type="button" onClick={() => exportCsv(dashboard)}>
            Export the dashboard (CSV)
          </button>
          {/* The button stays, so focus stays on it; the line is read out as it changes. */}
          <ActionStatus message={exported} />
        </>
      )}
    </section>
  );
}
