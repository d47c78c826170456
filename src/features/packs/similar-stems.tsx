import { useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router';
import { useActiveStemIndex } from '../../data/my-questions-repo';
import { similarStems } from '../../domain/pack/near-duplicates';
import { percent } from '../../domain/readiness/readiness-format';

/**
 * A warning, not a check: the questions already in practice whose stems are much like this one (the
 * measure of the bank's near-duplicate check). Two near-identical items are soon answered from
 * memory of the other. `exclude` is the key of the question being written.
 */
export function SimilarStems({ stem, exclude }: { stem: string; exclude?: string }) {
  const index = useActiveStemIndex();
  // Compared as typing pauses, not on every key: a large bank has thousands of stems.
  const typed = useDeferredValue(stem);
  const similar = useMemo(() => (index ? similarStems(typed, index, exclude) : []), [index, typed, exclude]);
  return (
    <div role="status" className="muted">
      {similar.length > 0 && (
        <p>
          Much like {similar.length === 1 ? 'a question' : 'questions'} already in practice:{' '}
          {similar.map((s, i) => (
            <span key={s.key}>
              {i > 0 && ', '}
              <Link to={`/bank/${encodeURIComponent(s.key)}`}>{s.key}</Link> ({percent(s.similarity)} of word triples shared)
            </span>
          ))}
          . Near-identical items are soon answered from memory: give this one a scenario of its own.
        </p>
      )}
    </div>
  );
}
