/**
 * Today appears in one piece: none of its figures or sections is shown until every one of its live
 * queries (due summary, plan, readiness, assignments) has answered, so the page never grows and
 * shifts as each lands.
 */
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reviewedOnce } from '../../../tests/fixtures/fsrs-card';
import { seedBundledPack } from '../../../tests/fixtures/bundled-pack';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { BastionDb, setDatabase } from '../../data/db';
import { TodayScreen } from './today-screen';
import { putCard, putCards } from '../../data/card-store';
import { createPlan } from '../../data/plan-repo';
import { defaultPlanInput } from '../../domain/plan/plan-input';

let database: BastionDb;
let n = 0;
const now = new Date(2026, 2, 4, 10, 0);

beforeEach(async () => {
  database = new BastionDb(`today-screen-${++n}`);
  setDatabase(database);
  await seedBundledPack(
    database,
    [makeQuestion({ id: 'q1', domain: 1, objective: '1.9' }), makeQuestion({ id: 'q2', domain: 3, objective: '3.1' })],
    now,
  );
  // q1 was answered once and is due again (its due date has passed).
  await putCard(database, { ...reviewedOnce(new Date(2026, 2, 3), new Date(2026, 1, 25)), questionKey: 'q1' });
});
afterEach(async () => {
  await database.delete();
});

describe('TodayScreen', () => {
  it('shows its figures and sections in one render, once every query has answered', async () => {
    const router = createMemoryRouter([{ path: '/', element: <TodayScreen /> }], { initialEntries: ['/'] });
    const { container } = render(<RouterProvider router={router} />);
    const states = new Set<string>();
    const record = () => {
      const text = container.textContent ?? '';
      const parts = ['Loading today…', 'Due for review', 'Readiness for', 'This week', 'Due by domain'].filter((p) => text.includes(p));
      states.add(parts.join(' + '));
    };
    record();
    const observer = new MutationObserver(record);
    observer.observe(container, { childList: true, subtree: true, characterData: true });

    await screen.findByRole('heading', { name: 'Due by domain' }, { timeout: 10_000 });
    observer.disconnect();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
    expect([...states].filter((s) => s !== '')).toEqual(['Loading today…', 'Due for review + Readiness for + This week + Due by domain']);
    expect(screen.getByText('Due for review').parentElement?.querySelector('.stat')?.textContent).toBe('1');
  });

  it('writes its counts with a thousands separator, as Bank and Exam do', async () => {
    const more = Array.from({ length: 1_000 }, (_, i) => makeQuestion({ id: `extra-${i}`, domain: 2, objective: '2.1' }));
    await seedBundledPack(database, more, now);
    // Every extra question answered once and due again, as q1 is.
    await putCards(
      database,
      more.map((q) => ({ ...reviewedOnce(new Date(2026, 2, 3), new Date(2026, 1, 25)), questionKey: q.id })),
    );
    const router = createMemoryRouter([{ path: '/', element: <TodayScreen /> }], { initialEntries: ['/'] });
    render(<RouterProvider router={router} />);
    await screen.findByRole('heading', { name: 'Due by domain' }, { timeout: 10_000 });
    expect(screen.getByText('Coverage').parentElement?.querySelector('.stat')?.textContent).toBe('1,001 / 1,002');
    expect(screen.getByText('Due for review').parentElement?.querySelector('.stat')?.textContent).toBe('1,001');
    const domain2 = screen.getByRole('row', { name: /^2\. Asset Security/ });
    expect(domain2.querySelector('td:last-child')?.textContent).toBe('1,000');
  });

  it('says its count is what is due now, and how many more come due later today (Progress counts those in today)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    try {
      // q2 comes due at 15:00 today: not due at 10:00, but in the forecast's "due by the end of today".
      await putCard(database, { ...reviewedOnce(new Date(2026, 2, 4, 15), new Date(2026, 2, 1)), questionKey: 'q2' });
      const router = createMemoryRouter([{ path: '/', element: <TodayScreen /> }], { initialEntries: ['/'] });
      render(<RouterProvider router={router} />);
      await screen.findByRole('heading', { name: 'Due by domain' }, { timeout: 10_000 });
      expect(screen.getByText('Due for review').parentElement?.querySelector('.stat')?.textContent).toBe('1');
      expect(screen.getByText('due now; 1 more comes due later today.')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says no new questions are left once every question of the bank is answered, instead of a budget it cannot fill', async () => {
    const router = createMemoryRouter([{ path: '/', element: <TodayScreen /> }], { initialEntries: ['/'] });
    const first = render(<RouterProvider router={router} />);
    await screen.findByRole('heading', { name: 'Due by domain' }, { timeout: 10_000 });
    expect(screen.getByText(/new questions? left in today’s budget of/)).toBeTruthy();
    first.unmount();

    await putCard(database, { ...reviewedOnce(new Date(2026, 2, 3), new Date(2026, 1, 25)), questionKey: 'q2' });
    render(<RouterProvider router={createMemoryRouter([{ path: '/', element: <TodayScreen /> }], { initialEntries: ['/'] })} />);
    await screen.findByRole('heading', { name: 'Due by domain' }, { timeout: 10_000 });
    expect(screen.getByText('You have answered every CISSP question in your bank: no new ones are left.')).toBeTruthy();
    expect(screen.queryByText(/left in today’s budget/)).toBeNull();
  });

  it('says the plan’s studied hours count from the day the plan began', async () => {
    const today = new Date();
    await createPlan(defaultPlanInput('cissp', today), today);
    render(<RouterProvider router={createMemoryRouter([{ path: '/', element: <TodayScreen /> }], { initialEntries: ['/'] })} />);
    await screen.findByRole('heading', { name: 'Due by domain' }, { timeout: 10_000 });
    // Each recommendation on Today says where it comes from (QA Q20).
    expect(screen.getByText(/^Your plan’s focus this week, set when the plan was made or last re-planned/)).toBeTruthy();
    expect(screen.getByText(/^Ten questions from the three CISSP domains where you forget answers most often/)).toBeTruthy();
    expect(screen.getByText(/^Picked from this evidence: your answers of the last 30 days/)).toBeTruthy();
    expect(screen.getByText(/h studied since this plan began on (\w+ \d+|\d+ \w+), of [\d.]+ h planned so far\./)).toBeTruthy();
    // The plan's review task says what is actually due (q1 is), not only the plan's own rate (QA Q8).
    expect(screen.getByText(/^Review due cards: 1 due now; /)).toBeTruthy();
    expect(screen.queryByText(/^Review due cards \(≈/)).toBeNull();
  });
});
