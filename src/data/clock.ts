/**
 * The app's clock. Domain code takes `now` as a parameter; screens ask here. An offset kept in
 * sessionStorage (per tab, never persisted with the learner's data) lets a browser test move the
 * whole app a day forward and check what FSRS has due — the "injected clock" of the tests.
 */
export const CLOCK_OFFSET_KEY = 'bastion:clock-offset-ms';

function offsetMs(): number {
  try {
    return Number(globalThis.sessionStorage?.getItem(CLOCK_OFFSET_KEY)) || 0;
  } catch {
    return 0;
  }
}

export function appNow(): Date {
  return new Date(Date.now() + offsetMs());
}
