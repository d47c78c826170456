import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BastionDb, setDatabase } from '../../data/db';
import { loadSettings } from '../../data/settings-repo';
import { StudySettings } from './study-settings';

let database: BastionDb;
let n = 0;

beforeEach(() => {
  database = new BastionDb(`study-settings-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  cleanup();
  await database.delete();
});

describe('New questions per day', () => {
  it('can be cleared and retyped: nothing is saved until it is a whole number from 0 to 500', async () => {
    const user = userEvent.setup();
    render(<StudySettings />);
    const field = await screen.findByLabelText('New questions per day');
    const saved = (await loadSettings()).dailyNewLimit;

    await user.clear(field);
    expect(field).toHaveValue(null); // empty, not "0"
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(`Enter a whole number from 0 to 500; ${saved} a day stays saved until then.`)).toBeInTheDocument();
    expect((await loadSettings()).dailyNewLimit).toBe(saved);

    await user.type(field, '15');
    expect(field).toHaveValue(15);
    await waitFor(async () => expect((await loadSettings()).dailyNewLimit).toBe(15));
    expect(field).not.toHaveAttribute('aria-invalid');

    await user.clear(field);
    await user.type(field, '900'); // saved as typed while in range: 9, then 90
    expect(await screen.findByText('Enter a whole number from 0 to 500; 90 a day stays saved until then.')).toBeInTheDocument();
    await user.tab();
    expect(field).toHaveValue(90); // leaving the field shows what is saved
  });
});
