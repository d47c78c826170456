import { useState } from 'react';
import { blueprints, type ExamId } from '../../domain/exam-blueprints';
import {
  addManualEntry,
  deleteTimeEntry,
  manualEntryProblems,
  useTimeEntries,
  type ManualEntry,
  type ManualSource,
} from '../../data/time-repo';

const sources: { value: ManualSource; label: string }[] = [
  { value: 'reading', label: 'Reading' },
  { value: 'video', label: 'Video' },
  { value: 'lab', label: 'Lab' },
  { value: 'class', label: 'Class' },
  { value: 'other', label: 'Other' },
];
const sourceLabel: Record<string, string> = { practice: 'Practice (automatic)', review: 'Review (automatic)', exam: 'Exam (automatic)' };

/** Manual time entries (reading, video, labs, classes) and the log of all study time. */
export function TimeLog({ exam, today }: { exam: ExamId; today: string }) {
  const entries = useTimeEntries();
  const [entry, setEntry] = useState<ManualEntry>({ date: today, minutes: 45, domain: 0, exam, source: 'reading', note: '' });
  const [message, setMessage] = useState('');
  const problems = manualEntryProblems(entry);
  return (
    <section className="card" aria-labelledby="time-title">
      <h2 id="time-title">Study time</h2>
      <p className="muted">
        Practice, review and exams log their active time automatically (idle over 2 minutes or a hidden tab does not count).
      </p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (problems.length > 0) return;
          void addManualEntry(entry).then(() => setMessage(`Logged ${entry.minutes} min of ${entry.source}.`));
        }}
      >
        <label>
          Date <input type="date" value={entry.date} onChange={(e) => setEntry({ ...entry, date: e.target.value })} />
        </label>
        <label>
          Minutes{' '}
          <input
            type="number"
            min={1}
            max={1440}
            value={entry.minutes}
            onChange={(e) => setEntry({ ...entry, minutes: Number(e.target.value) })}
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
        <button type="submit" disabled={problems.length > 0}>
          Log time
        </button>
      </form>
      {problems.length > 0 && <p role="alert">{problems.join(' ')}</p>}
      <p role="status">{message}</p>
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
          {(entries ?? [])
            .filter((e) => e.exam === exam)
            .slice(0, 50)
            .map((e) => (
              <tr key={e.id}>
                <td>{e.date.toLocaleDateString()}</td>
                <td>{sourceLabel[e.source] ?? e.source}</td>
                <td>{e.domain === 0 ? 'All' : `D${e.domain}`}</td>
                <td>{Math.round(e.minutes)}</td>
                <td>{e.note}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => e.id !== undefined && void deleteTimeEntry(e.id)}
                    aria-label={`Delete entry of ${e.date.toLocaleDateString()}`}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
