import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside its card on a narrow screen, rather than widening the
 * page. The wrapper takes focus, so keyboard users can scroll it with the arrow keys. With
 * `maxHeight`, a long table scrolls up and down inside it too: the page's own scrolling would carry
 * a sticky header row out of view with the wrapper.
 */
export function TableScroll({ label, maxHeight, children }: { label: string; maxHeight?: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0} style={maxHeight ? { maxHeight } : undefined}>
      {children}
    </div>
  );
}
