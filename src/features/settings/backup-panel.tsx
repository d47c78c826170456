import { useEffect, useRef, useState } from 'react';
import { exportBackup, recordBackupDone, reviewHistoryCsv, useBackupStatus, type BackupStatus } from '../../data/backup-repo';
import { appNow } from '../../data/clock';
import { BackupImport } from './backup-import';
import { calendarDayOf } from '../../domain/calendar-day';
import { downloadBlob, downloadText } from '../../ui/download-file';
import { countOf } from '../../domain/count-text';
import { formatDateTime, formatMegabytes } from './backup-files';
import { BackupReminderDays } from './backup-reminder-days';
import { StorageStatusSection } from './storage-status';
import { ActionStatus, useActionStatus } from '../../ui/action-status';

/** Backups on the Settings screen: export, the reminder, import, and the browser's storage. */
export function BackupPanel() {
  const status = useBackupStatus();
  const [busy, setBusy] = useState(false);
  // The pressed button is disabled while the file is made (or, in the banner, goes with it), which
  // drops focus, or not, depending on how fast the file was made: the words saying what was saved,
  // or what went wrong, always take it (ActionStatus's takeFocus).
  const [said, say] = useActionStatus();
  const [error, setError] = useState('');
  const errorLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (error) errorLine.current?.focus();
  }, [error]);

  async function run(task: () => Promise<string>) {
    setBusy(true);
    say('');
    setError('');
    try {
      say(await task(), true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const exportEverything = () =>
    run(async () => {
      const now = appNow();
      const fileName = `bastion-backup-${calendarDayOf(now)}.json`;
      const backup = await exportBackup(now);
      downloadBlob(fileName, backup.file);
      await recordBackupDone(now);
      const { reviewLogs, cards, sessions } = backup.counts;
      return `Saved ${fileName} (${formatMegabytes(backup.bytes)}): ${countOf(reviewLogs, 'answer')}, ${countOf(cards, 'scheduled question')}, ${countOf(sessions, 'session')}, your plans and settings. Keep it somewhere other than this browser.`;
    });

  const exportCsv = () =>
    run(async () => {
      const fileName = `bastion-review-history-${calendarDayOf(appNow())}.csv`;
      // A byte-order mark makes Excel read the file as UTF-8; other spreadsheets ignore it.
      downloadText(fileName, ['\uFEFF', await reviewHistoryCsv()], 'text/csv;charset=utf-8');
      return `Saved ${fileName}.`;
    });

  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">Backups</h2>
      <p>
        Your history exists only in this browser. Clearing site data, a new computer or a browser short of space would lose it. A backup is
        one file holding everything; keep it somewhere else, such as another drive or a cloud folder.
      </p>
      {status?.due && <BackupReminder status={status} busy={busy} onBackUp={() => void exportEverything()} />}
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={() => void exportEverything()}>
          Export everything
        </button>
        <button type="button" disabled={busy} onClick={() => void exportCsv()}>
          Export review history as CSV
        </button>
      </div>
      <p className="muted">
        {status?.lastBackupAt ? `Last backup: ${formatDateTime(status.lastBackupAt)}.` : 'No backup yet from this browser.'} The CSV lists
        every answer (date, question, result, rating, confidence, time taken) for a spreadsheet; it cannot be imported back.
      </p>
      <ActionStatus {...said} />
      {error && (
        <p role="alert" className="bad" ref={errorLine} tabIndex={-1}>
          {error}
        </p>
      )}
      {status && <BackupReminderDays days={status.reminderDays} />}
      <BackupImport />
      <StorageStatusSection />
    </section>
  );
}

function BackupReminder({ status, busy, onBackUp }: { status: BackupStatus; busy: boolean; onBackUp: () => void }) {
  const last = status.lastBackupAt;
  const days = last ? Math.floor((appNow().getTime() - last.getTime()) / 86_400_000) : 0;
  return (
    <div className="banner row">
      <p style={{ margin: 0 }}>
        <strong>Time for a backup.</strong>{' '}
        {last ? `Your last backup was ${countOf(days, 'day')} ago.` : 'You have answered questions but never made a backup.'}
      </p>
      <button type="button" disabled={busy} onClick={onBackUp}>
        Back up now
      </button>
    </div>
  );
}
