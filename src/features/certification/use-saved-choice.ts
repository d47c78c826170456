import { useState } from 'react';

/**
 * A choice saved to IndexedDB, shown at once. A radio bound straight to the live-query value
 * snaps back to the old value until the write comes back (React restores controlled inputs after
 * each change), which flickers and confuses assistive technology. This keeps a local copy that
 * changes immediately and takes on the saved value whenever that changes (e.g. from another tab).
 */
export function useSavedChoice<T>(saved: T, save: (value: T) => Promise<void>): [T, (value: T) => void] {
  const [shown, setShown] = useState(saved);
  const [lastSaved, setLastSaved] = useState(saved);
  if (saved !== lastSaved) {
    setLastSaved(saved);
    setShown(saved);
  }
  const choose = (value: T) => {
    setShown(value);
    void save(value);
  };
  return [shown, choose];
}
