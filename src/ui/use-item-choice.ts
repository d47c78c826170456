import { useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * The option chosen on the item now on screen. A choice belongs to the item it was made on, so a new
 * item starts with none without an effect resetting it: a reset effect can run after a fast key press
 * on the new item and wipe that press's choice. `chosenNow` reads the latest choice synchronously, so
 * Enter pressed straight after a digit submits it even before React has re-rendered.
 */
export function useItemChoice(itemKey: string | undefined) {
  const [choice, setChoice] = useState<{ key: string; position: number } | undefined>(undefined);
  const latest = useRef(choice);
  // The item the learner sees: updated at commit, before the browser can deliver another key press.
  const shownKey = useRef(itemKey);
  useLayoutEffect(() => {
    shownKey.current = itemKey;
  }, [itemKey]);

  const choose = useCallback((position: number) => {
    const key = shownKey.current;
    if (key === undefined) return;
    latest.current = { key, position };
    setChoice(latest.current);
  }, []);
  const chosenNow = useCallback(
    () => (latest.current && latest.current.key === shownKey.current ? latest.current.position : undefined),
    [],
  );
  const selected = choice && choice.key === itemKey ? choice.position : undefined;
  return { selected, choose, chosenNow };
}
