import { useBankSyncStatus } from '../../data/bank-sync-status';
import { saveSetting, useSetting } from '../../data/settings-repo';
import { refusedWrite } from '../../data/storage-full';
import { countText } from '../../domain/count-text';
import { REVIEW_SESSION_SIZES, reviewSessionSize } from '../../domain/study/review-queue';
import { useSavedChoice } from '../../ui/use-saved-choice';

interface Props {
  /** Questions due now, and new ones still allowed today; undefined while counting. */
  due: number | undefined;
  fresh: number | undefined;
}

/** Saves the size, or throws the words the screen shows when storage refuses it. */
const saveSize = (size: number): Promise<void> =>
  saveSetting('reviewSessionSize', size).catch((error: unknown) => {
    throw new Error(refusedWrite('The session size was not saved', error), { cause: error });
  });

/**
 * How many questions the next review takes, kept for the next time. A backlog of hundreds is
 * otherwise one session; a size takes its most overdue questions first (review-queue.ts). The
 * choice shows at once, and a save storage refuses puts it back and says why (useSavedChoice).
 */
export function ReviewSizeChoice({ due, fresh }: Props) {
  const [size, choose, failure] = useSavedChoice(reviewSessionSize(useSetting('reviewSessionSize')), saveSize);
  // While a first visit writes the bank, the counts cover only what is written so far.
  const bankLoading = useBankSyncStatus((s) => s.phase === 'loading');
  const everything =
    due === undefined || fresh === undefined || bankLoading ? 'All due and new' : `All: ${countText(due)} due, ${countText(fresh)} new`;

  return (
    <div className="field before-action">
      <label htmlFor="review-size">Questions in this session</label>
      <select id="review-size" value={size} onChange={(e) => choose(Number(e.target.value))}>
        {REVIEW_SESSION_SIZES.map((n) => (
          <option key={n} value={n}>
            {n === 0 ? everything : `Up to ${countText(n)}, most overdue first`}
          </option>
        ))}
      </select>
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}
