import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { exportImportedPack, setPackEnabled } from '../../data/pack-repo';
import type { PackSummary } from '../../data/pack-summaries-repo';
import { downloadText } from '../../ui/download-file';
import { PackDeleteConfirm } from './pack-delete-confirm';
import { countOf, countText } from '../../domain/count-text';

const sourceLabel = { bundled: 'Bundled', imported: 'Imported', authored: 'Mine' } as const;

/** One pack: what it is, how many questions it holds, and what can be done with it. */
export function PackCard({ summary }: { summary: PackSummary }) {
  const { record, active, cissp, cc } = summary;
  const [confirming, setConfirming] = useState(false);
  const [exported, setExported] = useState('');
  // The switch moves at once; the stored value follows when its write commits.
  const stored = record.enabled === 1;
  const [enabled, setEnabled] = useState(stored);
  useEffect(() => setEnabled(stored), [stored]);
  const titleId = `pack-${record.id}-title`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <h3 id={titleId} style={{ marginTop: 0 }}>
        {record.title} <span className="pill">{sourceLabel[record.source]}</span>
      </h3>
      <p className="muted" style={{ margin: '0 0 0.5rem' }}>
        {countOf(active, 'question')} ({countText(cissp)} CISSP, {countText(cc)} CC) · {record.license}
        {record.release !== undefined && ` · release ${record.release}`} · id {record.id}
      </p>
      {record.description && <p style={{ marginTop: 0 }}>{record.description}</p>}
      <div className="row">
        <label className="switch-label">
          <input
            type="checkbox"
            role="switch"
            checked={enabled}
            onChange={(e) => {
              setEnabled(e.target.checked);
              void setPackEnabled(record.id, e.target.checked).catch(() => setEnabled(stored));
            }}
          />
          <span>
            <span className="visually-hidden">{record.title}: </span>in practice, review and exams
          </span>
        </label>
        <Link to={`/bank/quality?pack=${encodeURIComponent(record.id)}`} aria-label={`Quality figures of ${record.title}`}>
          Quality figures
        </Link>
        {record.source === 'authored' && <Link to="/bank/mine">Write and export</Link>}
        {record.source === 'imported' && (
          <button
            type="button"
            aria-label={`Export ${record.title}`}
            onClick={() =>
              void exportImportedPack(record.id).then(
                (file) => {
                  downloadText(file.fileName, [file.text], 'application/json');
                  setExported(`Saved ${file.fileName}.`);
                },
                (e: unknown) => setExported(e instanceof Error ? e.message : String(e)),
              )
            }
          >
            Export
          </button>
        )}
        {record.source === 'imported' && !confirming && (
          <button type="button" onClick={() => setConfirming(true)} aria-label={`Delete ${record.title}…`}>
            Delete…
          </button>
        )}
      </div>
      {exported && <p role="status">{exported}</p>}
      {confirming && <PackDeleteConfirm summary={summary} onDone={() => setConfirming(false)} />}
    </article>
  );
}
