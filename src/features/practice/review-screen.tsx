import { appNow } from '../../data/clock';
import { useCallback, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { blueprints } from '../../domain/exam-blueprints';
import { useSetting } from '../../data/settings-repo';
import { useDueSummary } from '../../data/study-hooks';
import { startReviewSession, startSessionWithKeys } from '../../data/study-starters';
import { useShownSession } from './use-shown-session';
import { useFirstScreen } from './use-first-screen';
import { SessionPlayer } from './session-player';
import { SessionSummary } from './session-summary';
import { countOf, countText } from '../../domain/count-text';
import { ReviewSizeChoice } from './review-size-choice';

/** New questions a review would bring now: today's budget left, or fewer when fewer are unanswered. */
const newInReview = (due: { poolSize: number; seen: number; newLimit: number; newToday: number }): number =>
  Math.min(Math.max(0, due.newLimit - due.newToday), Math.max(0, due.poolSize - due.seen));

const now = appNow;

/** Review: FSRS-due cards first (domains interleaved), then new questions within today's budget. */
export function ReviewScreen() {
  const exam = useSetting('focusExam');
  const newLimit = useSetting('dailyNewLimit');
  const [, setParams] = useSearchParams();
  const { loading, session, clear } = useShownSession('review');
  const due = useDueSummary(exam, now(), newLimit);
  const [message, setMessage] = useState('');
  const navigate = useNavigate();
  useFirstScreen(!loading && session?.record.status !== 'active');

  const begin = useCallback(async () => {
    const id = await startReviewSession(exam, now());
    setMessage(id ? '' : 'Nothing is due and today’s new-question budget is used up. Come back later, or practise freely.');
    if (id) setParams({}, { replace: true });
  }, [exam, setParams]);

  if (loading) return <p>Loading…</p>;
  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">Review</h1>
      {session?.record.status === 'active' && <SessionPlayer session={session} now={now} />}
      {session && session.record.status !== 'active' && (
        <SessionSummary
          session={session}
          onPracticeAgain={(keys) =>
            void startSessionWithKeys(
              { ...session.state.config, kind: 'practice', title: 'Missed in review, again', size: keys.length },
              keys,
              now(),
            ).then(() => navigate('/practice'))
          }
          onNewSession={clear}
        />
      )}
      {!session && (
        <div className="card">
          <h2>{blueprints[exam].name} review</h2>
          {due ? (
            <p>
              {countOf(due.dueTotal, 'question')} due now ·{' '}
              {due.poolSize > 0 && due.seen >= due.poolSize
                ? `no new ones left: you have answered every ${blueprints[exam].name} question in your bank`
                : `${countText(Math.max(0, due.newLimit - due.newToday))} new allowed today (${countText(due.newToday)} of ${countText(due.newLimit)} used)`}
            </p>
          ) : (
            <p>Counting…</p>
          )}
          <p className="muted">
            FSRS schedules each question you answer for the moment you are about to forget it. Due questions come first, mixed across
            domains; then new questions, weighted toward heavy and weak domains.
          </p>
          <ReviewSizeChoice due={due?.dueTotal} fresh={due ? newInReview(due) : undefined} />
          <button type="button" className="primary" onClick={() => void begin()}>
            Start review
          </button>
          {message && <p role="status">{message}</p>}
        </div>
      )}
    </section>
  );
}
