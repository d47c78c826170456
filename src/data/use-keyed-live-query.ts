import { useLiveQuery } from 'dexie-react-hooks';

/**
 * useLiveQuery for a query that depends on one key (a session id, say), without its stale result.
 * useLiveQuery keeps the previous key's result while the new key's query runs, so a screen that
 * reads `null` as "no such session" would show, for a moment, what it shows when there is none —
 * the set-up form over a session being resumed. Here each result carries the key it was read for,
 * and a result for another key reads as `undefined` (still loading).
 */
export function useKeyedLiveQuery<T>(key: string | undefined, query: (key: string | undefined) => Promise<T>): T | undefined {
  const result = useLiveQuery(async () => ({ key, value: await query(key) }), [key]);
  return result && result.key === key ? result.value : undefined;
}
