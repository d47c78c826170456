import { TableScroll } from '../../ui/table-scroll';
import type { BankStats } from '../../domain/pack/bank-quality';
import { countText } from '../../domain/count-text';

const examName = { cissp: 'CISSP', cc: 'CC' } as const;

/** Questions per outline objective, per exam; objectives under the minimum are marked. */
export function ObjectiveCounts({ stats, minimum }: { stats: BankStats; minimum: number }) {
  const exams = (['cissp', 'cc'] as const).filter((e) => stats.perExam[e] > 0);
  return (
    <>
      {exams.map((exam) => {
        const domains = stats.domains.filter((d) => d.exam === exam);
        const short = domains.flatMap((d) => d.objectives).filter((o) => o.count < minimum).length;
        return (
          <details key={exam}>
            <summary>
              {examName[exam]} objectives:{' '}
              {short === 0 ? `every one has at least ${minimum} questions` : `${short} with fewer than ${minimum} questions`}
            </summary>
            <TableScroll label={`${examName[exam]} questions per objective (scrolls sideways)`}>
              <table>
                <caption className="visually-hidden">{examName[exam]} questions per objective</caption>
                <thead>
                  <tr>
                    <th scope="col">Objective</th>
                    <th scope="col">Questions</th>
                  </tr>
                </thead>
                <tbody>
                  {domains.flatMap((d) =>
                    d.objectives.map((o) => (
                      <tr key={o.id}>
                        <th scope="row" style={{ fontWeight: 'normal' }}>
                          {o.id} {o.title}
                        </th>
                        <td className={o.count < minimum ? 'bad' : undefined}>
                          {countText(o.count)}
                          {o.count < minimum && ` (fewer than ${minimum})`}
                        </td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </TableScroll>
          </details>
        );
      })}
    </>
  );
}
