import type { LoadedSession } from '../../data/study-hooks';
import { countText } from '../../domain/count-text';

interface Props {
  /** The practice session that is open. */
  session: LoadedSession;
  /** The Quick 10 was asked for and is being started. */
  starting: boolean;
  onContinue: () => void;
  onStartQuick: () => void;
}

/**
 * A Quick 10 asked for while another practice session is open: say which one is open and how far it
 * got, and let the learner choose, rather than show the old session as if it were the Quick 10.
 * Continuing is the safe choice and has focus; starting closes the open session, keeping its answers
 * (as a readiness practice link does). Either way the screen that follows takes focus itself (the
 * question's heading).
 */
export function OpenSessionChoice({ session: { state }, starting, onContinue, onStartQuick }: Props) {
  const answered = Object.keys(state.answers).length;
  if (starting) return <p role="status">Starting a Quick 10…</p>;
  return (
    <div role="group" aria-labelledby="open-session-note">
      <p id="open-session-note">
        You have a practice session open: “{state.config.title}”, {countText(answered)} of {countText(state.queue.length)} questions
        answered. Starting the Quick 10 closes it; its answers are kept.
      </p>
      <div className="row">
        <button type="button" autoFocus onClick={onContinue}>
          Continue it
        </button>
        <button type="button" onClick={onStartQuick}>
          Start the Quick 10 instead
        </button>
      </div>
    </div>
  );
}
