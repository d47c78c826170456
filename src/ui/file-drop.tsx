import { useState, type DragEvent, type ReactNode } from 'react';

interface Props {
  id: string;
  label: ReactNode;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  /** Shown under the picker, e.g. what files it takes. */
  hint?: ReactNode;
  onFiles: (files: File[]) => void;
}

/**
 * A file picker that also takes files dropped on it. The input stays a real, labelled file input
 * (keyboard and screen readers use it as usual); dropping is the extra for mouse users.
 */
export function FileDrop({ id, label, accept, multiple = false, disabled = false, hint, onFiles }: Props) {
  const [over, setOver] = useState(false);
  // A new key empties the input, so choosing the same file again reads it again.
  const [inputKey, setInputKey] = useState(0);
  const take = (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
    setInputKey((k) => k + 1);
  };
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) take(e.dataTransfer.files);
  };
  return (
    <div
      className={`file-drop${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id}>{label}</label>
      <input
        key={inputKey}
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => take(e.target.files)}
      />
      {hint && (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      )}
    </div>
  );
}
