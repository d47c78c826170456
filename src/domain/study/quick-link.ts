/**
 * The link that starts a Quick 10 (Today's button, the readiness report's step), written and read
 * here only. It has no imports: start-up (main.tsx) reads it before Practice's code arrives.
 */
export const QUICK_10_HREF = '/practice?quick=1';

/** True when Practice's `search` parameters ask for a Quick 10. */
export const asksForQuick10 = (search: URLSearchParams): boolean => search.get('quick') === '1';

/** True when the page's address is a Quick 10 link. */
export const isQuick10Address = (pathname: string, search: string): boolean =>
  pathname === '/practice' && asksForQuick10(new URLSearchParams(search));
