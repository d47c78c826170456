import { useEffect, useState } from 'react';
import { useBankSyncStatus } from '../../data/bank-sync-status';
import { saveSetting, useSetting } from '../../data/settings-repo';
import { storageRefusal } from '../../data/storage-full';
import { countText } from '../../domain/count-text';
import { REVIEW_SESSION_SIZES, reviewSessionSize } from '../../domain/study/review-queue';

interface Props {
  /** Questions due now, and new ones still allowed today; undefined while counting. */
  due: number | undefined;
  fresh: number | undefined;
}

/**
 * How many questions the next review takes, kept for the next time. A backlog of hundreds is
 * otherwise one session; a size takes its most overdue questions first (review-queue.ts).
 *
 * The choice shows at once and is saved behind it: a select bound straight to the saved value
 * would snap back until the write came back. It follows the saved value when that changes (the
 * write landing, another tab), and a save storage refuses puts the saved value back and says why.
 */
export function ReviewSizeChoice({ due, fresh }: Props) {
  const saved = reviewSessionSize(useSetting('reviewSessionSize'));
  const [chosen, setChosen] = useState<number | undefined>();
  const [failure, setFailure] = useState('');
  useEffect(() => setChosen(undefined), [saved]);
  // While a first visit writes the bank, the counts cover only what is written so far.
  const bankLoading = useBankSyncStatus((s) => s.phase === 'loading');
  const everything =
    due === undefined || fresh === undefined || bankLoading ? 'All due and new' : `All: ${countText(due)} due, ${countText(fresh)} new`;

  function choose(size: number) {
    setChosen(size);
    setFailure('');
    saveSetting('reviewSessionSize', size).catch((error: unknown) => {
      setChosen(undefined);
      setFailure(`The session size was not saved: ${storageRefusal(error)}. Nothing was changed.`);
    });
  }

  return (
    <div className="field before-action">
      <label htmlFor="review-size">Questions in this session</label>
      <select id="review-size" value={chosen ?? saved} onChange={(e) => choose(Number(e.target.value))}>
        {REVIEW_SESSION_SIZES.map((size) => (
          <option key={size} value={size}>
            {size === 0 ? everything : `Up to ${countText(size)}, most overdue first`}
          </option>
        ))}
      </select>
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}
