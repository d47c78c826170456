/**
 * Manual study time can be corrected: Edit opens the same form pre-filled, Cancel changes nothing,
 * Save writes the change in place, Delete asks first. Automatic time has no Edit button.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BastionDb, setDatabase } from '../../data/db';
import { addActiveMinutes, addManualEntry } from '../../data/time-repo';
import { TimeLog } from './time-log';

let database: BastionDb;
let n = 0;

beforeEach(async () => {
  database = new BastionDb(`time-log-ui-${++n}`);
  setDatabase(database);
  await addManualEntry({ date: '2026-03-03', minutes: 90, domain: 3, exam: 'cissp', source: 'reading', note: 'ch. 3' });
  await addActiveMinutes('practice', 'cissp', 12, new Date(2026, 2, 4, 9));
});
afterEach(async () => {
  await database.delete();
});

const manualRows = async () => (await database.studyTime.toArray()).filter((r) => r.source !== 'practice');

describe('TimeLog', () => {
  it('edits a manual entry in place, with Cancel and validation, and deletes only after confirming', async () => {
    const user = userEvent.setup({ delay: null });
    render(<TimeLog exam="cissp" today="2026-03-04" />);
    // Live queries answer asynchronously; a busy machine can take longer than findBy's default second.
    const edit = await screen.findByRole('button', { name: 'Edit the reading entry of 3 March 2026 (90 min)' }, { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: /^Edit the practice/ })).toBeNull();

    await user.click(edit);
    const form = screen.getByRole('form', { name: /^Edit the reading entry/ });
    expect(within(form).getByLabelText('Date')).toHaveValue('2026-03-03');
    expect(within(form).getByLabelText('Date')).toHaveFocus();
    expect(within(form).getByLabelText('Minutes')).toHaveValue(90);
    expect(within(form).getByLabelText('Domain')).toHaveValue('3');
    expect(within(form).getByLabelText('Note')).toHaveValue('ch. 3');

    await user.clear(within(form).getByLabelText('Minutes'));
    await user.type(within(form).getByLabelText('Minutes'), '2000');
    expect(screen.getByRole('alert')).toHaveTextContent('Minutes must be between 1 and 1440.');
    expect(within(form).getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await user.clear(within(form).getByLabelText('Minutes'));
    expect(within(form).getByLabelText('Minutes')).toHaveValue(null);
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the minutes you studied (1–1440).');
    await user.type(within(form).getByLabelText('Minutes'), '30');
    expect(within(form).getByLabelText('Minutes')).toHaveDisplayValue('30');
    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), '2026-03-05');
    expect(screen.getByRole('alert')).toHaveTextContent('The date is after today; log time on or before the day you studied.');
    expect(within(form).getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Edit cancelled; the entry is unchanged.', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect((await manualRows()).map((r) => r.minutes)).toEqual([90]);
    expect(screen.getByRole('button', { name: 'Log time' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Edit the reading entry/ }));
    await user.clear(screen.getByLabelText('Minutes'));
    await user.type(screen.getByLabelText('Minutes'), '120');
    await user.selectOptions(screen.getByLabelText('Activity'), 'lab');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved: 120 min of lab on 3 March 2026.', {}, { timeout: 10_000 });
    const [saved] = await manualRows();
    expect(saved).toMatchObject({ minutes: 120, source: 'lab', domain: 3, note: 'ch. 3' });
    expect(await database.studyTime.count()).toBe(2); // changed in place, not added

    await user.click(await screen.findByRole('button', { name: /^Delete the lab entry/ }, { timeout: 10_000 }));
    expect(screen.getByRole('button', { name: 'Keep' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(screen.getByRole('button', { name: /^Delete the lab entry/ })).toHaveFocus();
    expect(await manualRows()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: /^Delete the lab entry/ }));
    await user.click(screen.getByRole('button', { name: /^Yes, delete the lab entry/ }));
    await screen.findByText(/^Deleted the lab entry of .* \(120 min\)\.$/, {}, { timeout: 10_000 });
    expect(await manualRows()).toHaveLength(0);
    expect(screen.getByRole('heading', { name: 'Study time' })).toHaveFocus();
  });
});

describe('TimeLog with a long history', () => {
  it('shows the latest 50 entries, says how many there are, and shows all of them on request with focus on the first new row', async () => {
    await database.studyTime.clear();
    const entries = Array.from({ length: 617 }, (_, i) => ({
      date: new Date(2026, 2, 4 - i, 9),
      minutes: 30,
      domain: 1,
      exam: 'cissp' as const,
      source: 'reading' as const,
      note: `entry ${i + 1}`,
    }));
    await database.studyTime.bulkAdd([...entries, { ...entries[0]!, exam: 'cc', note: 'a CC entry' }]);
    const user = userEvent.setup({ delay: null });
    render(<TimeLog exam="cissp" today="2026-03-04" />);
    const table = await screen.findByRole('table', { name: 'Study time entries, newest first' }, { timeout: 10_000 });
    await within(table).findByText('entry 50', {}, { timeout: 10_000 });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(within(table).queryByText('entry 51')).toBeNull();
    expect(screen.getByText('Showing the latest 50 of 617 entries.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show all 617 entries' }));
    expect(within(table).getAllByRole('row')).toHaveLength(618);
    expect(within(table).getByText('entry 617')).toBeInTheDocument();
    expect(within(table).queryByText('a CC entry')).toBeNull();
    expect(within(table).getByText('entry 51').closest('tr')).toHaveFocus();
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
    // The oldest entry can now be corrected.
    const oldest = within(table).getByText('entry 617').closest('tr')!;
    expect(within(oldest).getByRole('button', { name: /^Edit the reading entry of / })).toBeEnabled();
  });
});
