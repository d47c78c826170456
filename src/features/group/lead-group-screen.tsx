import { ActionStatus, useActionStatus } from '../../ui/action-status';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { LeadAssignmentRecord } from '../../data/db';
import { refusedWrite } from '../../data/storage-full';
import { deleteLeadGroup, useGroupAssignments, useLeadGroup, type LeadGroup } from '../../data/group-repo';
import { arrivalState } from './arrival-message';
import { AssignmentForm } from './assignment-form';
import { AssignmentList } from './assignment-list';
import { GroupSettings } from './group-settings';
import { LeadDashboard } from './lead-dashboard';
import { TeamCerts } from './team-certs';

/** One group a lead runs: its members, its assignments (with sharing), and a form for the next one. */
export function LeadGroupScreen() {
  const { groupId } = useParams();
  const navigate = useNavigate();
  const live = { group: useLeadGroup(groupId), assignments: useGroupAssignments(groupId) };
  const [shared, setShared] = useState<string | null>(null);
  // The screen as it was when the lead deleted the group. The live queries see the group gone before
  // the app has reached the group list (its code may still be loading): until then the screen stays
  // as it was, never "Group not found" for the group just deleted.
  const [deleted, setDeleted] = useState<{ group: LeadGroup; assignments: LeadAssignmentRecord[] } | null>(null);
  // A deletion storage refused (one transaction: nothing of it happened), said where the lead is.
  const [deleteFailure, sayDeleteFailure] = useActionStatus();
  const { group, assignments } = deleted ?? live;
  if (group === undefined || assignments === undefined) return <p>Loading…</p>;
  if (group === null) {
    return (
      <section aria-labelledby="lead-missing">
        <h1 id="lead-missing">Group not found</h1>
        <p>
          No group you lead from this browser has this address. <Link to="/group">See your groups</Link>.
        </p>
      </section>
    );
  }
  const remove = async () => {
    setDeleted({ group, assignments });
    try {
      await deleteLeadGroup(group.id);
    } catch (error) {
      setDeleted(null); // nothing was deleted: the screen follows the database again
      // The confirmation that had focus is gone: the words take it.
      sayDeleteFailure(refusedWrite(`“${group.name}” was not deleted`, error), true);
      return;
    }
    // The group's address no longer leads anywhere: replace it, and say on the group screen what happened.
    await navigate('/group', {
      replace: true,
      state: arrivalState(`Deleted “${group.name}” with its assignments, imported results and tracker.`),
    });
  };
  return (
    <section aria-labelledby="lead-group-title">
      <p>
        <Link to="/group">Study group</Link>
      </p>
      <h1 id="lead-group-title">{group.name}</h1>
      {/* Focus moves to it (the confirmation that had focus is gone), so it is read as it appears. */}
      {deleteFailure.message && <ActionStatus {...deleteFailure} />}
      <GroupSettings group={group} onDelete={() => void remove()} />
      <AssignmentList assignments={assignments} openId={shared} onToggle={(id) => setShared(shared === id ? null : id)} />
      <LeadDashboard groupId={group.id} groupName={group.name} />
      <AssignmentForm group={group} onCreated={(id) => setShared(id)} />
      <TeamCerts groupId={group.id} groupName={group.name} roster={group.members} />
    </section>
  );
}
