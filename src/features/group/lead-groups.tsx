import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { appNow } from '../../data/clock';
import { createLeadGroup, useLeadGroups } from '../../data/group-repo';
import { GroupForm } from './group-form';

/** The groups led from this browser, and a form to start one. */
export function LeadGroups() {
  const groups = useLeadGroups();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <section className="card" aria-labelledby="lead-title">
      <h2 id="lead-title">Groups you lead</h2>
      {groups && groups.length > 0 ? (
        <ul>
          {groups.map((g) => (
            <li key={g.id}>
              <Link to={`/group/lead/${g.id}`}>{g.name}</Link>{' '}
              <span className="muted">
                · {g.members.length} member{g.members.length === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{groups ? 'You lead no group from this browser yet.' : 'Loading…'}</p>
      )}
      <h3>Start a group</h3>
      <GroupForm
        idPrefix="new-group"
        submitLabel="Create group"
        problems={problems}
        onSubmit={async (name, members) => {
          const result = await createLeadGroup(name, members, appNow());
          if (result.ok) void navigate(`/group/lead/${result.value}`);
          else setProblems(result.problems);
        }}
      />
    </section>
  );
}
