import type { FileOutcome } from './report-import';

/** What happened to each report file: imported (with what changed) or refused (with every reason). */
export function ImportOutcomes({ outcomes }: { outcomes: readonly FileOutcome[] }) {
  const good = outcomes.filter((o) => o.outcome.ok);
  const bad = outcomes.filter((o) => !o.outcome.ok);
  return (
    <>
      {good.length > 0 && (
        <ul aria-label="Imported reports">
          {good.map(({ name, outcome: o }, i) =>
            o.ok ? (
              <li key={i}>
                <strong>{name}</strong>: {o.member} — {o.updated} result{o.updated === 1 ? '' : 's'} updated
                {o.unchanged > 0 ? `, ${o.unchanged} unchanged (already as new or newer)` : ''}.
                {o.skipped.map((s, j) => (
                  <span key={j} className="muted">
                    {' '}
                    {s}.
                  </span>
                ))}
              </li>
            ) : null,
          )}
        </ul>
      )}
      {bad.length > 0 && (
        <div role="alert" className="banner">
          <p className="flush">
            <strong>
              {bad.length} file{bad.length === 1 ? ' was' : 's were'} not imported.
            </strong>{' '}
            Nothing from {bad.length === 1 ? 'it' : 'them'} was written.
          </p>
          <ul>
            {bad.map(({ name, outcome: o }, i) =>
              o.ok ? null : (
                <li key={i}>
                  <strong>{name}</strong>
                  <ul>
                    {o.problems.map((p, j) => (
                      <li key={j}>{p}</li>
                    ))}
                  </ul>
                </li>
              ),
            )}
          </ul>
        </div>
      )}
    </>
  );
}
