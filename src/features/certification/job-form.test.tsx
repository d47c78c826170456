/**
 * The job form checks the hours itself and says what is wrong in its own banner: the browser's
 * constraint validation (min, max, the field's half-hour step) neither blocks the form nor shows a
 * bubble of its own beside the banner.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCertificationProfile } from '../../data/certification-repo';
import { BastionDb, setDatabase } from '../../data/db';
import { JobForm } from './job-form';

let database: BastionDb;
let n = 0;

beforeEach(() => {
  database = new BastionDb(`job-form-ui-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

async function fillPartTimeJob(hours: string) {
  const user = userEvent.setup({ delay: null });
  const onSaved = vi.fn();
  render(<JobForm job={null} onSaved={onSaved} onCancel={() => {}} />);
  const form = screen.getByRole('form', { name: 'Add a job' });
  await user.type(within(form).getByLabelText('Job title'), 'Part-time SOC analyst');
  await user.type(within(form).getByLabelText('Start date'), '2021-01-01');
  await user.click(within(form).getByLabelText('I still work here'));
  await user.click(within(form).getByLabelText('Part time'));
  await user.type(within(form).getByLabelText('Hours per week'), hours);
  await user.click(within(form).getByRole('button', { name: 'Add job' }));
  return { form, onSaved };
}

describe('JobForm hours per week', () => {
  it('says in its own banner that hours below 1 are wrong, and saves nothing', async () => {
    const { form, onSaved } = await fillPartTimeJob('0.5');
    expect(await within(form).findByRole('alert')).toHaveTextContent('Enter the hours worked per week, between 1 and 40.');
    expect(form).toHaveAttribute('novalidate');
    expect(onSaved).not.toHaveBeenCalled();
    expect((await loadCertificationProfile()).jobs).toHaveLength(0);
  });

  it('saves hours between the field’s half-hour steps, which the browser alone would refuse', async () => {
    const { form, onSaved } = await fillPartTimeJob('7.25');
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('Part-time SOC analyst'));
    expect(within(form).queryByRole('alert')).toBeNull();
    expect((await loadCertificationProfile()).jobs.map((j) => j.hoursPerWeek)).toEqual([7.25]);
  });

  it('says in plain words that the job was not saved, and nothing changed, when storage refuses it', async () => {
    vi.spyOn(database.settings, 'put').mockRejectedValueOnce(new Error('UnknownError: Internal error opening backing store'));
    const { form, onSaved } = await fillPartTimeJob('20');
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      "The job was not saved: this browser's storage did not take the change. Nothing was changed.",
    );
    expect(within(form).getByRole('alert')).not.toHaveTextContent(/UnknownError|backing store|✖|→/);
    expect(onSaved).not.toHaveBeenCalled();
    expect((await loadCertificationProfile()).jobs).toHaveLength(0);
  });
});
