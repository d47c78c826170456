import { useEffect, useRef, useState } from 'react';

/**
 * A long list shown `shownAtFirst` lines at a time until the learner asks for all of them ("Show
 * all 617 entries"). That button goes away when pressed, so focus would fall to the page: it moves
 * to the first line that was not shown before (`firstNew`, put on that line or a control in it), where
 * the learner goes on reading and tabbing.
 */
export function useShowAll<T extends HTMLElement>(shownAtFirst: number) {
  const [all, setAll] = useState(false);
  const firstNew = useRef<T>(null);
  useEffect(() => {
    if (all) firstNew.current?.focus();
  }, [all]);
  return {
    /** How many lines to show now. */
    limit: all ? Infinity : shownAtFirst,
    showAll: () => setAll(true),
    /** For the line at index `shownAtFirst`, the first one "Show all" brings. */
    firstNew,
  };
}
