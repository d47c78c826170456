/**
 * The lead dashboard's CSV export says what it saved, like the app's other exports: the line is a
 * status (read out), and focus stays on the button, which is still there.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleAssignment, sampleReport } from '../../../tests/fixtures/group-documents';
import { BastionDb, setDatabase } from '../../data/db';
import { memberResultRecord } from '../../data/group-dashboard-repo';
import { memberKey } from '../../domain/group/group-schema';
import { downloadText } from '../../ui/download-file';
import { LeadDashboard } from './lead-dashboard';

vi.mock('../../ui/download-file', () => ({ downloadText: vi.fn() }));

let database: BastionDb;
let n = 0;
const groupId = 'g-ml-platform';
const t0 = new Date('2026-03-12T09:00:00Z');

beforeEach(async () => {
  database = new BastionDb(`lead-dashboard-ui-${++n}`);
  setDatabase(database);
  await database.groups.put({ id: groupId, name: 'ML platform', role: 'lead', createdAt: t0, data: { members: ['Ana Lima'] } });
  const assignment = sampleAssignment();
  await database.assignments.put({ id: assignment.id, groupId, createdAt: t0, dueDate: assignment.dueDate, assignment });
  await database.memberResults.put(
    memberResultRecord(
      groupId,
      {
        assignmentId: assignment.id,
        member: 'Ana Lima',
        memberKey: memberKey('Ana Lima'),
        reportId: 'r-ana',
        generatedAt: '2026-03-10T18:00:00.000Z',
        result: sampleReport().assignments[0]!,
      },
      t0,
    ),
  );
});
afterEach(async () => {
  vi.mocked(downloadText).mockClear();
  await database.delete();
});

describe('exporting the lead dashboard', () => {
  it('says which file it saved, in a status line, and leaves focus on the button', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <MemoryRouter>
        <LeadDashboard groupId={groupId} groupName="ML platform" />
      </MemoryRouter>,
    );
    const button = await screen.findByRole('button', { name: 'Export the dashboard (CSV)' });
    await user.click(button);
    const fileName = vi.mocked(downloadText).mock.calls[0]![0];
    expect(fileName).toMatch(/^ml-platform-dashboard-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(screen.getByText(`Saved ${fileName}.`)).toHaveAttribute('role', 'status');
    await new Promise((r) => requestAnimationFrame(r));
    expect(button).toHaveFocus();
  });
});
