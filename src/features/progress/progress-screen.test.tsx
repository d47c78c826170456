/**
 * Progress appears in one piece: nothing of its figures is shown until every one of its live queries
 * (progress, readiness, charts, plan) has answered, so the page never grows and shifts as each lands.
 */
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createEmptyCard } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { seedBundledPack } from '../../../tests/fixtures/bundled-pack';
import { BastionDb, setDatabase } from '../../data/db';
import { ProgressScreen } from './progress-screen';
import { putCard } from '../../data/card-store';
import { addManualEntry } from '../../data/time-repo';
import { createPlan } from '../../data/plan-repo';
import { defaultPlanInput } from '../../domain/plan/plan-input';

vi.mock('../../ui/chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

let database: BastionDb;
let n = 0;
const now = new Date(2026, 2, 4, 10, 0);

beforeEach(async () => {
  database = new BastionDb(`progress-screen-${++n}`);
  setDatabase(database);
  await seedBundledPack(
    database,
    [makeQuestion({ id: 'q1', domain: 1, objective: '1.9' }), makeQuestion({ id: 'q2', domain: 3, objective: '3.1' })],
    now,
  );
  await putCard(database, { ...createEmptyCard(now), reps: 1, questionKey: 'q1' });
});
afterEach(async () => {
  await database.delete();
});

describe('ProgressScreen', () => {
  it('shows its figures in one render, once every query has answered', async () => {
    const router = createMemoryRouter([{ path: '/progress', element: <ProgressScreen /> }], { initialEntries: ['/progress'] });
    const { container } = render(<RouterProvider router={router} />);
    const states = new Set<string>();
    const record = () => {
      const text = container.textContent ?? '';
      const parts = ['Readiness for', 'Hours burn-up', 'By domain', 'Loading progress…'].filter((p) => text.includes(p));
      states.add(parts.join(' + '));
    };
    record();
    const observer = new MutationObserver(record);
    observer.observe(container, { childList: true, subtree: true, characterData: true });

    await screen.findByRole('heading', { name: 'By domain' }, { timeout: 10_000 });
    observer.disconnect();
    expect(container.closest('body')?.querySelector('[aria-busy="true"]')).toBeNull();
    // Only the two whole states: loading, then everything (no readiness or charts without the tables).
    expect([...states].filter((s) => s !== '')).toEqual(['Loading progress…', 'Readiness for + Hours burn-up + By domain']);
  });

  it('says nothing of a plan in the footnote when there is none', async () => {
    const router = createMemoryRouter([{ path: '/progress', element: <ProgressScreen /> }], { initialEntries: ['/progress'] });
    const { container } = render(<RouterProvider router={router} />);
    await screen.findByRole('heading', { name: 'By domain' }, { timeout: 10_000 });
    expect(container.textContent).toContain('0 h logged in all, since you began. Intervals');
    expect(container.textContent).not.toContain('the plan counts only its own weeks');
  });

  it('leaves out the "not tied to one domain" hours when there are none, and says what the plan’s hours cover', async () => {
    const today = new Date();
    await createPlan(defaultPlanInput('cissp', today), today);
    const router = createMemoryRouter([{ path: '/progress', element: <ProgressScreen /> }], { initialEntries: ['/progress'] });
    const { container } = render(<RouterProvider router={router} />);
    await screen.findByRole('heading', { name: 'By domain' }, { timeout: 10_000 });
    expect(container.textContent).toContain('0 h logged in all, since you began (the plan counts only its own weeks).');
    expect(container.textContent).not.toContain('not tied to one domain');
    expect(container.textContent).toMatch(/0 h studied since this plan began on \w+ \d+|0 h studied since this plan began on \d+ \w+/);

    await addManualEntry({ date: '2026-03-03', minutes: 90, domain: 0, exam: 'cissp', source: 'reading', note: '' });
    await screen.findByText(
      /1\.5 h \(sessions across several domains, and “all domains” entries\) is not tied to one domain\./,
      undefined,
      {
        timeout: 5_000,
      },
    );
  });
});
