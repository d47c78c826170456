import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewedOnce } from '../../../tests/fixtures/fsrs-card';
import { seedBundledPack } from '../../../tests/fixtures/bundled-pack';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { putCard } from '../../data/card-store';
import { BastionDb, setDatabase } from '../../data/db';
import { loadSettings } from '../../data/settings-repo';
import { useBankSyncStatus } from '../../data/bank-sync-status';
import { ReviewScreen } from './review-screen';

let database: BastionDb;
let n = 0;

beforeEach(async () => {
  database = new BastionDb(`review-screen-${++n}`);
  setDatabase(database);
  await seedBundledPack(database, [makeQuestion({ id: 'q1' }), makeQuestion({ id: 'q2' })], new Date());
  await putCard(database, { ...reviewedOnce(new Date(Date.now() - 86_400_000), new Date(Date.now() - 5 * 86_400_000)), questionKey: 'q1' });
});
afterEach(async () => {
  cleanup();
  await database.delete();
});

const renderReview = () =>
  render(<RouterProvider router={createMemoryRouter([{ path: '/review', Component: ReviewScreen }], { initialEntries: ['/review'] })} />);

describe('ReviewScreen', () => {
  it('offers the new-question budget while the bank has unseen questions', async () => {
    renderReview();
    expect(await screen.findByText(/new allowed today \(0 of 20 used\)/, {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('offers a session size, saved for the next review, with everything as the first choice', async () => {
    renderReview();
    const size = (await screen.findByLabelText('Questions in this session')) as HTMLSelectElement;
    // q1 is due; q2 is the one question not yet answered, so a review would bring one new one.
    expect(await screen.findByRole('option', { name: 'All: 1 due, 1 new' }, { timeout: 10_000 })).toBeTruthy();
    expect(size.value).toBe('0');
    expect([...size.options].map((o) => o.text).slice(1)).toEqual([
      'Up to 20, most overdue first',
      'Up to 50, most overdue first',
      'Up to 100, most overdue first',
    ]);
    fireEvent.change(size, { target: { value: '50' } });
    expect(size.value).toBe('50');
    await waitFor(async () => expect((await loadSettings()).reviewSessionSize).toBe(50));
  });

  it('gives no counts for "all" while a first visit is still writing the bank', async () => {
    useBankSyncStatus.setState({ phase: 'loading' });
    try {
      renderReview();
      expect(await screen.findByRole('option', { name: 'All due and new' }, { timeout: 10_000 })).toBeTruthy();
    } finally {
      useBankSyncStatus.setState({ phase: 'idle' });
    }
  });

  it('puts the saved size back and says why when storage refuses it', async () => {
    database.settings.hook('creating', () => {
      throw new Error('refused');
    });
    renderReview();
    const size = (await screen.findByLabelText('Questions in this session', {}, { timeout: 10_000 })) as HTMLSelectElement;
    fireEvent.change(size, { target: { value: '20' } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      "The session size was not saved: this browser's storage did not take the change. Nothing was changed.",
    );
    expect(size.value).toBe('0');
  });

  it('says no new questions are left once every question is answered, instead of a budget it cannot fill', async () => {
    await putCard(database, {
      ...reviewedOnce(new Date(Date.now() - 86_400_000), new Date(Date.now() - 5 * 86_400_000)),
      questionKey: 'q2',
    });
    renderReview();
    expect(
      await screen.findByText(/no new ones left: you have answered every CISSP question in your bank/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.queryByText(/new allowed today/)).toBeNull();
  });
});
