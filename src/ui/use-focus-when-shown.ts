import { useEffect, useRef } from 'react';

/**
 * Focus for a control that is about to come back: a button replaced for a moment by a form or a
 * confirmation ("Change dates or hours", "Delete") returns only on the next render, so focusing it at
 * once would find nothing. Call `focusWhenShown()` when putting it back (Cancel, Keep); the control
 * takes focus once `shown` is true again.
 */
export function useFocusWhenShown<T extends HTMLElement>(shown: boolean) {
  const target = useRef<T>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!shown || !pending.current) return;
    pending.current = false;
    target.current?.focus();
  }, [shown]);
  return {
    target,
    focusWhenShown: () => {
      pending.current = true;
    },
  };
}
