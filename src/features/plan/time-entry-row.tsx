import { useState } from 'react';
import type { StudyTimeRecord } from '../../data/db';
import { DeleteConfirm } from '../../ui/delete-confirm';

const autoLabel: Record<string, string> = { practice: 'Practice (automatic)', review: 'Review (automatic)', exam: 'Exam (automatic)' };
const manualLabel: Record<string, string> = { reading: 'Reading', video: 'Video', lab: 'Lab', class: 'Class', other: 'Other' };

/** Practice, review and exam time is measured by the app; only what the learner typed in can be edited. */
export const isManualEntry = (e: StudyTimeRecord) => !(e.source in autoLabel);

/** How an entry is named on its buttons and in messages, e.g. "reading entry of 4 Mar 2026 (90 min)". */
export function entryName(e: StudyTimeRecord): string {
  const what = (autoLabel[e.source] ?? manualLabel[e.source] ?? e.source).replace(' (automatic)', '').toLowerCase();
  return `${what} entry of ${e.date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })} (${Math.round(e.minutes)} min)`;
}

interface Props {
  entry: StudyTimeRecord;
  /** This row's entry is open in the form. */
  editing: boolean;
  onEdit: (entry: StudyTimeRecord) => void;
  onDelete: (entry: StudyTimeRecord) => void;
}

/** One row of the time log: Edit for manual entries, and Delete after a confirmation in the row. */
export function TimeEntryRow({ entry: e, editing, onEdit, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const name = entryName(e);
  return (
    <tr aria-current={editing ? 'true' : undefined}>
      <td>{e.date.toLocaleDateString()}</td>
      <td>{autoLabel[e.source] ?? manualLabel[e.source] ?? e.source}</td>
      <td>{e.domain === 0 ? 'All' : `D${e.domain}`}</td>
      <td>{Math.round(e.minutes)}</td>
      <td>{e.note}</td>
      <td>
        {confirming ? (
          <DeleteConfirm what={`the ${name}`} onKeep={() => setConfirming(false)} onDelete={() => onDelete(e)} />
        ) : (
          <span className="row">
            {isManualEntry(e) && (
              <button type="button" onClick={() => onEdit(e)} aria-label={`Edit the ${name}`} disabled={editing}>
                Edit
              </button>
            )}
            <button type="button" onClick={() => setConfirming(true)} aria-label={`Delete the ${name}`}>
              Delete
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}
