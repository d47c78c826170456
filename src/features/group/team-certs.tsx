import { TableScroll } from '../../ui/table-scroll';
import { useState } from 'react';
import { deleteTeamCert, useTeamCerts } from '../../data/team-cert-repo';
import type { TeamCertRecord } from '../../data/db';
import { slugOf } from '../../domain/group/group-codec';
import { sortTeamCerts, teamCertsCsv, type SortDirection, type TeamCertColumn } from '../../domain/group/team-certs';
import { downloadText } from '../../ui/download-file';
import { TeamCertForm } from './team-cert-form';
import { TeamCertRow } from './team-cert-row';

const columns: { id: TeamCertColumn; label: string }[] = [
  { id: 'member', label: 'Member' },
  { id: 'certification', label: 'Certification' },
  { id: 'status', label: 'Status' },
  { id: 'examDate', label: 'Exam date' },
  { id: 'cpe', label: 'CPE earned / required' },
  { id: 'renewalDate', label: 'Renewal' },
];

/** The team's target certifications: a sortable table (sort buttons in the headers), a form, and a CSV. */
export function TeamCerts({ groupId, groupName, roster }: { groupId: string; groupName: string; roster: readonly string[] }) {
  const rows = useTeamCerts(groupId);
  const [sort, setSort] = useState<{ column: TeamCertColumn; direction: SortDirection }>({ column: 'member', direction: 'ascending' });
  const [editing, setEditing] = useState<TeamCertRecord | null>(null);
  const sorted = rows ? sortTeamCerts(rows, sort.column, sort.direction) : [];
  const toggle = (column: TeamCertColumn) =>
    setSort(
      sort.column === column
        ? { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: 'ascending' },
    );
  return (
    <section className="card" aria-labelledby="team-certs-title">
      <h2 id="team-certs-title">Team certifications</h2>
      {sorted.length === 0 ? (
        <p className="muted">{rows ? 'No target certification recorded yet.' : 'Loading…'}</p>
      ) : (
        <TableScroll label="Team certifications table">
          <table className="team-certs">
            <caption className="visually-hidden">Target certifications by member; the column buttons sort the table</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.id} scope="col" aria-sort={sort.column === c.id ? sort.direction : 'none'}>
                    <button type="button" className="sort" onClick={() => toggle(c.id)}>
                      {c.label}
                      <span aria-hidden="true">{sort.column === c.id ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
                    </button>
                  </th>
                ))}
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((r) => (
                <TeamCertRow key={r.id} row={r} onEdit={() => setEditing(r)} onDelete={() => void deleteTeamCert(r.id)} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {sorted.length > 0 && (
        <button
          type="button"
          onClick={() =>
            downloadText(`${slugOf(groupName)}-certifications.csv`, ['\uFEFF', teamCertsCsv(sorted)], 'text/csv;charset=utf-8')
          }
        >
          Export certifications (CSV)
        </button>
      )}
      <TeamCertForm key={editing?.id ?? 'new'} groupId={groupId} roster={roster} editing={editing} onDone={() => setEditing(null)} />
    </section>
  );
}
