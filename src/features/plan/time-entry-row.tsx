import type { Ref } from 'react';
import { ConfirmDelete } from '../../ui/confirm-delete';
import { longDateText } from '../../domain/day-text';
import type { StudyTimeRecord } from '../../data/db';

const autoLabel: Record<string, string> = { practice: 'Practice (automatic)', review: 'Review (automatic)', exam: 'Exam (automatic)' };
const manualLabel: Record<string, string> = { reading: 'Reading', video: 'Video', lab: 'Lab', class: 'Class', other: 'Other' };

/** Practice, review and exam time is measured by the app; only what the learner typed in can be edited. */
export const isManualEntry = (e: StudyTimeRecord) => !(e.source in autoLabel);

/** How an entry is named on its buttons and in messages, e.g. "reading entry of 4 March 2026 (90 min)". */
export function entryName(e: StudyTimeRecord): string {
  const what = (autoLabel[e.source] ?? manualLabel[e.source] ?? e.source).replace(' (automatic)', '').toLowerCase();
  return `${what} entry of ${longDateText(e.date)} (${Math.round(e.minutes)} min)`;
}

interface Props {
  entry: StudyTimeRecord;
  /** This row's entry is open in the form. */
  editing: boolean;
  onEdit: (entry: StudyTimeRecord) => void;
  onDelete: (entry: StudyTimeRecord) => void;
  /** Given to the row that focus moves to when "Show all" brings it into view. */
  ref?: Ref<HTMLTableRowElement>;
}

/** One row of the time log: Edit for manual entries, and Delete after a confirmation in the row. */
export function TimeEntryRow({ entry: e, editing, onEdit, onDelete, ref }: Props) {
  const name = entryName(e);
  return (
    <tr aria-current={editing ? 'true' : undefined} ref={ref} tabIndex={ref ? -1 : undefined}>
      <td>{longDateText(e.date)}</td>
      <td>{autoLabel[e.source] ?? manualLabel[e.source] ?? e.source}</td>
      <td>{e.domain === 0 ? 'All' : `D${e.domain}`}</td>
      <td>{Math.round(e.minutes)}</td>
      <td>{e.note}</td>
      <td>
        <ConfirmDelete name={`the ${name}`} onConfirm={() => onDelete(e)}>
          {isManualEntry(e) && (
            <button type="button" onClick={() => onEdit(e)} aria-label={`Edit the ${name}`} disabled={editing}>
              Edit
            </button>
          )}
        </ConfirmDelete>
      </td>
    </tr>
  );
}
