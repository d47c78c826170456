import { TableScroll } from '../../ui/table-scroll';
import { blueprints, findDomain } from '../../domain/exam-blueprints';
import type { ReportAssignment } from '../../domain/group/group-schema';
import { formatDuration } from '../../domain/group/member-report';
import { formatDueDate } from '../../ui/assignment-card';

/** One assignment's entry in a report, every field shown. */
export function ReportAssignmentView({ entry: a }: { entry: ReportAssignment }) {
  return (
    <article className="report-entry" aria-label={`Report on ${a.title}`}>
      <h4>{a.title}</h4>
      <dl className="facts">
        <dt>Assignment id</dt>
        <dd>{a.assignmentId}</dd>
        <dt>Exam</dt>
        <dd>{blueprints[a.exam].name}</dd>
        <dt>Due</dt>
        <dd>{formatDueDate(a.dueDate)}</dd>
        <dt>Questions</dt>
        <dd>
          {a.total} ({a.missing} not in your bank)
        </dd>
        <dt>Done</dt>
        <dd>{a.done}</dd>
        <dt>Right the first time</dt>
        <dd>{a.correct}</dd>
        <dt>Time answering</dt>
        <dd>{formatDuration(a.timeSpentMs)}</dd>
        <dt>Last answer</dt>
        <dd>{a.lastAnsweredAt ? new Date(a.lastAnsweredAt).toLocaleString() : 'none yet'}</dd>
      </dl>
      {a.byDomain.length > 0 && (
        <TableScroll label={`Results by domain for ${a.title}`}>
          <table>
            <caption className="visually-hidden">Results by domain for {a.title}</caption>
            <thead>
              <tr>
                <th scope="col">Domain</th>
                <th scope="col">Done</th>
                <th scope="col">Right</th>
              </tr>
            </thead>
            <tbody>
              {a.byDomain.map((d) => (
                <tr key={d.domain}>
                  <th scope="row">
                    {d.domain}. {findDomain(a.exam, d.domain)?.title}
                  </th>
                  <td>{d.done}</td>
                  <td>{d.correct}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {a.history && (
        <details>
          <summary>Every answer ({a.history.length}): question, time, right or wrong, response time</summary>
          <ol>
            {a.history.map((h, i) => (
              <li key={i}>
                {h.questionKey} · {new Date(h.answeredAt).toLocaleString()} · {h.correct ? 'right' : 'wrong'} ·{' '}
                {formatDuration(h.responseMs)}
              </li>
            ))}
          </ol>
        </details>
      )}
    </article>
  );
}
