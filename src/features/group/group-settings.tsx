import { useState } from 'react';
import { useNavigate } from 'react-router';
import { deleteLeadGroup, updateLeadGroup, type LeadGroup } from '../../data/group-repo';
import { GroupForm } from './group-form';

/** The group's members at a glance, with a form to rename it or change them, and deletion. */
export function GroupSettings({ group }: { group: LeadGroup }) {
  const [problems, setProblems] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const navigate = useNavigate();
  return (
    <div className="card">
      <h2>Members</h2>
      <p>{group.members.length > 0 ? group.members.join(', ') : 'No members listed yet: members will type their own names.'}</p>
      <details>
        <summary>Rename the group or change its members</summary>
        <GroupForm
          idPrefix="edit-group"
          submitLabel="Save changes"
          initialName={group.name}
          initialMembers={group.members}
          problems={problems}
          onSubmit={async (name, members) => {
            const result = await updateLeadGroup(group.id, name, members);
            setProblems(result.ok ? [] : result.problems);
            setMessage(result.ok ? 'Saved. Assignments you create from now on carry the new member list.' : '');
          }}
        />
        <p role="status">{message}</p>
        <button
          type="button"
          onClick={() => {
            if (window.confirm(`Delete “${group.name}” with its assignments, imported results and tracker? This cannot be undone.`))
              void deleteLeadGroup(group.id).then(() => navigate('/group'));
          }}
        >
          Delete this group
        </button>
      </details>
    </div>
  );
}
