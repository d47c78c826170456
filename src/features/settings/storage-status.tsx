import { useEffect, useState } from 'react';
import { requestPersistence, storageEstimate, type StorageStatus } from '../../data/backup-repo';
import { formatMegabytes } from './backup-files';

const persistenceText = {
  true: 'Storage is persistent: the browser will not clear Bastion’s data to make room; only you can, by clearing site data.',
  false: 'Storage is not persistent: if this device runs low on space, the browser may clear Bastion’s data, history included.',
  null: 'This browser does not say whether it may clear Bastion’s data to make room.',
} as const;

/** Whether the browser may evict the learner's data, how much space it uses, and a way to ask it not to. */
export function StorageStatusSection() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [message, setMessage] = useState('');
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    let live = true;
    void storageEstimate().then((next) => {
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

  return (
    <section aria-labelledby="storage-title">
      <h3 id="storage-title">Storage</h3>
      {status && (
        <>
          <p>{persistenceText[String(status.persisted) as keyof typeof persistenceText]}</p>
          {status.usage !== null && status.quota !== null && (
            <p>
              Using {formatMegabytes(status.usage)} of the {formatMegabytes(status.quota)} this browser allows this site.
            </p>
          )}
          {status.persisted === false && (
            <button type="button" onClick={() => void askToKeep()}>
              Keep my data (ask the browser not to evict it)
            </button>
          )}
        </>
      )}
      <p className="muted">
        Persistent storage means the browser keeps this site’s data even when space runs low, instead of deleting it without asking.
      </p>
      <p role="status">{message}</p>
    </section>
  );
}
