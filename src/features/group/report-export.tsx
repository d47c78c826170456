import { useState } from 'react';
import { appNow } from '../../data/clock';
import { prepareReport, useMemberGroups, type PreparedReport } from '../../data/group-report-repo';
import type { GroupParse } from '../../domain/group/group-schema';
import { ActionStatus } from '../../ui/action-status';
import { downloadText } from '../../ui/download-file';
import { ProblemList } from './problem-list';
import { ReportPreview } from './report-preview';

/**
 * A member's progress report for a group: built, shown in full with its size, and only then saved as
 * a file for the member to send. Review history goes in only when the member ticks the box.
 */
export function ReportExport() {
  const groups = useMemberGroups();
  const [groupId, setGroupId] = useState('');
  const [history, setHistory] = useState(false);
  const [prepared, setPrepared] = useState<GroupParse<PreparedReport> | null>(null);
  const [message, setMessage] = useState('');
  if (!groups || groups.length === 0) return null;
  const chosen = groups.some((g) => g.groupId === groupId) ? groupId : groups[0]!.groupId;

  // The preview is rebuilt whenever a choice changes, so what is saved is always what was shown.
  const prepare = async (group: string, withHistory: boolean) => {
    setMessage('');
    setPrepared(await prepareReport(group, withHistory, appNow()));
  };

  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title">Send your progress to your lead</h2>
      <p className="muted">A report file with your progress on the group’s assignments. You see all of it before it is saved.</p>
      {groups.length > 1 && (
        <>
          <label htmlFor="report-group">Group</label>
          <select
            id="report-group"
            value={chosen}
            onChange={(e) => {
              setGroupId(e.target.value);
              if (prepared) void prepare(e.target.value, history);
            }}
          >
            {groups.map((g) => (
              <option key={g.groupId} value={g.groupId}>
                {g.groupName}
              </option>
            ))}
          </select>
        </>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={history}
          onChange={(e) => {
            setHistory(e.target.checked);
            if (prepared) void prepare(chosen, e.target.checked);
          }}
        />{' '}
        Include every answer (which question, when, right or wrong, how long it took)
      </label>
      <button type="button" onClick={() => void prepare(chosen, history)}>
        Preview report
      </button>
      {prepared && !prepared.ok && <ProblemList title="The report cannot be made yet." problems={prepared.problems} />}
      {prepared?.ok && (
        <ReportPreview
          prepared={prepared.value}
          onSave={() => {
            downloadText(prepared.value.fileName, [prepared.value.text], 'application/json');
            setMessage(`Saved ${prepared.value.fileName}. Send it to your lead by mail, chat or a shared drive.`);
            setPrepared(null);
          }}
          onCancel={() => {
            setPrepared(null);
            setMessage('Not saved.');
          }}
        />
      )}
      {/* Save and Cancel go with the preview: focus moves to what happened. */}
      <ActionStatus message={message} takeFocus />
    </section>
  );
}
