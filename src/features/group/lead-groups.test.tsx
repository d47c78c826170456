/**
 * Starting a group: a mistake in the member list is told in the lead's own words, naming the lines
 * as they typed them (blank lines count), and nothing is saved.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { useRouteFocus } from '../../app/use-route-focus';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BastionDb, setDatabase } from '../../data/db';
import { LeadGroupScreen } from './lead-group-screen';
import { LeadGroups } from './lead-groups';

let database: BastionDb;
let n = 0;

beforeEach(() => {
  database = new BastionDb(`lead-groups-ui-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

describe('LeadGroups', () => {
  it('names a repeated member as typed, with the lines it is on, and saves nothing', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <MemoryRouter>
        <LeadGroups />
      </MemoryRouter>,
    );
    await user.type(screen.getByLabelText('Group name'), 'ML platform');
    await user.type(screen.getByLabelText('Members (display names, one per line)'), 'Alice{Enter}Bob{Enter}{Enter}Carol{Enter}Alice');
    await user.click(screen.getByRole('button', { name: 'Create group' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The group was not saved.');
    expect(alert.querySelectorAll('li')).toHaveLength(1);
    expect(alert.querySelector('li')).toHaveTextContent(/^Alice is listed twice \(lines 1 and 5\)$/);
    expect(await database.groups.count()).toBe(0);
  });

  it("after Create group, focus is on the new group's heading, not on the page", async () => {
    // As in the app's shell: on a new screen, focus lost with the old one goes to the new heading.
    function Main() {
      const main = useRef<HTMLElement>(null);
      useRouteFocus(main);
      return (
        <main ref={main} tabIndex={-1}>
          <Routes>
            <Route path="/group" element={<LeadGroups />} />
            <Route path="/group/lead/:groupId" element={<LeadGroupScreen />} />
          </Routes>
        </main>
      );
    }
    // The shell's look for a heading comes before the group is read from the database, as in a browser
    // (here the database answers first unless the frame comes at once): it finds only "Loading…".
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => window.setTimeout(() => callback(0), 0));
    const user = userEvent.setup({ delay: null });
    render(
      <MemoryRouter initialEntries={['/group']}>
        <Main />
      </MemoryRouter>,
    );
    await user.type(screen.getByLabelText('Group name'), 'ML platform');
    await user.click(screen.getByRole('button', { name: 'Create group' }));
    const heading = await screen.findByRole('heading', { name: 'ML platform', level: 1 });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
