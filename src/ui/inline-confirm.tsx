interface Props {
  /** The question, e.g. "End the exam?"; also names the group for screen readers. */
  question: string;
  keepText: string;
  confirmText: string;
  onKeep: () => void;
  onConfirm: () => void;
}

/**
 * A destructive action's confirmation in place of its button: the question, the safe choice and the
 * destructive one, as Plan → Study time's Delete asks it. Focus lands on the safe choice, so a second
 * Enter does not confirm by accident; Escape keeps too.
 */
export function InlineConfirm({ question, keepText, confirmText, onKeep, onConfirm }: Props) {
  return (
    <span
      className="row"
      role="group"
      aria-label={question}
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
      <button type="button" className="danger" onClick={onConfirm}>
        {confirmText}
      </button>
    </span>
  );
}
