import { useMemo } from 'react';
import { Link } from 'react-router';
import { countByDomain } from '../../domain/bank/question-filter';
import { blueprints } from '../../domain/exam-blueprints';
import { useActiveQuestions } from '../../data/questions-repo';

export function TodayScreen() {
  const questions = useActiveQuestions();
  const counts = useMemo(() => ({ cissp: countByDomain(questions ?? [], 'cissp'), cc: countByDomain(questions ?? [], 'cc') }), [questions]);
  return (
    <section aria-labelledby="today-title">
      <h1 id="today-title">Today</h1>
      <p>
        Bastion prepares AI and ML engineers for the ISC2 CISSP and CC exams with original scenario questions set in AI/ML systems.
        Everything stays in this browser.
      </p>
      <div className="grid-2">
        {(['cissp', 'cc'] as const).map((exam) => (
          <div className="card" key={exam}>
            <h2>{blueprints[exam].name} questions in your bank</h2>
            {questions === undefined ? (
              <p>Loading…</p>
            ) : (
              <table>
                <caption className="visually-hidden">{blueprints[exam].name} questions per domain</caption>
                <thead>
                  <tr>
                    <th scope="col">Domain</th>
                    <th scope="col">Weight</th>
                    <th scope="col">Questions</th>
                  </tr>
                </thead>
                <tbody>
                  {blueprints[exam].domains.map((d) => (
                    <tr key={d.number}>
                      <td>
                        <Link to={`/bank?${exam === 'cc' ? 'exam=cc&' : ''}domain=${d.number}`}>
                          {d.number}. {d.title}
                        </Link>
                      </td>
                      <td>{Math.round(d.weight * 100)}%</td>
                      <td>{counts[exam].get(d.number) ?? 0}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
