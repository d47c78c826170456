import { TableScroll } from '../../ui/table-scroll';
import { useRef, useState } from 'react';
import type { StudyTimeRecord } from '../../data/db';
import { blueprints, type ExamId } from '../../domain/exam-blueprints';
import { calendarDayOf } from '../../domain/calendar-day';
import { longDayText } from '../../domain/day-text';
import {
  addManualEntry,
  deleteTimeEntry,
  manualEntryProblems,
  updateManualEntry,
  useTimeEntries,
  type ManualEntry,
  type ManualSource,
} from '../../data/time-repo';
import { entryName, TimeEntryRow } from './time-entry-row';
import { numberOrNaN, shownNumber } from './number-input';
import { useShowAll } from '../../ui/use-show-all';
import { countText } from '../../domain/count-text';

/** Entries listed before "Show all": about two months of daily study, and the page stays short. */
const ENTRIES_SHOWN_AT_FIRST = 50;

const sources: { value: ManualSource; label: string }[] = [
  { value: 'reading', label: 'Reading' },
  { value: 'video', label: 'Video' },
  { value: 'lab', label: 'Lab' },
  { value: 'class', label: 'Class' },
  { value: 'other', label: 'Other' },
];

const toManualEntry = (e: StudyTimeRecord): ManualEntry => ({
  date: calendarDayOf(e.date),
  minutes: Math.round(e.minutes),
  domain: e.domain,
  exam: e.exam,
  source: e.source as ManualSource,
  note: e.note ?? '',
});

/**
 * Manual time entries (reading, video, labs, classes) and the log of all study time. The same form
 * adds an entry or, after Edit on a manual row, changes that entry in place.
 */
export function TimeLog({ exam, today }: { exam: ExamId; today: string }) {
  const entries = useTimeEntries(exam);
  const blank = (): ManualEntry => ({ date: today, minutes: 45, domain: 0, exam, source: 'reading', note: '' });
  const [entry, setEntry] = useState<ManualEntry>(blank);
  const [editing, setEditing] = useState<StudyTimeRecord | null>(null);
  const [message, setMessage] = useState('');
  const firstField = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const problems = manualEntryProblems(entry, today);
  const fail = (e: Error) => setMessage(`Not saved: ${e.message}`);
  const { limit, showAll, firstNew } = useShowAll<HTMLTableRowElement>(ENTRIES_SHOWN_AT_FIRST);
  const examEntries = entries ?? [];
  const shown = examEntries.slice(0, limit);

  const startEditing = (record: StudyTimeRecord) => {
    setEditing(record);
    setEntry(toManualEntry(record));
    setMessage('');
    firstField.current?.focus();
  };
  const stopEditing = (note: string) => {
    setEditing(null);
    setEntry(blank());
    setMessage(note);
  };
  const remove = (record: StudyTimeRecord) => {
    if (record.id === undefined) return;
    void deleteTimeEntry(record.id).then(() => {
      if (editing?.id === record.id) stopEditing('');
      setMessage(`Deleted the ${entryName(record)}.`);
      // The row and its buttons are gone: put focus somewhere that still exists.
      heading.current?.focus();
    }, fail);
  };

  return (
    <section className="card" aria-labelledby="time-title">
      <h2 id="time-title" ref={heading} tabIndex={-1}>
        Study time
      </h2>
      <p className="muted">
        Practice, review and exams log their active time automatically (idle over 2 minutes or a hidden tab does not count); only entries
        you logged by hand can be edited.
      </p>
      <form
        className="row"
        aria-label={editing ? `Edit the ${entryName(editing)}` : 'Log study time'}
        onSubmit={(e) => {
          e.preventDefault();
          if (problems.length > 0) return;
          const saved = { ...entry };
          if (editing?.id !== undefined)
            void updateManualEntry(editing.id, saved).then(
              () => stopEditing(`Saved: ${saved.minutes} min of ${saved.source} on ${longDayText(saved.date)}.`),
              fail,
            );
          else void addManualEntry(saved).then(() => setMessage(`Logged ${saved.minutes} min of ${saved.source}.`), fail);
        }}
      >
        {editing && (
          <p className="form-note">
            <strong>Editing</strong> the {entryName(editing)}.
          </p>
        )}
        <label>
          Date{' '}
          <input
            ref={firstField}
            type="date"
            value={entry.date}
            max={today}
            onChange={(e) => setEntry({ ...entry, date: e.target.value })}
          />
        </label>
        <label>
          Minutes{' '}
          <input
            type="number"
            min={1}
            max={1440}
            value={shownNumber(entry.minutes)}
            onChange={(e) => setEntry({ ...entry, minutes: numberOrNaN(e.target.value) })}
          />
        </label>
        <label>
          Activity{' '}
          <select value={entry.source} onChange={(e) => setEntry({ ...entry, source: e.target.value as ManualSource })}>
            {sources.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Domain{' '}
          <select value={entry.domain} onChange={(e) => setEntry({ ...entry, domain: Number(e.target.value) })}>
            <option value={0}>All domains</option>
            {blueprints[exam].domains.map((d) => (
              <option key={d.number} value={d.number}>
                {d.number}. {d.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Note <input type="text" value={entry.note} maxLength={200} onChange={(e) => setEntry({ ...entry, note: e.target.value })} />
        </label>
        <button type="submit" className={editing ? 'primary' : undefined} disabled={problems.length > 0}>
          {editing ? 'Save changes' : 'Log time'}
        </button>
        {editing && (
          <button type="button" onClick={() => stopEditing('Edit cancelled; the entry is unchanged.')}>
            Cancel
          </button>
        )}
      </form>
      {problems.length > 0 && <p role="alert">{problems.join(' ')}</p>}
      <p role="status">{message}</p>
      <TableScroll label="Study time entries, newest first (scrolls sideways)">
        <table>
          <caption className="visually-hidden">Study time entries, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Activity</th>
              <th scope="col">Domain</th>
              <th scope="col">Minutes</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e, i) => (
              <TimeEntryRow
                key={e.id}
                ref={i === ENTRIES_SHOWN_AT_FIRST ? firstNew : undefined}
                entry={e}
                editing={editing?.id === e.id}
                onEdit={startEditing}
                onDelete={remove}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
      {shown.length < examEntries.length && (
        <p className="row">
          <span className="muted">
            Showing the latest {shown.length} of {countText(examEntries.length)} entries.
          </span>{' '}
          <button type="button" onClick={showAll}>
            Show all {countText(examEntries.length)} entries
          </button>
        </p>
      )}
    </section>
  );
}
