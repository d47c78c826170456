import { BUNDLED_BANK_SCOPE } from '../../data/pack-repo';
import { bankFloorFailures, balanceNotes } from '../../domain/pack/bank-quality';
import { BankSectionNav } from '../../ui/bank-section-nav';
import { AnswerPositions, Coverage, KeyLength, NearDuplicates, Spread, StemEcho } from './quality-sections';
import { useQuality } from './use-quality';
import { countOf, countText } from '../../domain/count-text';

/** The bank checker's figures, for the bundled bank or any one pack, each with why it matters. */
export function QualityScreen() {
  const { scope, setScope, packs, questions, stats, keyOf } = useQuality();
  const bundledCount = packs?.filter((p) => p.record.source === 'bundled').length ?? 0;
  const bundled = scope === BUNDLED_BANK_SCOPE;
  const notes = stats ? (bundled ? bankFloorFailures(stats) : balanceNotes(stats)) : [];
  return (
    <section aria-labelledby="quality-title">
      <h1 id="quality-title">Bank quality</h1>
      <BankSectionNav />
      <p className="muted">
        How well the questions are spread and written, for the bundled bank or any one pack, and why each figure matters.
      </p>
      <label htmlFor="quality-scope" style={{ display: 'block', fontWeight: 600 }}>
        Questions to measure
      </label>
      <select id="quality-scope" className="wide" value={scope} onChange={(e) => setScope(e.target.value)}>
        <option value={BUNDLED_BANK_SCOPE}>The bundled bank ({bundledCount} packs)</option>
        {(packs ?? []).map((p) => (
          <option key={p.record.id} value={p.record.id}>
            {p.record.title}
          </option>
        ))}
      </select>
      {!stats || !questions ? (
        <p>Loading…</p>
      ) : stats.total === 0 ? (
        <p>There are no questions here to measure.</p>
      ) : (
        <>
          <p role="status">
            {countOf(stats.total, 'question')}: {countText(stats.perExam.cissp)} CISSP, {countText(stats.perExam.cc)} CC.{' '}
            {bundled
              ? notes.length === 0
                ? 'Every floor the checker enforces on the bundled bank is met.'
                : `${notes.length} floor(s) not met (listed at the end).`
              : 'For a pack these figures are information: the floors are enforced on the bundled bank only.'}
          </p>
          <AnswerPositions stats={stats} />
          <KeyLength stats={stats} />
          <StemEcho stats={stats} />
          <Spread stats={stats} />
          <Coverage stats={stats} />
          <NearDuplicates stats={stats} keyOf={keyOf} />
          {notes.length > 0 && (
            <>
              <h2>{bundled ? 'Floors not met' : 'Against the bundled bank’s floors'}</h2>
              <ul>
                {notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
