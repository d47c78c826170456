/**
 * Whether keyboard focus was lost: it is on the page itself, or on an element no longer in it (the
 * control pressed went away with what it acted on). Then the app places focus; otherwise it leaves
 * it where the learner put it.
 */
export function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}
