import { overdueByMember, type OverdueItem } from '../../domain/group/group-dashboard';
import { formatDueDate } from '../../ui/assignment-card';

const daysLate = (n: number) => `${n} day${n === 1 ? '' : 's'} late`;

function itemText(o: OverdueItem): string {
  return `${o.title} — ${o.reported ? `${o.done} of ${o.total} done` : 'no report yet'}, due ${formatDueDate(o.dueDate)} (${daysLate(o.daysLate)})`;
}

/**
 * Unfinished work past its due date, by member: whoever has the most overdue first. A member with
 * several overdue assignments is one line that opens onto them, so a group of thirty stays a list
 * a lead can read (item by item it ran past a hundred lines).
 */
export function OverdueList({ items }: { items: readonly OverdueItem[] }) {
  const members = overdueByMember(items);
  return (
    <section aria-labelledby="overdue-title">
      <h3 id="overdue-title">Overdue</h3>
      {members.length === 0 ? (
        <p className="muted">Nothing is overdue.</p>
      ) : (
        <ul className="overdue-members">
          {members.map((m) =>
            m.items.length === 1 ? (
              <li key={m.member} className="overdue-single">
                <strong>{m.member}</strong>: {itemText(m.items[0]!)}
              </li>
            ) : (
              <li key={m.member}>
                <details>
                  <summary>
                    <strong>{m.member}</strong>: {m.items.length} assignments overdue, the oldest {daysLate(m.daysLate)}
                    {m.reported ? '' : ' — no report yet'}
                  </summary>
                  <ul>
                    {m.items.map((o) => (
                      <li key={o.assignmentId}>{itemText(o)}</li>
                    ))}
                  </ul>
                </details>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
