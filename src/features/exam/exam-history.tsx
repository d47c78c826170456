import type { Ref } from 'react';
import { Link } from 'react-router';
import { useExamHistory } from '../../data/exam-hooks';
import { examFormName, examOutcomeText, type ExamHistoryEntry } from '../../domain/exam/exam-history';
import { PASSING_SCALED_SCORE } from '../../domain/exam/exam-scoring';
import { dateTimeText } from '../../domain/day-text';
import { TableScroll } from '../../ui/table-scroll';
import { useShowAll } from '../../ui/use-show-all';

/** Lines shown before "Show all": a year of fortnightly mocks fits, and the page stays short. */
const HISTORY_SHOWN_AT_FIRST = 10;

/** `linkRef` marks the first line "Show all" brings: focus moves to its link. */
function HistoryRow({ entry, linkRef }: { entry: ExamHistoryEntry; linkRef?: Ref<HTMLAnchorElement> }) {
  return (
    <tr>
      <th scope="row">
        <Link ref={linkRef} to={`/exam?result=${encodeURIComponent(entry.id)}`}>
          {dateTimeText(entry.endedAt)}
        </Link>
      </th>
      <td>{examFormName(entry.exam, entry.variant)}</td>
      <td>{examOutcomeText[entry.outcome]}</td>
      <td>
        {entry.scaled ? (
          <>
            {entry.scaled.score}{' '}
            <span className="muted">
              ({entry.scaled.low}–{entry.scaled.high})
            </span>
          </>
        ) : (
          <>
            — <span className="muted">(too few items to score)</span>
          </>
        )}
      </td>
      <td>{entry.items}</td>
      <td>{entry.minutes} min</td>
    </tr>
  );
}

/** Past simulated exams, newest first, each opening its full result. */
export function ExamHistory() {
  const entries = useExamHistory();
  const { limit, showAll, firstNew } = useShowAll<HTMLAnchorElement>(HISTORY_SHOWN_AT_FIRST);
  if (!entries) return null;
  const shown = entries.slice(0, limit);
  return (
    <section className="card" aria-labelledby="exam-history-title">
      <h2 id="exam-history-title">Past exams</h2>
      {entries.length === 0 ? (
        <p className="muted">No exam finished yet. Each one you finish is listed here, and its full result stays open to review.</p>
      ) : (
        <>
          <TableScroll label="Past exams (scrolls sideways)">
            <table>
              <caption className="visually-hidden">Your finished simulated exams, newest first; each date opens that result</caption>
              <thead>
                <tr>
                  <th scope="col">Finished</th>
                  <th scope="col">Exam and form</th>
                  <th scope="col">Result</th>
                  <th scope="col">Score (95% interval)</th>
                  <th scope="col">Items</th>
                  <th scope="col">Time</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((entry, i) => (
                  <HistoryRow key={entry.id} entry={entry} linkRef={i === HISTORY_SHOWN_AT_FIRST ? firstNew : undefined} />
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted">
            Scores are on Bastion’s 0–1000 scale ({PASSING_SCALED_SCORE} to pass), estimated from your answers on this bank; they are not
            ISC2 scores.
          </p>
          {shown.length < entries.length && (
            <button type="button" onClick={showAll}>
              Show all {entries.length} exams
            </button>
          )}
        </>
      )}
    </section>
  );
}
