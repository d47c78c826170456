import { useEffect, useRef } from 'react';
import { focusLost } from './focus-lost';

/**
 * The status line that says what an action did ("Imported …", "Your data was replaced …"). When
 * the control the learner pressed went away with the action (a preview's button, a list item's
 * Remove), focus would fall back to the page itself and the next Tab start at the top: it moves
 * here instead, so keyboard and screen-reader users land on the outcome. Focus still on a control
 * that exists is left where it is, unless `takeFocus` says the control is about to go (a list item
 * removed once a live query re-reads the list, after the message is set).
 */
export function ActionStatus({ message, takeFocus = false }: { message: string; takeFocus?: boolean }) {
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!message) return;
    const frame = requestAnimationFrame(() => {
      if (!takeFocus && !focusLost()) return;
      line.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [message, takeFocus]);
  return (
    <p role="status" ref={line} tabIndex={-1}>
      {message}
    </p>
  );
}
