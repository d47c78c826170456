import { TableScroll } from '../../ui/table-scroll';
import type { ExamId } from '../../domain/exam-blueprints';
import type { BankStats } from '../../domain/pack/bank-quality';
import { countOf, countText } from '../../domain/count-text';

const examName: Record<ExamId, string> = { cissp: 'CISSP', cc: 'CC' };
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

interface Props {
  stats: BankStats;
  /** Show each domain's share against its exam weight. */
  withWeights?: boolean;
}

/** Questions per exam and domain (exams with no question are left out). */
export function DomainCounts({ stats, withWeights = false }: Props) {
  const exams = (['cissp', 'cc'] as const).filter((e) => stats.perExam[e] > 0);
  if (exams.length === 0) return <p>No question passed its checks, so there is nothing to count.</p>;
  return (
    <TableScroll label="Questions per exam and domain (scrolls sideways)">
      <table>
        <caption className="visually-hidden">Questions per exam and domain</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Questions</th>
            {withWeights && <th scope="col">Share (exam weight)</th>}
          </tr>
        </thead>
        {exams.map((exam) => (
          <tbody key={exam}>
            <tr>
              <th scope="rowgroup" colSpan={withWeights ? 3 : 2}>
                {examName[exam]}: {countOf(stats.perExam[exam], 'question')}
              </th>
            </tr>
            {stats.domains
              .filter((d) => d.exam === exam)
              .map((d) => (
                <tr key={d.domain}>
                  <th scope="row" style={{ fontWeight: 'normal' }}>
                    {d.domain}. {d.title}
                  </th>
                  <td>{countText(d.count)}</td>
                  {withWeights && (
                    <td>
                      {pct(d.share)} ({pct(d.weight)})
                    </td>
                  )}
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
