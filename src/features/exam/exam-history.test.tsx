/**
 * The exam history lists every finished exam, newest first, ten at a time, each line opening its
 * full result; exams that never ended (running, or closed by starting another) are not listed.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endedExam } from '../../../tests/fixtures/ended-exams';
import { BastionDb, setDatabase, type SessionRecord } from '../../data/db';
import { ExamHistory } from './exam-history';

let database: BastionDb;
let n = 0;
const day = (d: number) => new Date(2026, 9, d, 9, 0);

beforeEach(() => {
  database = new BastionDb(`exam-history-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

function examRecord(d: number, status: SessionRecord['status'], passing: boolean): SessionRecord {
  const ended = endedExam({ id: `exam-${String(d).padStart(2, '0')}`, startedAt: day(d), correct: () => passing });
  return {
    id: ended.id,
    kind: 'exam',
    status,
    exam: 'cissp',
    startedAt: day(d),
    updatedAt: ended.endedAt,
    ...(status === 'finished' ? { finishedAt: ended.endedAt } : {}),
    state: { engine: ended.engine, seed: 1, current: null, answers: ended.answers, includesRecent: false },
  };
}

const renderHistory = () => render(<RouterProvider router={createMemoryRouter([{ path: '/', element: <ExamHistory /> }])} />);

describe('ExamHistory', () => {
  it('says no exam is finished yet', async () => {
    await database.sessions.put(examRecord(1, 'abandoned', true));
    renderHistory();
    await screen.findByText(/^No exam finished yet/);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists finished exams newest first, ten at first, each opening its result', async () => {
    await database.sessions.bulkPut([
      ...Array.from({ length: 12 }, (_, i) => examRecord(i + 1, 'finished', i % 2 === 0)),
      examRecord(20, 'abandoned', true),
      { ...examRecord(21, 'active', true), finishedAt: undefined },
    ]);
    renderHistory();
    const table = await screen.findByRole('table', { name: /finished simulated exams/ });
    const rows = () => within(table).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(10);
    const first = within(rows()[0]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(first).toEqual(['CISSP short practice', 'Fail', expect.stringMatching(/^\d+ \(\d+–\d+\)$/), '25', '25 min']);
    expect(within(rows()[1]!).getByText('Pass')).toBeInTheDocument();
    expect(within(rows()[0]!).getByRole('link')).toHaveAttribute('href', '/exam?result=exam-12');
    expect(within(rows()[9]!).getByRole('link')).toHaveAttribute('href', '/exam?result=exam-03');

    await userEvent.click(screen.getByRole('button', { name: 'Show all 12 exams' }));
    expect(rows()).toHaveLength(12);
    expect(within(rows()[11]!).getByRole('link')).toHaveAttribute('href', '/exam?result=exam-01');
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
    // The button went away: focus is on the first line it brought, not dropped to the page.
    expect(within(rows()[10]!).getByRole('link')).toHaveFocus();
  });
});
