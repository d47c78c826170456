import { useState, type ReactNode } from 'react';
import { useFocusWhenShown } from './use-focus-when-shown';
import { InlineConfirm } from './inline-confirm';

interface Props {
  /** What the buttons act on, as read after the verb: "the reading entry of 4 Mar 2026 (90 min)", "SOC analyst". */
  name: string;
  /** The destructive verb on the button: "Delete" or "Remove". */
  verb?: 'Delete' | 'Remove';
  /** The visible question when "Delete?" alone would not say what goes with it. */
  question?: string;
  /** The asking button's own content ("Delete this group"), which then names it; otherwise the verb, named with `name`. */
  buttonText?: ReactNode;
  onConfirm: () => void;
  /** Other buttons shown beside the verb (e.g. Edit); hidden while the question is asked. */
  children?: ReactNode;
}

/**
 * A Delete (or Remove) button that asks first, in place (`InlineConfirm`): "Delete? Keep / Yes, delete". Focus lands
 * on Keep, so a second Enter does not destroy anything by accident; Keep (or Escape) puts focus back
 * on the button that asked. The caller moves focus after a confirmed delete, since this row goes.
 */
export function ConfirmDelete({ name, verb = 'Delete', question, buttonText, onConfirm, children }: Props) {
  const [confirming, setConfirming] = useState(false);
  const { target: asker, focusWhenShown } = useFocusWhenShown<HTMLButtonElement>(!confirming);
  const keep = () => {
    focusWhenShown(); // back on the button that asked
    setConfirming(false);
  };
  const lower = verb.toLowerCase();
  if (confirming)
    return (
      <InlineConfirm
        question={question ?? `${verb}?`}
        label={`${verb} ${name}?`}
        keepText="Keep"
        confirmText={`Yes, ${lower}`}
        confirmLabel={`Yes, ${lower} ${name}`}
        onKeep={keep}
        onConfirm={onConfirm}
      />
    );
  return (
    <span className="row">
      {children}
      <button
        type="button"
        ref={asker}
        onClick={() => setConfirming(true)}
        aria-label={buttonText === undefined ? `${verb} ${name}` : undefined}
      >
        {buttonText ?? verb}
      </button>
    </span>
  );
}
