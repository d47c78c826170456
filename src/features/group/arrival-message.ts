import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** What a screen hands to the group screen it moves to: a line saying what was just done. */
export const arrivalState = (message: string) => ({ message });

export interface Arrival {
  message: string;
  /** The history entry it came with: a new arrival, even with the same words, is shown (and focused) anew. */
  key: string;
}

/** A history entry's state: the message handed over, or, once it is taken, which arrival it had. */
type Carried = { message?: unknown; told?: unknown } | null;

/**
 * The line handed over by the screen that sent the learner here (Accept on a link, Delete on a
 * group). It travels in the history entry's state, which a reload and Back/Forward bring back, but
 * it says what *just* happened: so it is kept here, on screen, and taken out of the entry at once.
 * Another entry of the same screen (Back, Forward) does not show it.
 */
export function useArrivalMessage(): Arrival | null {
  const location = useLocation();
  const navigate = useNavigate();
  const carried = location.state as Carried;
  const message = typeof carried?.message === 'string' ? carried.message : null;
  const [arrival, setArrival] = useState<Arrival | null>(message === null ? null : { message, key: location.key });
  if (message !== null && arrival?.key !== location.key) setArrival({ message, key: location.key });
  else if (message === null && arrival !== null && carried?.told !== arrival.key) setArrival(null);

  const { pathname, search, hash, key } = location;
  useEffect(() => {
    if (message === null) return;
    void navigate({ pathname, search, hash }, { replace: true, state: { told: key } });
  }, [message, pathname, search, hash, key, navigate]);
  return arrival;
}
