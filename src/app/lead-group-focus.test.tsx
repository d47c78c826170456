/**
 * The shell's focus on a new screen meets the group screens: after Create group, the new group's
 * screen says "Loading…" first, so the shell finds no heading and focuses the page's main region;
 * the shell then moves focus to the heading when it comes, so a keyboard user lands on the group's name.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BastionDb, setDatabase } from '../data/db';
import { LeadGroupScreen } from '../features/group/lead-group-screen';
import { LeadGroups } from '../features/group/lead-groups';
import { useRouteFocus } from './use-route-focus';

let database: BastionDb;
let n = 0;

beforeEach(() => {
  database = new BastionDb(`lead-group-focus-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

describe('the lead group screen after the shell moves focus', () => {
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
