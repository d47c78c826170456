/**
 * The chart cards' text alternative: each "Show as table" toggle swaps the chart for a table with
 * the same numbers, and back, from the mouse or the keyboard. jsdom has no canvas, so the uPlot
 * wrapper is replaced by a stand-in that renders only its accessible name; the panels, their
 * numbers, the toggle and the tables are the real ones, fed from a real (fake-indexeddb) database.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createEmptyCard } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { seedBundledPack } from '../../../tests/fixtures/bundled-pack';
import { replaceAnswerDays } from '../../data/answer-days-repo';
import { BastionDb, setDatabase, type ReviewLogRecord } from '../../data/db';
import { createPlan } from '../../data/plan-repo';
import { addManualEntry } from '../../data/time-repo';
import { defaultPlanInput } from '../../domain/plan/plan-input';
import { ProgressCharts } from './progress-charts';
import { useProgressCharts } from '../../data/progress-charts-repo';
import { appNow } from '../../data/clock';
import { seedReviewLogs } from '../../../tests/fixtures/review-logs';
import { allReviewLogs } from '../../data/review-log-store';
import { putCard } from '../../data/card-store';

vi.mock('../../ui/chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

let database: BastionDb;
let n = 0;
const now = new Date(2026, 2, 4, 10, 0); // Wednesday 4 March 2026, local time

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  database = new BastionDb(`progress-charts-ui-${++n}`);
  setDatabase(database);
  await seedBundledPack(
    database,
    [makeQuestion({ id: 'q1', domain: 1, objective: '1.9' }), makeQuestion({ id: 'q2', domain: 3, objective: '3.1' })],
    now,
  );
  await putCard(database, { ...createEmptyCard(now), reps: 1, due: new Date(2026, 2, 1), questionKey: 'q1' });
  const log = { questionKey: 'q1', sessionId: 's', chosenOption: 0, confidence: 'unsure', responseMs: 1, cardBefore: null };
  await seedReviewLogs(database, [
    { ...log, review: new Date(2026, 2, 2, 9), correct: true },
    { ...log, review: new Date(2026, 2, 3, 9), correct: false },
    { ...log, review: new Date(2026, 2, 3, 10), correct: true },
  ] as unknown as ReviewLogRecord[]);
  await replaceAnswerDays(database, await allReviewLogs(database));
});
afterEach(async () => {
  vi.useRealTimers();
  await database.delete();
});

/** The charts as the Progress screen feeds them: from the charts' own live query, once it has answered. */
function CisspCharts() {
  const data = useProgressCharts('cissp', appNow());
  return data ? <ProgressCharts data={data} /> : <p>Loading charts…</p>;
}

function renderCharts() {
  const router = createMemoryRouter([{ path: '/progress', element: <CisspCharts /> }], { initialEntries: ['/progress'] });
  return render(<RouterProvider router={router} />);
}

const panel = (name: string) => screen.getByRole('region', { name });

describe('ProgressCharts', () => {
  it('swaps each chart for a table of the same numbers and back', async () => {
    await createPlan(defaultPlanInput('cissp', now), now);
    await addManualEntry({ date: '2026-03-03', minutes: 90, domain: 3, exam: 'cissp', source: 'reading', note: '' });
    const user = userEvent.setup({ delay: null });
    renderCharts();

    // Live queries answer asynchronously; a busy machine can take longer than findBy's default second.
    const burnUpChart = await within(await screen.findByRole('region', { name: 'Hours burn-up' }, { timeout: 10_000 })).findByRole(
      'img',
      {},
      { timeout: 10_000 },
    );
    expect(burnUpChart).toHaveAccessibleName(/^Hours burn-up: 1\.5 h done of [\d.]+ h planned by the end of this week/);
    const toggle = within(panel('Hours burn-up')).getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(within(panel('Hours burn-up')).queryByRole('img')).toBeNull();
    const burnUp = within(panel('Hours burn-up')).getByRole('table', { name: /per week/ });
    const thisWeek = within(burnUp).getByRole('row', { name: /\(this week\)/ });
    expect(
      within(thisWeek)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([expect.stringMatching(/ h$/), expect.any(String), '1.5 h', '1.5 h']);
    await user.click(toggle);
    expect(await within(panel('Hours burn-up')).findByRole('img', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(panel('Hours burn-up')).queryByRole('table')).toBeNull();

    // Coverage, accuracy and forecast, each from the keyboard: Tab to the toggle, then Space or Enter.
    const coverageToggle = within(panel('Coverage by domain')).getByRole('button', { name: 'Show as table' });
    coverageToggle.focus();
    await user.keyboard(' ');
    const coverage = within(panel('Coverage by domain')).getByRole('table', { name: /per domain/ });
    expect(within(coverage).getByRole('row', { name: /^D1\./ })).toHaveTextContent('1 / 1 (100%)');
    expect(within(coverage).getByRole('row', { name: /^D3\./ })).toHaveTextContent('0 / 1 (0%)');

    within(panel('Accuracy by week, last 26 weeks')).getByRole('button', { name: 'Show as table' }).focus();
    await user.keyboard('{Enter}');
    const accuracy = within(panel('Accuracy by week, last 26 weeks')).getByRole('table');
    const rows = within(accuracy).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(26);
    expect(rows[0]).toHaveTextContent('2 / 3');
    expect(rows[0]).toHaveTextContent('67% (21%–94%)');
    expect(rows[1]).toHaveTextContent('no answers');

    await user.click(within(panel('Review forecast')).getByRole('button', { name: 'Show as table' }));
    const forecast = within(panel('Review forecast')).getByRole('table');
    expect(within(forecast).getByRole('row', { name: /\(today\)/ })).toHaveTextContent('1 (1 overdue)');
    expect(within(forecast).getAllByRole('row')).toHaveLength(31);
  });

  it('without a plan links to /plan instead of drawing a burn-up', async () => {
    renderCharts();
    const burnUp = await screen.findByRole('region', { name: 'Hours burn-up' }, { timeout: 10_000 });
    expect(within(burnUp).getByRole('link', { name: 'Make a study plan' })).toHaveAttribute('href', '/plan');
    expect(within(burnUp).queryByRole('button')).toBeNull();
    expect(await within(panel('Accuracy by week, last 26 weeks')).findByRole('img', {}, { timeout: 10_000 })).toHaveAccessibleName(
      /^Accuracy by week, last 26 weeks: This week: 67% of 3 answers \(95% interval 21%–94%\)/,
    );
  });
});
