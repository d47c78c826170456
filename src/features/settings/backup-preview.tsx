import { useEffect, useRef } from 'react';
import type { ImportPreview } from '../../data/backup-repo';
import type { BackupTableName } from '../../domain/backup/backup-format';
import { formatDateTime } from './backup-files';
import { countText } from '../../domain/count-text';

const tableLabels: Record<BackupTableName, string> = {
  reviewLogs: 'Answers (review history)',
  cards: 'Questions with a review schedule',
  sessions: 'Practice, review and exam sessions',
  flags: 'Flagged questions',
  plans: 'Study plans',
  studyTime: 'Study time entries',
  settings: 'Settings',
  groups: 'Study groups',
  problemReports: 'Problem reports',
  packs: 'Your own question packs',
  questions: 'Questions in your own packs',
  meta: 'App records (such as the last backup date)',
  assignments: 'Assignments you created for your groups',
  acceptedAssignments: 'Assignments you accepted',
  memberResults: 'Member results you imported',
  teamCerts: 'Team certification tracker entries',
};

interface Props {
  fileName: string;
  preview: Extract<ImportPreview, { ok: true }>;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What a backup holds against what this browser holds now, and the one button that replaces it. */
export function BackupPreview({ fileName, preview, onConfirm, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the preview, so keyboard and screen-reader users land on what to decide.
  useEffect(() => heading.current?.focus(), []);
  const order = Object.keys(tableLabels) as BackupTableName[];
  return (
    <section aria-labelledby="preview-title">
      <h4 id="preview-title" ref={heading} tabIndex={-1}>
        Backup of {formatDateTime(preview.exportedAt)}
      </h4>
      <p>
        {fileName}, made by Bastion (database version {preview.backup.schemaVersion}).
      </p>
      <table>
        <caption className="visually-hidden">What the backup holds, and what this browser holds now</caption>
        <thead>
          <tr>
            <th scope="col">Data</th>
            <th scope="col">In the backup</th>
            <th scope="col">In this browser now</th>
          </tr>
        </thead>
        <tbody>
          {order.map((table) => (
            <tr key={table}>
              <th scope="row" style={{ fontWeight: 'normal' }}>
                {tableLabels[table]}
              </th>
              <td>{countText(preview.counts[table].inFile)}</td>
              <td>{countText(preview.counts[table].inBrowser)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="banner" style={{ marginTop: '0.75rem' }}>
        <strong>This replaces all your data in this browser</strong> with the backup: answers, schedules, sessions, plans, settings and
        flags. Anything here now that is not in the backup is lost. The question bank stays. If unsure, cancel and export a backup of this
        browser first.
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={onConfirm}>
          Replace my data with this backup
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
