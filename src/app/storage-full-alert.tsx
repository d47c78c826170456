import { dismissStorageFull, STORAGE_FULL_MESSAGE, useStorageFull } from '../data/storage-full';

/** Shown on any screen when the browser refused a write for lack of disk space (see src/data/storage-full.ts). */
export function StorageFullAlert() {
  const failedAt = useStorageFull((s) => s.failedAt);
  if (!failedAt) return null;
  return (
    <div className="banner storage-full" role="alert">
      <p>
        <strong>Not saved: storage is full.</strong> {STORAGE_FULL_MESSAGE}
      </p>
      <button type="button" onClick={dismissStorageFull}>
        Close this message
      </button>
    </div>
  );
}
