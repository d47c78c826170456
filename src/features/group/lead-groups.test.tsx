/**
 * Starting a group: a mistake in the member list is told in the lead's own words, naming the lines
 * as they typed them (blank lines count), and nothing is saved.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BastionDb, setDatabase } from '../../data/db';
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
});
