import { appNow } from '../../data/clock';
import { useAssignmentSummaries } from '../../data/assignment-practice-repo';
import { ActionStatus } from '../../ui/action-status';
import { AssignmentCards } from '../../ui/assignment-card';
import { useArrivalMessage } from './arrival-message';
import { AssignmentOpen } from './assignment-open';
import { LeadGroups } from './lead-groups';
import { ReportExport } from './report-export';

/**
 * Study groups with no server: a lead hands out assignments as a file, a link or a QR code; members
 * accept them here, practise, and send back a progress report file.
 */
export function GroupScreen() {
  const assignments = useAssignmentSummaries();
  const now = appNow();
  // A message handed over by the join screen after accepting or declining, or after deleting a group.
  const arrived = useArrivalMessage();
  return (
    <section aria-labelledby="group-title">
      <h1 id="group-title">Study group</h1>
      <p>
        Leads hand out assignments as a file, a link or a QR code; members answer them here and send back a progress report file. Everything
        stays in each person’s browser: there is no server and no account.
      </p>
      {/* The control that acted (Accept on a link, Delete on a group) went with the screen it was on. */}
      {arrived && <ActionStatus key={arrived.key} message={arrived.message} takeFocus />}
      <AssignmentCards assignments={assignments} now={now} show="all" heading="Your assignments" />
      <AssignmentOpen />
      <ReportExport />
      <LeadGroups />
    </section>
  );
}
