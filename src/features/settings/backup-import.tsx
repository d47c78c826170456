import { useState } from 'react';
import { importBackup, previewImport, type ImportPreview, type ImportResult } from '../../data/backup-repo';
import type { Backup } from '../../domain/backup/backup-format';
import { appNow } from '../../data/clock';
import { MAX_BACKUP_CHARS, MAX_BACKUP_MB } from '../../domain/backup/backup-format';
import { countOf } from '../../domain/count-text';
import { formatDateTime, formatMegabytes } from './backup-files';
import { BackupPreview } from './backup-preview';
import { ActionStatus } from '../../ui/action-status';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'preview'; fileName: string; preview: Extract<ImportPreview, { ok: true }> }
  | { kind: 'refused'; fileName: string; problems: string[] };

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Import in two steps: choosing a file only reads and checks it, and shows what it holds against
 * what is here; nothing changes until "Replace my data with this backup".
 */
export function BackupImport() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [message, setMessage] = useState('');
  // A new key empties the file input, so choosing the same file again reads it again.
  const [inputKey, setInputKey] = useState(0);

  function reset(text = '') {
    setStep({ kind: 'idle' });
    setMessage(text);
    setInputKey((k) => k + 1);
  }

  async function read(file: File) {
    setMessage('');
    setStep({ kind: 'busy' });
    // UTF-8 holds at most 3 bytes per character of a JavaScript string: a bigger file is refused unread.
    if (file.size > 3 * MAX_BACKUP_CHARS) {
      setStep({
        kind: 'refused',
        fileName: file.name,
        problems: [`the file is ${formatMegabytes(file.size)}, more than a backup can be (${MAX_BACKUP_MB} MB)`],
      });
      return;
    }
    let text: string;
    let preview: ImportPreview;
    try {
      text = await file.text();
      preview = await previewImport(text);
    } catch (error) {
      setStep({ kind: 'refused', fileName: file.name, problems: [`the file could not be read: ${describe(error)}`] });
      return;
    }
    setStep(
      preview.ok ? { kind: 'preview', fileName: file.name, preview } : { kind: 'refused', fileName: file.name, problems: preview.problems },
    );
  }

  async function replace(fileName: string, backup: Backup) {
    setStep({ kind: 'busy' });
    const result = await importBackup(backup, appNow()).catch((error: unknown): ImportResult => ({
      ok: false,
      problems: [`the import failed and nothing was changed: ${describe(error)}`],
    }));
    if (!result.ok) {
      setStep({ kind: 'refused', fileName, problems: result.problems });
      return;
    }
    const age = result.ageDays === 0 ? 'made today' : `${countOf(result.ageDays, 'day')} old`;
    reset(
      `Your data was replaced with the backup of ${formatDateTime(result.exportedAt)} (${age}): ` +
        `${countOf(result.counts.reviewLogs, 'answer')}, ${countOf(result.counts.cards, 'scheduled question')}, ${countOf(result.counts.sessions, 'session')}.`,
    );
  }

  return (
    <section aria-labelledby="import-title">
      <h3 id="import-title">Import a backup</h3>
      <label htmlFor="backup-file" style={{ display: 'block' }}>
        Backup file (.json) to check before importing
      </label>
      <input
        key={inputKey}
        id="backup-file"
        type="file"
        accept="application/json,.json"
        disabled={step.kind === 'busy'}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void read(file);
        }}
      />
      {step.kind === 'refused' && (
        <div role="alert" className="banner">
          <p style={{ marginTop: 0 }}>
            <strong>{step.fileName} cannot be imported.</strong> Nothing was changed. What is wrong:
          </p>
          <ul>
            {step.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {step.kind === 'preview' && (
        <BackupPreview
          fileName={step.fileName}
          preview={step.preview}
          onConfirm={() => void replace(step.fileName, step.preview.backup)}
          onCancel={() => reset('Import cancelled. Nothing was changed.')}
        />
      )}
      <ActionStatus message={step.kind === 'busy' ? 'Working…' : message} />
    </section>
  );
}
