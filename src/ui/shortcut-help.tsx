import { useEffect, useRef, useState } from 'react';
import { shortcutList } from './use-session-keys';

/** The focused element, unless focus is nowhere (on the page itself). */
function focusedElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * A row's keys, one `<kbd>` per key or key range ("1–4 or A–D" → 1–4, or, A–D): a narrow screen
 * may wrap between keys, never inside one (a line may break after an en dash, as in "A–" / "D").
 */
function Keys({ keys }: { keys: string }) {
  return keys.split(/( or | \/ )/).map((part, i) =>
    i % 2 === 1 ? (
      part
    ) : (
      <kbd key={i} style={{ whiteSpace: 'nowrap' }}>
        {part}
      </kbd>
    ),
  );
}

/**
 * The keyboard shortcuts, in a modal dialog (Escape or the button closes it). Closed, it gives focus
 * back to what had it when it opened: the Shortcuts button, or the question's heading for "?".
 */
export function ShortcutHelp({
  onClose,
  shortcuts = shortcutList,
}: {
  onClose: () => void;
  shortcuts?: readonly (readonly [string, string])[];
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // Read while rendering, before the dialog's Close button can take focus.
  const [opener] = useState(focusedElement);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      // The dialog is already gone from the page here, so the browser cannot restore focus itself.
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onCancel={onClose}
      onKeyDown={(e) => {
        // The list's own row says "? — show or hide this list"; the session's keys are off while it is open.
        if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey) return;
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {shortcuts.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <Keys keys={keys} />
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
