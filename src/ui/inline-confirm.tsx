interface Props {
  /** The question, e.g. "End the exam?"; also names the group for screen readers unless `label` does. */
  question: string;
  /** The group's name for screen readers when the question alone is short ("Delete?"): "Delete SOC analyst?". */
  label?: string;
  keepText: string;
  confirmText: string;
  /** The destructive button's accessible name when its text alone is short ("Yes, delete"). */
  confirmLabel?: string;
  onKeep: () => void;
  onConfirm: () => void;
}

/**
 * A destructive action's confirmation in place of its button: the question, the safe choice and the
 * destructive one, as Plan → Study time's Delete asks it. Focus lands on the safe choice, so a second
 * Enter does not confirm by accident; Escape keeps too.
 */
export function InlineConfirm({ question, label, keepText, confirmText, confirmLabel, onKeep, onConfirm }: Props) {
  return (
    <span
      className="row"
      role="group"
      aria-label={label ?? question}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onKeep();
      }}
    >
      <span>{question}</span>
      <button type="button" autoFocus onClick={onKeep}>
        {keepText}
      </button>
      <button type="button" className="danger" onClick={onConfirm} aria-label={confirmLabel}>
        {confirmText}
      </button>
    </span>
  );
}
