import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useGroupAssignments, useLeadGroup } from '../../data/group-repo';
import { AssignmentForm } from './assignment-form';
import { AssignmentList } from './assignment-list';
import { GroupSettings } from './group-settings';
import { LeadDashboard } from './lead-dashboard';
import { TeamCerts } from './team-certs';

/** One group a lead runs: its members, its assignments (with sharing), and a form for the next one. */
export function LeadGroupScreen() {
  const { groupId } = useParams();
  const group = useLeadGroup(groupId);
  const assignments = useGroupAssignments(groupId);
  const [shared, setShared] = useState<string | null>(null);
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
  return (
    <section aria-labelledby="lead-group-title">
      <p>
        <Link to="/group">Study group</Link>
      </p>
      <h1 id="lead-group-title">{group.name}</h1>
      <GroupSettings group={group} />
      <AssignmentList assignments={assignments} openId={shared} onToggle={(id) => setShared(shared === id ? null : id)} />
      <LeadDashboard groupId={group.id} groupName={group.name} />
      <AssignmentForm group={group} onCreated={(id) => setShared(id)} />
      <TeamCerts groupId={group.id} groupName={group.name} roster={group.members} />
    </section>
  );
}
