import { TableScroll } from '../../ui/table-scroll';
import { findDomain } from '../../domain/exam-blueprints';
import { domainLabel, type Dashboard } from '../../domain/group/group-dashboard';

/** Colour bands are an extra: every cell says its percentage and counts in text. */
const band = (accuracy: number) => (accuracy >= 0.85 ? 'heat-4' : accuracy >= 0.7 ? 'heat-3' : accuracy >= 0.5 ? 'heat-2' : 'heat-1');

/** Member × domain accuracy over all of the group's assignments, as a real table. */
export function DomainHeatmap({ dashboard }: { dashboard: Dashboard }) {
  const { rows, domainColumns, domainCells } = dashboard;
  if (domainColumns.length === 0) return <p className="muted">Accuracy by domain appears once members report answers.</p>;
  // The title and the hint stay outside the scrolling region: inside, a phone cut the caption off
  // with the columns, and nothing said there were more of them.
  return (
    <>
      <h3>Accuracy by member and domain</h3>
      <p className="muted small">
        Right the first time, of questions done. On a narrow screen, swipe the table sideways (or focus it and use the arrow keys) to see
        every domain.
      </p>
      <TableScroll label="Accuracy by member and domain (scrolls sideways)">
        <table className="heatmap">
          <caption className="visually-hidden">Accuracy by member and domain (right the first time, of questions done)</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              {domainColumns.map((c) => (
                <th key={`${c.exam}-${c.domain}`} scope="col">
                  <abbr title={findDomain(c.exam, c.domain)?.title}>{domainLabel(c)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.member}>
                <th scope="row">{row.member}</th>
                {domainCells[r]!.map((cell, i) =>
                  cell ? (
                    <td key={i} className={band(cell.accuracy)}>
                      {Math.round(cell.accuracy * 100)}%{' '}
                      <span className="small">
                        ({cell.correct}/{cell.done})
                      </span>
                    </td>
                  ) : (
                    <td key={i} className="muted">
                      —
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted small">
        Shading: under 50%, 50–69%, 70–84%, 85% and over. The numbers are the result; the shade only helps scanning.
      </p>
    </>
  );
}
