import { useState } from 'react';
import { appNow } from '../../data/clock';
import { importReportText, type ReportImportOutcome } from '../../data/group-dashboard-repo';
import { formatBytes } from '../../domain/group/group-codec';
import { GROUP_CAPS } from '../../domain/group/group-schema';
import { FileDrop } from '../../ui/file-drop';
import { ImportOutcomes } from './import-outcomes';

export interface FileOutcome {
  name: string;
  outcome: ReportImportOutcome;
}

/**
 * Member reports in, many at once (picked or dropped): each file is checked and imported on its
 * own, one after another, with progress; the bad ones are listed with their reasons.
 */
export function ReportImport({ groupId }: { groupId: string }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);

  async function importAll(files: File[]) {
    const results: FileOutcome[] = [];
    setOutcomes([]);
    for (const [i, file] of files.entries()) {
      setProgress({ done: i, total: files.length });
      const outcome: ReportImportOutcome =
        file.size > GROUP_CAPS.fileBytes
          ? { ok: false, problems: [`the file is ${formatBytes(file.size)}, more than a report can be (2 MB)`] }
          : await file
              .text()
              .then((text) => importReportText(groupId, text, appNow()))
              .catch((error: unknown) => ({ ok: false, problems: [`the file could not be read: ${String(error)}`] }));
      results.push({ name: file.name, outcome });
      setOutcomes([...results]);
    }
    setProgress({ done: files.length, total: files.length });
  }

  const busy = progress !== null && progress.done < progress.total;
  return (
    <div>
      <FileDrop
        id="report-files"
        label="Member report files (.bastion-report.json), one or many"
        accept=".json,application/json"
        multiple
        disabled={busy}
        hint="Choose several files at once, or drop them here. Importing a report again, or an older one, changes nothing."
        onFiles={(files) => void importAll(files)}
      />
      {progress && (
        <p role="status">
          <progress max={progress.total} value={progress.done} aria-label="Report files imported" /> {progress.done} of {progress.total}{' '}
          file{progress.total === 1 ? '' : 's'}
          {busy ? '…' : ' checked.'}
        </p>
      )}
      <ImportOutcomes outcomes={outcomes} />
    </div>
  );
}
