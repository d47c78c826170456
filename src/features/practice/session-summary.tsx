import { Link } from 'react-router';
import { stemPreview } from '../../domain/bank/stem-preview';
import { domainIn } from '../../domain/bank/question-filter';
import { findDomain } from '../../domain/exam-blueprints';
import type { LoadedSession } from '../../data/study-hooks';
import { countOf, countText } from '../../domain/count-text';
import { dateTimeText } from '../../domain/day-text';
import { isFinished } from '../../domain/study/session';

interface Props {
  session: LoadedSession;
  onPracticeAgain: (keys: string[]) => void;
  onNewSession: () => void;
}

/** Score, per-domain results, time, and the missed questions with a way to practise them again. */
export function SessionSummary({ session, onPracticeAgain, onNewSession }: Props) {
  const { state, record } = session;
  const exam = state.config.exam;
  const answered = Object.entries(state.answers);
  const correct = answered.filter(([, a]) => a.correct).length;
  const missed = answered.filter(([, a]) => !a.correct).map(([key]) => key);
  const seconds = Math.round(answered.reduce((sum, [, a]) => sum + a.responseMs, 0) / 1000);
  const byDomain = new Map<number, { right: number; total: number }>();
  for (const [key, a] of answered) {
    const q = session.questions.get(key);
    const d = q ? domainIn(exam, q) : undefined;
    if (d === undefined) continue;
    const r = byDomain.get(d) ?? { right: 0, total: 0 };
    r.total++;
    if (a.correct) r.right++;
    byDomain.set(d, r);
  }
  const pct = answered.length ? Math.round((100 * correct) / answered.length) : 0;
  // Ended before its last question (End session): not "complete", and what was left is said.
  const endedEarly = !isFinished(state);
  const unanswered = state.queue.filter((key) => !state.answers[key]).length;
  return (
    <section aria-labelledby="summary-title">
      <h1 id="summary-title">{endedEarly ? 'Session ended' : 'Session complete'}</h1>
      <p className="muted">{state.config.title}</p>
      {endedEarly && (
        <p>
          You ended it after answering {countText(answered.length)} of {countOf(state.queue.length, 'question')}; {countText(unanswered)}{' '}
          {unanswered === 1 ? 'was' : 'were'} not answered.
          {state.config.kind === 'review' && unanswered > 0 && ' The due ones are still due: start a review to go on with them.'}
        </p>
      )}
      <div className="grid-2">
        <div className="card">
          <h2>Score</h2>
          <p style={{ fontSize: '1.5rem', margin: 0 }}>
            {countText(correct)} of {countText(answered.length)} correct ({pct}%)
          </p>
          <p className="muted">
            Time answering: {Math.floor(seconds / 60)} min {seconds % 60} s
            {record.finishedAt ? ` · finished ${dateTimeText(record.finishedAt)}` : ''}
          </p>
        </div>
        <div className="card">
          <h2>By domain</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Domain</th>
                <th scope="col">Correct</th>
              </tr>
            </thead>
            <tbody>
              {[...byDomain.entries()]
                .sort(([a], [b]) => a - b)
                .map(([d, r]) => (
                  <tr key={d}>
                    <td>
                      {d}. {findDomain(exam, d)?.title}
                    </td>
                    <td>
                      {countText(r.right)} / {countText(r.total)}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </div>
      <h2>Missed questions</h2>
      {missed.length === 0 ? (
        <p>None — well done.</p>
      ) : (
        <ul>
          {missed.map((key) => (
            <li key={key}>
              <Link to={`/bank/${encodeURIComponent(key)}`}>{stemPreview(session.questions.get(key)?.stem ?? key, 120)}</Link>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        {missed.length > 0 && (
          <button type="button" className="primary" onClick={() => onPracticeAgain(missed)}>
            Practice these {countText(missed.length)} again
          </button>
        )}
        <button type="button" onClick={onNewSession}>
          Start another session
        </button>
      </div>
    </section>
  );
}
