/**
 * Which session a study screen shows: the active one (so a reload resumes it), else the one that
 * just finished (as its summary, kept in the URL as ?summary=id so a reload keeps it), else none.
 */
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SessionRecord } from '../../data/db';
import { useLatestSession, useSessionById, type LoadedSession } from '../../data/study-hooks';

export interface ShownSession {
  loading: boolean;
  session: LoadedSession | null | undefined;
  /** Forget the summary and go back to the set-up. */
  clear: () => void;
}

export function useShownSession(kind: SessionRecord['kind']): ShownSession {
  const [params, setParams] = useSearchParams();
  const active = useLatestSession(kind);
  const [lastActiveId, setLastActiveId] = useState<string | undefined>(undefined);
  const summaryId = params.get('summary') ?? undefined;
  const activeId = active?.id;
  useEffect(() => {
    if (activeId) setLastActiveId(activeId);
  }, [activeId]);
  const shownId = activeId ?? summaryId ?? lastActiveId;
  // Never another id's session, nor another id's "not found": undefined until shownId's is read.
  const session = useSessionById(shownId);

  useEffect(() => {
    if (session && session.record.status !== 'active' && summaryId !== session.record.id)
      setParams({ summary: session.record.id }, { replace: true });
  }, [session, summaryId, setParams]);

  const clear = useCallback(() => {
    setLastActiveId(undefined);
    setParams({}, { replace: true });
  }, [setParams]);

  return { loading: active === undefined || (shownId !== undefined && session === undefined), session: shownId ? session : null, clear };
}
