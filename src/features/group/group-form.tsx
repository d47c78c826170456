import { useState } from 'react';
import { GROUP_CAPS } from '../../domain/group/group-schema';
import { ProblemList } from './problem-list';

interface Props {
  idPrefix: string;
  submitLabel: string;
  initialName?: string;
  initialMembers?: readonly string[];
  problems: readonly string[];
  onSubmit: (name: string, members: string[]) => void | Promise<void>;
}

const membersOf = (text: string): string[] =>
  text
    .split('\n')
    .map((m) => m.trim())
    .filter(Boolean);

/** A group's name and its members' display names, one per line. */
export function GroupForm({ idPrefix, submitLabel, initialName = '', initialMembers = [], problems, onSubmit }: Props) {
  const [name, setName] = useState(initialName);
  const [members, setMembers] = useState(initialMembers.join('\n'));
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(name, membersOf(members));
      }}
    >
      <label htmlFor={`${idPrefix}-name`}>Group name</label>
      <input id={`${idPrefix}-name`} value={name} maxLength={GROUP_CAPS.groupName} onChange={(e) => setName(e.target.value)} required />
      <label htmlFor={`${idPrefix}-members`}>Members (display names, one per line)</label>
      <textarea
        id={`${idPrefix}-members`}
        rows={5}
        value={members}
        aria-describedby={`${idPrefix}-members-hint`}
        onChange={(e) => setMembers(e.target.value)}
      />
      <p id={`${idPrefix}-members-hint`} className="muted">
        Members pick their name from this list when they accept an assignment, so their reports land on the right row. Names travel in
        assignment files and links: use names the group is happy to share.
      </p>
      {problems.length > 0 && <ProblemList title="The group was not saved." problems={problems} />}
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </form>
  );
}
