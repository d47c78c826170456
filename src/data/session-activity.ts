/** Whether the learner is in the middle of something that must not be interrupted (a session or an exam). */
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type SessionRecord } from './db';

/**
 * The kinds of session in progress in any tab of this browser (practice, review, exam, …), in a
 * stable order; empty when none is; undefined while loading. A session stays in progress until it
 * is finished or ended, even when its screen is closed, because it resumes where it stopped.
 */
export function useSessionsInProgress(): SessionRecord['kind'][] | undefined {
  return useLiveQuery(async () => {
    const active = await db().sessions.where('status').equals('active').toArray();
    return [...new Set(active.map((s) => s.kind))].sort();
  });
}
