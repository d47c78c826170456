import { useVirtualizer } from '@tanstack/react-virtual';
import { stemPreview } from '../../domain/bank/stem-preview';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import type { QuestionRecord } from '../../data/db';
import { openedFrom, rememberOpened } from './bank-return';

/** A virtualized list: only the rows in view are in the DOM, so 2,000+ questions stay fast. */
export function QuestionList({ questions }: { questions: readonly QuestionRecord[] }) {
  const parentRef = useRef<HTMLDivElement>(null);
  const { search } = useLocation();
  const virtualizer = useVirtualizer({
    count: questions.length,
    getScrollElement: () => parentRef.current,
    estimateSize: () => 92,
    overscan: 8,
  });
  // Back from a question opened here: that question in view again, with focus on its link. The
  // virtualizer renders its row after scrolling there, so the row is looked for over a few frames.
  const returned = useRef(false);
  useEffect(() => {
    const key = openedFrom(search);
    const index = key === undefined ? -1 : questions.findIndex((q) => q.key === key);
    if (returned.current || index < 0) return;
    returned.current = true;
    virtualizer.scrollToIndex(index, { align: 'center' });
    let frame = 0;
    const bringBack = (triesLeft: number) => {
      const row = parentRef.current?.querySelector<HTMLLIElement>(`li[data-index="${index}"]`);
      if (row) {
        row.scrollIntoView({ block: 'center' });
        row.querySelector('a')?.focus({ preventScroll: true });
      } else if (triesLeft > 0) frame = requestAnimationFrame(() => bringBack(triesLeft - 1));
    };
    frame = requestAnimationFrame(() => bringBack(10));
    return () => cancelAnimationFrame(frame);
  }, [questions, search, virtualizer]);
  if (questions.length === 0) return null;
  return (
    <div ref={parentRef} className="bank-list" role="region" aria-label="Questions" tabIndex={0}>
      <ul style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const q = questions[row.index];
          if (!q) return null;
          return (
            <li
              key={q.key}
              className="bank-list-item"
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <Link to={`/bank/${encodeURIComponent(q.key)}`} onClick={() => rememberOpened(search, q.key)}>
                <span className="meta">
                  {q.domain !== undefined ? `CISSP ${q.objective}` : ''}
                  {q.domain !== undefined && q.ccObjective ? ' · ' : ''}
                  {q.ccObjective ? `CC ${q.ccObjective}` : ''} · {q.id}
                </span>
                <br />
                {stemPreview(q.stem, 180)}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
