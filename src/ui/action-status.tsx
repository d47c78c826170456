import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { focusLost } from './focus-lost';

/**
 * One thing the app said it did. `count` goes up with every saying, so the same words said twice
 * (two deletions in a row that read alike) are still news: focus moves to them and they are read
 * out again.
 */
export interface Said {
  message: string;
  count: number;
  /** Move focus to the words even if the pressed control is still there (it is about to go). */
  takeFocus?: boolean;
}

/**
 * The state behind an ActionStatus: `say(message)` reports what just happened, `say(message, true)`
 * also when the control pressed is about to go (see ActionStatus). Spread the state into it:
 * `<ActionStatus {...status} />`.
 */
export function useActionStatus(): [Said, (message: string, takeFocus?: boolean) => void] {
  const [said, setSaid] = useState<Said>({ message: '', count: 0 });
  const say = useCallback(
    (message: string, takeFocus = false) => setSaid((before) => ({ message, count: before.count + 1, takeFocus })),
    [],
  );
  return [said, say];
}

interface Props {
  message: string;
  takeFocus?: boolean;
  /** From useActionStatus: a new count is a new saying, even of the same message. */
  count?: number;
  className?: string;
}

/**
 * The status line that says what an action did ("Imported …", "Your data was replaced …"). When
 * the control the learner pressed went away with the action (a preview's button, a list item's
 * Remove), focus would fall back to the page itself and the next Tab start at the top: it moves
 * here instead, so keyboard and screen-reader users land on the outcome. Focus still on a control
 * that exists is left where it is, unless `takeFocus` says the control is about to go (a list item
 * removed once a live query re-reads the list, after the message is set).
 */
export function ActionStatus({ message, takeFocus = false, count = 0, className }: Props) {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!message) return;
    const frame = requestAnimationFrame(() => {
      if (!takeFocus && !focusLost()) return;
      line.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [message, takeFocus, count]);
  return (
    <p role="status" ref={line} tabIndex={-1} className={className}>
      {/* A new text node for each saying: a screen reader reads a repeated message out again. */}
      <Fragment key={count}>{message}</Fragment>
    </p>
  );
}
