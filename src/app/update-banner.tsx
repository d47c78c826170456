import type { SessionRecord } from '../data/db';

const activityNames: Record<SessionRecord['kind'], string> = {
  practice: 'practice session',
  review: 'review session',
  exam: 'exam',
  assignment: 'group assignment',
};

/** "your exam", "your practice session and your exam". */
function activities(kinds: readonly SessionRecord['kind'][]): string {
  const names = kinds.map((k) => `your ${activityNames[k]}`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

interface Props {
  /** Sessions in progress in any tab; the reload is offered only when there are none. */
  inProgress: readonly SessionRecord['kind'][];
  onReload: () => void;
  onLater: () => void;
}

/**
 * A new version is ready. Reloading swaps the whole app, so it is never offered while a session or
 * an exam is in progress (in this tab or another): the banner then says what to finish first, and
 * the Reload button appears by itself once nothing is in progress.
 */
export function UpdateBanner({ inProgress, onReload, onLater }: Props) {
  const busy = inProgress.length > 0;
  return (
    <div className="banner update-banner" role="status">
      <strong>Update available.</strong>{' '}
      {busy ? (
        <>
          A new version of Bastion is ready. It can be installed once {activities(inProgress)} {inProgress.length > 1 ? 'are' : 'is'}{' '}
          finished or ended, so nothing reloads in the middle of {inProgress.length > 1 ? 'them' : 'it'}.
        </>
      ) : (
        <>A new version of Bastion is ready. Reloading takes a moment; your data stays as it is.</>
      )}
      <span className="row update-actions">
        {!busy && (
          <button type="button" className="primary" onClick={onReload}>
            Reload to update
          </button>
        )}
        <button type="button" onClick={onLater}>
          Later
        </button>
      </span>
    </div>
  );
}
