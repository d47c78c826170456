import { appNow } from '../../data/clock';
import { Link } from 'react-router';
import { blueprints } from '../../domain/exam-blueprints';
import { saveSetting, useSetting } from '../../data/settings-repo';
import { useDueSummary } from '../../data/study-hooks';

/** Today: what is due per domain, today's new-question budget, and one-click ways to start. */
export function TodayScreen() {
  const exam = useSetting('focusExam');
  const newLimit = useSetting('dailyNewLimit');
  const summary = useDueSummary(exam, appNow(), newLimit);
  const blueprint = blueprints[exam];
  const newLeft = summary ? Math.max(0, summary.newLimit - summary.newToday) : 0;

  return (
    <section aria-labelledby="today-title">
      <h1 id="today-title">Today</h1>
      <div className="row" role="group" aria-label="Exam you are studying for">
        {(['cissp', 'cc'] as const).map((x) => (
          <button key={x} type="button" aria-pressed={exam === x} onClick={() => void saveSetting('focusExam', x)}>
            {blueprints[x].name}
          </button>
        ))}
      </div>
      <div className="grid-2" style={{ marginTop: '1rem' }}>
        <div className="card">
          <h2>Due for review</h2>
          <p className="stat">{summary ? summary.dueTotal : '…'}</p>
          <p className="muted">
            {summary ? `${newLeft} new question${newLeft === 1 ? '' : 's'} left in today’s budget of ${summary.newLimit}.` : ''}
          </p>
          <Link to="/review" className="button-link primary">
            Start review
          </Link>
        </div>
        <div className="card">
          <h2>Quick 10</h2>
          <p>Ten questions from your three weakest {blueprint.name} domains.</p>
          <Link to="/practice?quick=1" className="button-link">
            Start Quick 10
          </Link>
        </div>
        <div className="card">
          <h2>Coverage</h2>
          <p className="stat">{summary ? `${summary.seen} / ${summary.poolSize}` : '…'}</p>
          <p className="muted">{blueprint.name} questions answered at least once, of those in your bank.</p>
          <Link to="/bank">Browse the bank</Link>
        </div>
      </div>
      <div className="card">
        <h2>Due by domain</h2>
        <table>
          <caption className="visually-hidden">Questions due per {blueprint.name} domain</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Exam weight</th>
              <th scope="col">Due now</th>
            </tr>
          </thead>
          <tbody>
            {blueprint.domains.map((d) => (
              <tr key={d.number}>
                <td>
                  {d.number}. {d.title}
                </td>
                <td>{Math.round(d.weight * 100)}%</td>
                <td>{summary ? (summary.dueByDomain.get(d.number) ?? 0) : '…'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">Bastion is unofficial and not affiliated with or endorsed by ISC2. Everything you do stays in this browser.</p>
    </section>
  );
}
