import { useState } from 'react';
import { cisspFacts, formatCount } from '../../domain/certification/certification-facts';
import { cpeCsv } from '../../domain/certification/endorsement-cpe';
import { removeCpeEntry, type CertificationProfile, type StoredCpeEntry } from '../../data/certification-repo';
import { ActionStatus, useActionStatus } from '../../ui/action-status';
import { CpeForm } from './cpe-form';
import { CpeProgressPanel } from './cpe-progress-panel';
import { CpeTable } from './cpe-table';
import { downloadCsv } from './csv-download';
import { calendarDayOf } from '../../domain/calendar-day';

interface Props {
  profile: CertificationProfile;
  now: Date;
}

/** Continuing professional education: log, progress through the cycle, and a CSV export. */
export function CpeSection({ profile, now }: Props) {
  const [editing, setEditing] = useState<StoredCpeEntry | null>(null);
  const [status, say] = useActionStatus();
  /** Says what happened and puts focus on the words: the control that was pressed is going. */
  const announce = (text: string) => say(text, true);
  const entries = profile.cpeEntries;
  return (
    <section className="card" aria-labelledby="cpe-title">
      <h2 id="cpe-title">CPE credits</h2>
      <p className="muted">
        CISSP holders earn {formatCount(cisspFacts.cpePerCycle, 'CPE credits')} every {formatCount(cisspFacts.cpeCycleYears, 'years')}, at
        least {formatCount(cisspFacts.cpeGroupAMinimumPerCycle, 'in Group A')}; about{' '}
        {formatCount(cisspFacts.cpeSuggestedPerYear, 'a year')} keeps pace. One hour of activity earns one credit.
      </p>
      {profile.certifiedDate === null ? (
        <p>Enter the day you were certified, above, to see your progress through the cycle.</p>
      ) : (
        <CpeProgressPanel entries={entries} certification={profile.certification} cycleStart={profile.certifiedDate} now={now} />
      )}
      <CpeForm
        key={editing?.id ?? 'new'}
        entry={editing}
        now={now}
        onSaved={(text) => {
          setEditing(null);
          say(text);
        }}
        onCancel={() => setEditing(null)}
      />
      <ActionStatus {...status} className="muted" />
      <CpeTable
        entries={entries}
        onEdit={setEditing}
        onDelete={(entry) => {
          if (editing?.id === entry.id) setEditing(null);
          void removeCpeEntry(entry.id).then(
            () => announce(`Deleted “${entry.activity}”.`),
            (error: Error) => announce(error.message),
          );
        }}
      />
      <div className="row" style={{ marginTop: '0.75rem' }}>
        <button
          type="button"
          disabled={entries.length === 0}
          onClick={() => {
            const oldestFirst = [...entries].sort((a, b) => a.date.localeCompare(b.date));
            downloadCsv(`bastion-cpe-${calendarDayOf(now)}.csv`, cpeCsv(oldestFirst));
            say(`Exported ${entries.length} CPE ${entries.length === 1 ? 'entry' : 'entries'} as CSV.`);
          }}
        >
          Export CPE as CSV
        </button>
      </div>
    </section>
  );
}
