/**
 * The line that says what just happened on the way to the group screen ("Deleted …", "Accepted …")
 * shows once, with focus, after the action: a reload, or Back then Forward to that entry, does not
 * bring it back.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BastionDb, setDatabase } from '../../data/db';
import { GroupScreen } from './group-screen';

let database: BastionDb;
let n = 0;

beforeEach(() => {
  database = new BastionDb(`group-screen-ui-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

const deleted = 'Deleted “Scratch group” with its assignments, imported results and tracker.';
const routes = [
  { path: '/group', Component: GroupScreen },
  { path: '/', Component: () => <h1>Today</h1> },
];

describe('the message handed to the group screen', () => {
  it('shows once with focus, and not again after Back and Forward or a reload', async () => {
    // As after Delete group: the group screen, then the group's page, replaced by the group screen with the message.
    const router = createMemoryRouter(routes, {
      initialEntries: ['/', '/group', { pathname: '/group', state: { message: deleted } }],
      initialIndex: 2,
    });
    const { unmount } = render(<RouterProvider router={router} />);
    const status = await screen.findByText(deleted);
    expect(status).toHaveAttribute('role', 'status');
    await waitFor(() => expect(status).toHaveFocus());
    await waitFor(() => expect(router.state.location.state).not.toHaveProperty('message')); // taken from the history entry…
    expect(screen.getByText(deleted)).toBeInTheDocument(); // …but still on screen

    // Back to the group screen as it was before (the same screen, another entry), then Forward.
    await router.navigate(-1);
    expect(router.state.location.pathname).toBe('/group');
    await waitFor(() => expect(screen.queryByText(deleted)).toBeNull());
    await router.navigate(1);
    await screen.findByRole('heading', { name: 'Study group', level: 1 });
    expect(screen.queryByText(deleted)).toBeNull();
    await router.navigate(-2);
    await screen.findByRole('heading', { name: 'Today' });
    await router.navigate(2);
    await screen.findByRole('heading', { name: 'Study group', level: 1 });
    expect(screen.queryByText(deleted)).toBeNull();

    // A reload opens the same entry afresh.
    const entry = router.state.location;
    unmount();
    render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [entry] })} />);
    await screen.findByRole('heading', { name: 'Study group', level: 1 });
    expect(screen.queryByText(deleted)).toBeNull();
  });
});
