import type { PackImportPlan } from '../../data/pack-repo';
import { countOf } from '../../domain/count-text';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

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
            `Importing adds ${countOf(plan.added, 'question')}, updates ${countOf(plan.updated, 'question')} and retires ${countOf(plan.retired, 'question')} no longer in it.`
          : `A new pack: importing adds ${countOf(plan.added, 'question')}.`}
        {plan.withHistory > 0 && ` ${countOf(plan.withHistory, 'question')} you answered before keep their history.`}
      </p>
      {existing?.enabled === 0 && <p>The pack is switched off here, and stays off after the import.</p>}
    </>
  );
}
