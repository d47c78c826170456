import { usePackSummaries } from '../../data/pack-summaries-repo';
import { PackCard } from './pack-card';
import { countOf } from '../../domain/count-text';

/** Every pack here, with the switch that puts it in or out of practice, review and exams. */
export function PackList() {
  const summaries = usePackSummaries();
  if (summaries === undefined) return <p>Loading packs…</p>;
  const on = summaries.filter((s) => s.record.enabled === 1);
  const questions = on.reduce((n, s) => n + s.active, 0);
  return (
    <section aria-labelledby="pack-list-title">
      <h2 id="pack-list-title">Packs</h2>
      <p role="status">
        Practice, review and exams draw from {on.length} of {summaries.length} packs: {countOf(questions, 'question')}.
      </p>
      <ul className="pack-list">
        {summaries.map((s) => (
          <li key={s.record.id}>
            <PackCard summary={s} />
          </li>
        ))}
      </ul>
    </section>
  );
}
