/**
 * Deleting a group or an assignment asks in place, "Keep / Yes, delete" with focus on Keep, never
 * through the browser's own dialog; Keep changes nothing and gives focus back to the Delete button,
 * and after deleting, focus is on the line that says what was deleted. The deleted group's page never
 * says "Group not found" on the way to the group list.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, MemoryRouter, Route, RouterProvider, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleAssignment } from '../../../tests/fixtures/group-documents';
import { BastionDb, setDatabase } from '../../data/db';
import * as groupRepo from '../../data/group-repo';
import { createLeadGroup } from '../../data/group-repo';
import { ActionStatus } from '../../ui/action-status';
import { LeadGroupScreen } from './lead-group-screen';

let database: BastionDb;
let n = 0;

beforeEach(() => {
  database = new BastionDb(`group-delete-ui-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

/** Stands for the group screen: the message handed over, as GroupScreen shows it. */
function Arrived() {
  const message = (useLocation().state as { message?: string } | null)?.message ?? '';
  return <ActionStatus message={message} takeFocus />;
}

async function renderGroup() {
  const created = await createLeadGroup('ML platform', ['Ana Lima', 'Ben Okafor'], new Date('2026-03-01T09:00:00Z'));
  if (!created.ok) throw new Error(created.problems.join());
  render(
    <MemoryRouter initialEntries={[`/group/lead/${created.value}`]}>
      <Routes>
        <Route path="/group/lead/:groupId" element={<LeadGroupScreen />} />
        <Route path="/group" element={<Arrived />} />
      </Routes>
    </MemoryRouter>,
  );
  await screen.findByRole('heading', { name: 'ML platform', level: 1 });
  return created.value;
}

describe('deleting a group', () => {
  it('asks in place with focus on Keep; Keep changes nothing; Yes, delete deletes and focuses the outcome', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    const user = userEvent.setup({ delay: null });
    await renderGroup();
    await user.click(screen.getByText('Rename the group or change its members'));

    await user.click(screen.getByRole('button', { name: 'Delete this group' }));
    const ask = screen.getByRole('group', { name: 'Delete the group “ML platform”?' });
    expect(ask).toHaveTextContent('Delete “ML platform” with its assignments, imported results and tracker? This cannot be undone.');
    expect(screen.getByRole('button', { name: 'Keep' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Delete this group' })).toHaveFocus();
    expect(await database.groups.count()).toBe(1);

    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Yes, delete the group “ML platform”' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Deleted “ML platform” with its assignments, imported results and tracker.');
    await waitFor(() => expect(status).toHaveFocus());
    expect(await database.groups.count()).toBe(0);
    expect(confirm).not.toHaveBeenCalled();
  });
});

describe('a group deletion storage refuses', () => {
  it('says the group was not deleted and nothing changed, with focus on those words, and keeps the group on screen', async () => {
    const user = userEvent.setup({ delay: null });
    await renderGroup();
    const refused = vi.spyOn(groupRepo, 'deleteLeadGroup').mockRejectedValueOnce(new DOMException('disk error', 'UnknownError'));
    await user.click(screen.getByText('Rename the group or change its members'));
    await user.click(screen.getByRole('button', { name: 'Delete this group' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the group “ML platform”' }));
    const status = await screen.findByText(
      "“ML platform” was not deleted: this browser's storage did not take the change. Nothing was changed.",
    );
    expect(status).toHaveAttribute('role', 'status');
    await waitFor(() => expect(status).toHaveFocus());
    expect(screen.getByRole('heading', { name: 'ML platform', level: 1 })).toBeInTheDocument();
    expect(await database.groups.count()).toBe(1);
    refused.mockRestore();
  });
});

describe('deleting an assignment', () => {
  it('asks in place, then says what was deleted, with focus on that line', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    const user = userEvent.setup({ delay: null });
    const groupId = await renderGroup();
    const assignment = sampleAssignment();
    await database.assignments.put({ id: assignment.id, groupId, createdAt: new Date(), dueDate: assignment.dueDate, assignment });

    await user.click(await screen.findByRole('button', { name: 'Delete Week 3: identity and access' }));
    expect(screen.getByRole('button', { name: 'Keep' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Yes, delete “Week 3: identity and access”' }));
    const status = await screen.findByText('Deleted “Week 3: identity and access” and the results imported for it.');
    await waitFor(() => expect(status).toHaveFocus());
    expect(await database.assignments.count()).toBe(0);
    expect(confirm).not.toHaveBeenCalled();
  });
});

describe('leaving a deleted group', () => {
  it('never shows “Group not found” for the group just deleted, while the group list is still on its way', async () => {
    const created = await createLeadGroup('ML platform', ['Ana Lima'], new Date('2026-03-01T09:00:00Z'));
    if (!created.ok) throw new Error(created.problems.join());
    // The group list's code loads only when asked for, as after a reload on the group's page: the
    // database has long said the group is gone when the app gets there.
    let arrive = () => {};
    const listLoaded = new Promise<void>((resolve) => (arrive = resolve));
    const router = createMemoryRouter(
      [
        { path: '/group/lead/:groupId', Component: LeadGroupScreen },
        { path: '/group', lazy: async () => (await listLoaded, { Component: Arrived }) },
      ],
      { initialEntries: [`/group/lead/${created.value}`] },
    );
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    const user = userEvent.setup({ delay: null });
    render(<RouterProvider router={router} />);
    await screen.findByRole('heading', { name: 'ML platform', level: 1 });
    await user.click(screen.getByText('Rename the group or change its members'));
    await user.click(screen.getByRole('button', { name: 'Delete this group' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete the group “ML platform”' }));
    await waitFor(async () => expect(await database.groups.count()).toBe(0));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the live queries read the database again
    arrive();
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Deleted “ML platform” with its assignments, imported results and tracker.');
    await waitFor(() => expect(status).toHaveFocus());
    watch.disconnect();
    expect(seen.filter((text) => text.includes('Group not found'))).toEqual([]);
  });
});
