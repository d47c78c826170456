import { useState } from 'react';
import { memberKey } from '../../domain/group/group-schema';

interface Props {
  roster: readonly string[];
  groupName: string;
  value: string;
  onChange: (name: string) => void;
}

const SOMEONE_ELSE = 'someone-else';

/**
 * Who the member is in the group. With a roster from the lead, a choice among its names (so the
 * lead's dashboard matches the report to the right row) or another name; without one, a text field.
 */
export function MemberNameField({ roster, groupName, value, onChange }: Props) {
  const inRoster = roster.find((m) => memberKey(m) === memberKey(value));
  const [other, setOther] = useState(false);
  // A name saved earlier that is not on the roster shows in the text field.
  const typing = roster.length === 0 || other || (value !== '' && !inRoster);
  return (
    <div className="field">
      {roster.length > 0 && (
        <>
          <label htmlFor="member-choice">Your name in {groupName}</label>
          <select
            id="member-choice"
            value={typing ? SOMEONE_ELSE : (inRoster ?? '')}
            onChange={(e) => {
              const choice = e.target.value;
              setOther(choice === SOMEONE_ELSE);
              onChange(choice === SOMEONE_ELSE ? '' : choice);
            }}
          >
            <option value="">Choose your name…</option>
            {roster.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
            <option value={SOMEONE_ELSE}>Someone else (type your name)</option>
          </select>
        </>
      )}
      {typing && (
        <>
          <label htmlFor="member-name">{roster.length > 0 ? 'Your name' : `Your name in ${groupName}`}</label>
          <input id="member-name" value={value} maxLength={60} onChange={(e) => onChange(e.target.value)} autoComplete="name" />
        </>
      )}
    </div>
  );
}
