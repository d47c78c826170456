import { useEffect } from 'react';
import { appNow } from '../data/clock';
import { askPersistenceOnce, useFirstFinishedSession } from '../data/storage-status';

/** After the first finished session or exam, asks the browser once to keep Bastion's data (see storage-status.ts). */
export function usePersistenceRequest(): void {
  const finished = useFirstFinishedSession();
  useEffect(() => {
    if (finished) void askPersistenceOnce(appNow());
  }, [finished]);
}
