import { useState } from 'react';
import { GROUP_CAPS } from '../../domain/group/group-schema';
import { ProblemList } from './problem-list';

interface Props {
  idPrefix: string;
  submitLabel: string;
  initialName?: string;
  initialMembers?: readonly string[];
  problems: readonly string[];
  /** `memberLines`: the member list's lines as typed, blank ones included, so a problem can name its line. */
  onSubmit: (name: string, memberLines: string[]) => void | Promise<void>;
}

/** A group's name and its members' display names, one per line. */
export function GroupForm({ idPrefix, submitLabel, initialName = '', initialMembers = [], problems, onSubmit }: Props) {
  const [name, setName] = useState(initialName);
  const [members, setMembers] = useState(initialMembers.join('\n'));
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(name, members.split('\n'));
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
