import type { PackImportPlan } from '../../data/pack-repo';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const n = (count: number, word: string) => `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;

/** What importing would change here: a new pack, an update of one already here, or nothing at all. */
export function PackChanges({ plan }: { plan: PackImportPlan }) {
  const { existing } = plan;
  if (plan.unchanged)
    return <p className="banner">You already have exactly this version of the pack: importing it again would change nothing.</p>;
  return (
    <>
      <p>
        {existing
          ? `You have ${existing.release !== undefined ? `release ${existing.release} of ` : ''}this pack, imported on ${dateFormat.format(existing.updatedAt)}. ` +
            `Importing adds ${n(plan.added, 'question')}, updates ${n(plan.updated, 'question')} and retires ${n(plan.retired, 'question')} no longer in it.`
          : `A new pack: importing adds ${n(plan.added, 'question')}.`}
        {plan.withHistory > 0 && ` ${n(plan.withHistory, 'question')} you answered before keep their history.`}
      </p>
      {existing?.enabled === 0 && <p>The pack is switched off here, and stays off after the import.</p>}
    </>
  );
}
