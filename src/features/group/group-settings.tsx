import { useState } from 'react';
import { updateLeadGroup, type LeadGroup } from '../../data/group-repo';
import { ConfirmDelete } from '../../ui/confirm-delete';
import { GroupForm } from './group-form';

/** The group's members at a glance, with a form to rename it or change them, and deletion (asked first; `onDelete` deletes). */
export function GroupSettings({ group, onDelete }: { group: LeadGroup; onDelete: () => void }) {
  const [problems, setProblems] = useState<string[]>([]);
  const [message, setMessage] = useState('');
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
        <ConfirmDelete
          name={`the group “${group.name}”`}
          question={`Delete “${group.name}” with its assignments, imported results and tracker? This cannot be undone.`}
          buttonText="Delete this group"
          onConfirm={onDelete}
        />
      </details>
    </div>
  );
}
