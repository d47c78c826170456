import { useEffect, useRef, useState } from 'react';
import { deleteImportedPack } from '../../data/pack-repo';
import type { PackSummary } from '../../data/pack-summaries-repo';
import { countOf } from '../../domain/count-text';

interface Props {
  summary: PackSummary;
  onDone: () => void;
}

/** The second step of deleting a pack: what happens to its questions and to the learner's answers. */
export function PackDeleteConfirm({ summary, onDone }: Props) {
  const { record, active } = summary;
  const [error, setError] = useState('');
  const text = useRef<HTMLParagraphElement>(null);
  useEffect(() => text.current?.focus(), []);
  return (
    <div className="banner" style={{ marginTop: '0.75rem' }}>
      <p ref={text} tabIndex={-1} style={{ marginTop: 0 }}>
        Delete “{record.title}”? Its {countOf(active, 'question')} leave practice, review and exams. Your answers to them stay, and count
        again if you import the pack again.
      </p>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() =>
            void deleteImportedPack(record.id).then(onDone, (e: unknown) => setError(e instanceof Error ? e.message : String(e)))
          }
        >
          Delete the pack
        </button>
        <button type="button" onClick={onDone}>
          Keep it
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
