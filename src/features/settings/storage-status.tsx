import { useEffect, useState } from 'react';
import { readStorageReport, requestPersistence, type StorageReport } from '../../data/storage-status';
import { formatMegabytes } from './backup-files';

const persistenceText = {
  true: 'Storage is persistent: the browser will not clear Bastion’s data to make room; only you can, by clearing site data.',
  false: 'Storage is not persistent: if this device runs low on space, the browser may clear Bastion’s data, history included.',
  null: 'This browser does not say whether it may clear Bastion’s data to make room.',
} as const;

const offlineText: Record<StorageReport['offline'], string> = {
  ready: 'Works offline: this browser keeps a copy of the app and the whole question bank, so Bastion opens and runs without a network.',
  pending:
    'The offline copy is not in use yet: it is saved in the background on your first visit and used from the next time Bastion opens.',
  unsupported:
    'This browser cannot keep an offline copy of the app (service workers are off, as in some private windows), so Bastion needs the network to open here. Your data still stays in this browser.',
};

/** Megabytes, or gigabytes for a quota of several gigabytes ("10 GB" rather than "10,246 MB"). */
function formatSize(bytes: number): string {
  const gb = bytes / 2 ** 30;
  return gb >= 1 ? `${gb.toLocaleString(undefined, { maximumFractionDigits: gb < 10 ? 1 : 0 })} GB` : formatMegabytes(bytes);
}

/** Where the bytes go, in plain words: "2.1 MB of the 10 GB …; your data 1.6 MB, the offline copy of the app 4.5 MB." */
function usageText(status: StorageReport): string | null {
  if (status.usage === null || status.quota === null) return null;
  const total = `Using ${formatSize(status.usage)} of the ${formatSize(status.quota)} this browser allows this site`;
  if (status.databaseBytes === null || status.offlineCopyBytes === null) return `${total}.`;
  return `${total}: your data ${formatSize(status.databaseBytes)}, the offline copy of the app ${formatSize(status.offlineCopyBytes)}.`;
}

/** Whether the browser may evict the learner's data, how much space it uses, offline readiness, and a way to ask it to keep the data. */
export function StorageStatusSection() {
  const [status, setStatus] = useState<StorageReport | null>(null);
  const [message, setMessage] = useState('');
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let live = true;
    void readStorageReport().then((next) => {
      if (live) setStatus(next);
    });
    return () => {
      live = false;
    };
  }, [asked]);

  async function askToKeep() {
    const granted = await requestPersistence();
    setMessage(
      granted
        ? 'The browser agreed: it will keep Bastion’s data until you delete it.'
        : 'The browser declined. Browsers usually grant this to sites you use often, bookmark or install; regular backups keep you safe either way.',
    );
    setAsked((n) => n + 1);
  }

  const usage = status && usageText(status);
  return (
    <section aria-labelledby="storage-title">
      <h3 id="storage-title">Storage</h3>
      {status && (
        <>
          <p>{persistenceText[String(status.persisted) as keyof typeof persistenceText]}</p>
          {usage && <p>{usage}</p>}
          <p>{offlineText[status.offline]}</p>
          {status.persisted === false && (
            <button type="button" onClick={() => void askToKeep()}>
              Keep my data (ask the browser not to evict it)
            </button>
          )}
        </>
      )}
      <p className="muted">
        Persistent storage means the browser keeps this site’s data even when space runs low, instead of deleting it without asking. Bastion
        asks for it once, after your first finished session. If the disk fills up, Bastion says so and saves nothing half-way; a backup kept
        elsewhere is the surest protection.
      </p>
      <p role="status">{message}</p>
    </section>
  );
}
