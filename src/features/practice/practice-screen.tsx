import { useBankSyncStatus } from '../../data/bank-sync-status';
import { appNow } from '../../data/clock';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parsePracticeLink } from '../../domain/study/practice-link';
import { asksForQuick10 } from '../../domain/study/quick-link';
import { QUICK_10_TITLE } from '../../domain/study/quick-session';
import type { SessionConfig } from '../../domain/study/session';
import { useSetting } from '../../data/settings-repo';
import { startPracticeSession, startQuickSession, startSessionWithKeys } from '../../data/study-starters';
import { startAssignmentPractice, useAssignmentSummaries } from '../../data/assignment-practice-repo';
import { AssignmentCards } from '../../ui/assignment-card';
import { PracticeSetup } from './practice-setup';
import { OpenSessionChoice } from './open-session-choice';
import { SessionPlayer } from './session-player';
import { SessionSummary } from './session-summary';
import { useShownSession } from './use-shown-session';
import { takePreviewSeed } from '../../data/first-visit-handoff';
import { useFirstScreen } from './use-first-screen';

const now = appNow;

/**
 * Practice: the active session if there is one (so a reload resumes it), its summary when it ends,
 * otherwise the set-up form. `?quick=1` starts a Quick 10 (Today links here); a practice link such as
 * `?exam=cissp&domain=3` (the readiness report's steps) starts that session, closing any open one. A
 * Quick 10 asked for while another practice session is open asks first: continue that one, or start.
 */
export function PracticeScreen() {
  const exam = useSetting('focusExam');
  const [params, setParams] = useSearchParams();
  const { loading, session, clear } = useShownSession('practice');
  const [error, setError] = useState('');
  // A start under way: from the moment it is asked for until its session shows (or it fails).
  const [starting, setStarting] = useState(false);

  const start = useCallback(
    async (begin: () => Promise<string | null>, nothing = 'No question matched, so no session was started.') => {
      setStarting(true);
      try {
        const id = await begin();
        setError(id ? '' : nothing);
        if (id) setParams({}, { replace: true });
        else setStarting(false);
      } catch (failure) {
        setError(`The session could not be started: ${(failure as Error).message}`);
        setStarting(false);
      }
    },
    [setParams],
  );
  useEffect(() => {
    if (session) setStarting(false);
  }, [session]);

  // A start waits for the question pool: on a first visit the bank may still be loading (it is known
  // once its write has begun, before that commits).
  const bankPhase = useBankSyncStatus((s) => s.phase);
  const bankReady = useBankSyncStatus((s) => s.poolKnown);
  // A Quick 10 may also start from a first visit's starter set (pool-cache.ts), before the bank's packs.
  const quickReady = useBankSyncStatus((s) => s.poolKnown || s.starterKnown);
  const quick = asksForQuick10(params);
  const startQuick = useCallback(() => void start(() => startQuickSession(exam, now(), takePreviewSeed(exam))), [exam, start]);
  useEffect(() => {
    if (quick && quickReady && !loading && !session) startQuick();
  }, [quick, quickReady, loading, session, startQuick]);
  // Asked for while another practice session is open: the learner chooses (nothing is closed unasked).
  // An open Quick 10 is what was asked for: it simply goes on (a bookmark, Today's card pressed again).
  const choosing = quick && session?.record.status === 'active' && session.state.config.title !== QUICK_10_TITLE;

  // Each link starts its session once, even if the screen re-renders before the URL is cleared.
  const link = params.get('domain') !== null || params.get('objective') !== null ? params.toString() : '';
  const startedLink = useRef('');
  useEffect(() => {
    if (!link || !bankReady || loading || startedLink.current === link) return;
    startedLink.current = link;
    const parsed = parsePracticeLink(link);
    if (parsed && 'error' in parsed) setError(parsed.error);
    else if (parsed) void start(() => startPracticeSession(parsed.config, now()));
  }, [link, bankReady, loading, start]);
  // ?assignment=<id> (from an assignment card) resumes or starts practice on exactly its questions.
  const assignmentId = params.get('assignment');
  const assignments = useAssignmentSummaries();
  // Its start reads the questions table in a transaction of its own, so it waits for the bank to be
  // written, not only known.
  const bankWritten = bankPhase === 'ready';
  useEffect(() => {
    if (!assignmentId || !bankWritten || loading) return;
    setParams({}, { replace: true });
    void start(() => startAssignmentPractice(assignmentId, now()), 'Nothing is left to answer in this assignment here.');
  }, [assignmentId, bankWritten, loading, start, setParams]);

  // A session the address asks for (Quick 10, a practice link, an assignment) or one just asked
  // for: say so, rather than draw the set-up form it is about to replace. On a first visit that
  // form would show for the half second the bank takes to load, and cost that long to draw.
  const requested = quick || link !== '' || assignmentId !== null;
  const waiting = !session && !error && (starting || (requested && bankPhase !== 'error'));
  // What this screen was opened for is on it (an active session's player says so itself).
  useFirstScreen(!loading && !waiting && (session?.record.status !== 'active' || choosing));

  if (loading) return <p>Loading…</p>;
  if (waiting)
    return (
      <section aria-labelledby="practice-title" aria-busy="true">
        <h1 id="practice-title">Practice</h1>
        <p role="status">{quick ? 'Starting a Quick 10…' : 'Starting the session…'}</p>
      </section>
    );
  return (
    <section aria-labelledby="practice-title">
      <h1 id="practice-title">Practice</h1>
      {error && <p role="alert">{error}</p>}
      {session?.record.status === 'active' &&
        (choosing ? (
          <OpenSessionChoice
            session={session}
            starting={starting}
            onContinue={() => setParams({}, { replace: true })}
            onStartQuick={startQuick}
          />
        ) : (
          <SessionPlayer session={session} now={now} />
        ))}
      {session && session.record.status !== 'active' && (
        <SessionSummary
          session={session}
          onPracticeAgain={(keys) =>
            void start(() =>
              startSessionWithKeys({ ...session.state.config, title: 'Missed questions, again', size: keys.length }, keys, now()),
            )
          }
          onNewSession={clear}
        />
      )}
      {!session && <AssignmentCards assignments={assignments} now={now()} show="all" heading="Group assignments" />}
      {!session && (
        <PracticeSetup exam={exam} now={now} onStart={(config: SessionConfig) => void start(() => startPracticeSession(config, now()))} />
      )}
    </section>
  );
}
