/**
 * The active plan as the learner reads it: what each figure means (planned mock exams, not done),
 * no advice to sit sooner when behind, the review task from what is actually due, and dates in
 * the app's one readable style.
 */
import { render, screen, within } from '@testing-library/react';
import { createEmptyCard } from 'ts-fsrs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { seedBundledPack } from '../../../tests/fixtures/bundled-pack';
import { putCards } from '../../data/card-store';
import { BastionDb, setDatabase } from '../../data/db';
import type { PlanStatus } from '../../data/plan-repo';
import { generatePlan } from '../../domain/plan/plan-generator';
import { onTrack } from '../../domain/plan/plan-tracking';
import { PlanView } from './plan-view';

let database: BastionDb;
let n = 0;
// A Tuesday, five weeks into a plan that started on a Monday.
const now = new Date(2026, 10, 24, 9);
const day = (offset: number) => new Date(2026, 10, 24 + offset, 8);

beforeEach(async () => {
  database = new BastionDb(`plan-view-${++n}`);
  setDatabase(database);
  const questions = Array.from({ length: 40 }, (_, i) => makeQuestion({ id: `q${i}` }));
  await seedBundledPack(database, questions, now);
  // 12 due now; 14 more come due over the next week (2 a day); 14 later than that.
  await putCards(
    database,
    questions.map((q, i) => ({
      ...createEmptyCard(now),
      reps: 1,
      due: i < 12 ? day(-3) : i < 26 ? day(1 + (i % 7)) : day(20),
      questionKey: q.id,
    })),
  );
});
afterEach(async () => {
  await database.delete();
});

/** A 40 h/week plan from Oct 19, 2026 to an exam on Mar 1, 2027 (far above the usual hours), with `hours` studied. */
function planStatus(hours: number): PlanStatus {
  const input = {
    exam: 'cissp' as const,
    startDate: '2026-10-19',
    examDate: '2027-03-01',
    hoursPerWeek: 40,
    background: 'from-it' as const,
    studyDays: [1, 2, 3, 4, 5, 6],
  };
  const plan = generatePlan(input, [], new Date(2026, 9, 19, 8));
  const done = [0, 1, 2, 3, 4].map((weekIndex) => ({ weekIndex, hours: hours / 5 }));
  const track = onTrack(plan, done, hours >= 100 ? 1 : 0.1, now);
  return { plan, actuals: done.map((d) => ({ ...d, domainHours: {} })) as unknown as PlanStatus['actuals'], track };
}

describe('PlanView', () => {
  it('labels the mock exam column as planned', () => {
    render(<PlanView status={planStatus(200)} now={now} />);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Mock exams planned' })).toBeInTheDocument();
  });

  it('does not suggest sitting the exam sooner to a learner behind the plan', () => {
    const behind = planStatus(10);
    expect(behind.track.status).toBe('behind');
    const { unmount } = render(<PlanView status={behind} now={now} />);
    expect(screen.getByText(/more than the usual 150–250 h/)).toHaveTextContent(/keep your exam date rather than sitting sooner\.$/);
    expect(screen.queryByText(/you could also sit the exam sooner/)).toBeNull();
    unmount();

    render(<PlanView status={planStatus(300)} now={now} />);
    expect(screen.getByText(/you could also sit the exam sooner/)).toBeInTheDocument();
  });

  it('gives this week’s review task from what is due now and what comes due each day', async () => {
    render(<PlanView status={planStatus(200)} now={now} />);
    expect(
      await screen.findByText('Review due cards: 12 due now; about 2 more come due each day', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/per day\)$/)).toBeNull();
  });

  it('writes dates in the app’s one style: days in words, weeks as short ranges', () => {
    render(<PlanView status={planStatus(10)} now={now} />);
    expect(screen.getByText(/^19 October 2026 → exam 1 March 2027 ·/)).toBeInTheDocument();
    expect(screen.getByText(/you finish the plan’s hours on \d{1,2} [A-Z][a-z]+ 20\d\d — after the exam date\.$/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Week 6: .* \(23\s*–\s*29 Nov 2026\)$/ })).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(within(rows[1]!).getAllByRole('cell')[1]).toHaveTextContent(/^19\s*–\s*25 Oct 2026$/);
    // A week's range stays on one line; on a phone the table scrolls sideways in a labelled region instead.
    expect(within(rows[1]!).getAllByRole('cell')[1]).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(screen.getByRole('region', { name: 'Week by week (scrolls sideways)' })).toContainElement(screen.getByRole('table'));
    expect(screen.queryByText(/\d{4}-\d{2}-\d{2}/)).toBeNull();
  });

  it('says how much of the bank is seen in words, not "coverage 100% of 100% planned"', () => {
    const { unmount } = render(<PlanView status={planStatus(10)} now={now} />);
    expect(screen.getByText(/ studied of .* planned so far/)).toHaveTextContent(
      /· you have seen 10% of the questions in your bank; the plan expects \d+% by now\.$/,
    );
    unmount();
    render(<PlanView status={planStatus(300)} now={now} />);
    expect(screen.getByText(/ studied of .* planned so far/)).toHaveTextContent(
      /· you have seen 100% of the questions in your bank, as the plan expects by now\.$/,
    );
    expect(screen.queryByText(/coverage/)).toBeNull();
  });
});
