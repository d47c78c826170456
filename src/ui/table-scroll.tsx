import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside its card on a narrow screen, rather than widening the
 * page. The wrapper takes focus, so keyboard users can scroll it with the arrow keys.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
