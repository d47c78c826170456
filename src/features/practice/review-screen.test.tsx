import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewedOnce } from '../../../tests/fixtures/fsrs-card';
import { seedBundledPack } from '../../../tests/fixtures/bundled-pack';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { putCard } from '../../data/card-store';
import { BastionDb, setDatabase } from '../../data/db';
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
