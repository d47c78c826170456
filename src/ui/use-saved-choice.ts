import { useCallback, useState } from 'react';

/**
 * What the last save said when it failed (the repository's own plain message, "The day you passed
 * was not saved: … Nothing was changed."), and a way to watch a save. A save that fails is said,
 * not left as an unhandled rejection nobody sees.
 */
export function useSaveFailure(): [string, (saving: Promise<unknown>) => void] {
  const [failure, setFailure] = useState('');
  const watch = useCallback((saving: Promise<unknown>) => {
    setFailure('');
    saving.catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, []);
  return [failure, watch];
}

/**
 * A choice saved to IndexedDB, shown at once. A radio bound straight to the live-query value
 * snaps back to the old value until the write comes back (React restores controlled inputs after
 * each change), which flickers and confuses assistive technology. This keeps a local copy that
 * changes immediately and takes on the saved value whenever that changes (e.g. from another tab).
 * A save that fails puts the saved value back and says why (the third value).
 */
export function useSavedChoice<T>(saved: T, save: (value: T) => Promise<void>): [T, (value: T) => void, string] {
  const [shown, setShown] = useState(saved);
  const [lastSaved, setLastSaved] = useState(saved);
  const [failure, watch] = useSaveFailure();
  if (saved !== lastSaved) {
    setLastSaved(saved);
    setShown(saved);
  }
  const choose = (value: T) => {
    setShown(value);
    watch(
      save(value).catch((error: unknown) => {
        setShown(lastSaved);
        throw error;
      }),
    );
  };
  return [shown, choose, failure];
}
