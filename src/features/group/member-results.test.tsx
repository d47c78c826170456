/**
 * A lead forgets one member's imported results (a report from the wrong person, a member who left):
 * asked in place first, with focus on Keep; then only that member's results go, the line saying so
 * takes focus, and the dashboard follows. The member stays on the list; the others' results stay.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleAssignment, sampleReport } from '../../../tests/fixtures/group-documents';
import { BastionDb, setDatabase } from '../../data/db';
import { memberResultRecord } from '../../data/group-dashboard-repo';
import { memberKey } from '../../domain/group/group-schema';
import { LeadDashboard } from './lead-dashboard';

let database: BastionDb;
let n = 0;
const groupId = 'g-ml-platform';
const t0 = new Date('2026-03-12T09:00:00Z');

const resultOf = (member: string) =>
  memberResultRecord(
    groupId,
    {
      assignmentId: 'a-week-3',
      member,
      memberKey: memberKey(member),
      reportId: `r-${memberKey(member).replace(' ', '-')}`,
      generatedAt: '2026-03-10T18:00:00.000Z',
      result: sampleReport().assignments[0]!,
    },
    t0,
  );

beforeEach(async () => {
  database = new BastionDb(`member-results-ui-${++n}`);
  setDatabase(database);
  await database.groups.put({
    id: groupId,
    name: 'ML platform',
    role: 'lead',
    createdAt: t0,
    data: { members: ['Ana Lima', 'Ben Okafor'] },
  });
  const assignment = sampleAssignment();
  await database.assignments.put({ id: assignment.id, groupId, createdAt: t0, dueDate: assignment.dueDate, assignment });
  await database.memberResults.bulkPut([resultOf('Ana Lima'), resultOf('Ben Okafor')]);
});
afterEach(async () => {
  await database.delete();
});

describe("removing a member's imported results", () => {
  it("asks in place, removes only that member's results, says so with focus, and the dashboard follows", async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <MemoryRouter>
        <LeadDashboard groupId={groupId} groupName="ML platform" />
      </MemoryRouter>,
    );
    const matrix = await screen.findByRole('table', { name: 'Completion by member and assignment' });
    const anaRow = () => within(matrix).getByRole('row', { name: /^Ana Lima/ });
    expect(within(anaRow()).getByRole('cell')).toHaveTextContent('3/4 · 67%');
    const before = await database.memberResults.toArray();
    const groups = await database.groups.toArray();

    await user.click(screen.getByText('Remove a member’s imported results'));
    const list = screen.getByRole('list', { name: 'Imported results by member' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ana Lima: results for 1 assignmentRemove', 'Ben Okafor: results for 1 assignmentRemove']);

    // Keep changes nothing and gives focus back.
    await user.click(screen.getByRole('button', { name: 'Remove Ana Lima’s imported results' }));
    expect(screen.getByRole('group', { name: 'Remove Ana Lima’s imported results?' })).toHaveTextContent(
      'Remove Ana Lima’s imported results (1 assignment)? Ana Lima stays on the member list.',
    );
    expect(screen.getByRole('button', { name: 'Keep' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove Ana Lima’s imported results' })).toHaveFocus();
    expect(await database.memberResults.toArray()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Remove Ana Lima’s imported results' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove Ana Lima’s imported results' }));
    const status = await screen.findByText('Removed Ana Lima’s imported results (1 assignment).');
    await waitFor(() => expect(status).toHaveFocus());

    // Only Ana Lima's result went; Ben Okafor's is exactly as it was, and nobody left the member list.
    expect(await database.memberResults.toArray()).toEqual(before.filter((r) => r.member !== 'Ana Lima'));
    expect(await database.groups.toArray()).toEqual(groups);
    await waitFor(() => expect(within(anaRow()).getByRole('cell')).toHaveTextContent('no report'));
    expect(within(matrix).getByRole('row', { name: /^Ben Okafor/ })).toHaveTextContent('3/4 · 67%');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ben Okafor: results for 1 assignmentRemove']);
  });
});
