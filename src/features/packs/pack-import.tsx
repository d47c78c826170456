import { useEffect, useState, type DragEvent } from 'react';
import { ActionStatus } from '../../ui/action-status';
import { PackImportPreview } from './pack-import-preview';
import { usePackImport } from './use-pack-import';
import { countOf, countText } from '../../domain/count-text';

/**
 * Import a pack file: pick it, or drop it on the area. Only the file input takes focus, so keyboard
 * and screen-reader users have one control; dropping is a shortcut for pointer users.
 */
export function PackImport() {
  const { step, message, choose, confirm, cancel } = usePackImport();
  const [dragging, setDragging] = useState(false);
  // A new key empties the file input, so choosing the same file again reads it again.
  const [inputKey, setInputKey] = useState(0);
  const busy = step.kind === 'checking' || step.kind === 'writing';
  useEffect(() => {
    // A file dropped just outside the area would otherwise make the browser open it in place of the app.
    const keep = (e: globalThis.DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  function take(file: File | undefined) {
    if (!file || busy) return;
    setInputKey((k) => k + 1);
    choose(file);
  }
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    take(e.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import a pack</h2>
      <div
        className={`drop-zone ${dragging ? 'dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="pack-file" style={{ display: 'block' }}>
          Pack file (.pack.json, at most 10 MB) to check before importing
        </label>
        <input
          key={inputKey}
          id="pack-file"
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => take(e.target.files?.[0])}
        />
        <p className="muted" style={{ marginBottom: 0 }}>
          Or drop the file here. It is checked with the same rules as the bundled bank; nothing is written until you confirm.
        </p>
      </div>
      {step.kind === 'checking' && (
        <p>
          Checking {step.fileName}… <progress max={Math.max(1, step.total)} value={step.done} aria-label={`Checking ${step.fileName}`} />{' '}
          {step.total > 0 && `${countText(step.done)} of ${countText(step.total)} questions`}
        </p>
      )}
      {step.kind === 'writing' && (
        <p>
          Importing {countOf(step.count, 'question')}… <progress aria-label={`Importing ${step.fileName}`} />
        </p>
      )}
      {step.kind === 'checked' && <PackImportPreview step={step} onConfirm={confirm} onCancel={cancel} />}
      <ActionStatus message={message} />
    </section>
  );
}
