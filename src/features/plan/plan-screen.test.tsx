/**
 * The plan form as a learner meets it: a past exam date is refused, "Change dates or hours" can be
 * cancelled without touching the active plan, and focus always lands somewhere that still exists.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BastionDb, setDatabase } from '../../data/db';
import { createPlan } from '../../data/plan-repo';
import { calendarDayOf } from '../../domain/calendar-day';
import type { StudyPlan } from '../../domain/plan/plan-generator';
import { defaultPlanInput } from '../../domain/plan/plan-input';
import { PlanScreen } from './plan-screen';

let database: BastionDb;
let n = 0;

beforeEach(() => {
  database = new BastionDb(`plan-screen-${++n}`);
  setDatabase(database);
});
afterEach(async () => {
  await database.delete();
});

const renderScreen = () =>
  render(
    <MemoryRouter>
      <PlanScreen />
    </MemoryRouter>,
  );
const activePlans = async () => (await database.plans.toArray()).filter((p) => p.status === 'active');

describe('PlanScreen', { timeout: 20_000 }, () => {
  it('refuses an exam date that has passed, and creates a plan then says so with focus on the words', async () => {
    const user = userEvent.setup({ delay: null });
    renderScreen();
    const start = await screen.findByLabelText('Start date', {}, { timeout: 10_000 });
    await user.clear(start);
    await user.type(start, '2020-01-06');
    await user.clear(screen.getByLabelText('Exam date'));
    await user.type(screen.getByLabelText('Exam date'), '2020-06-01');
    expect(screen.getByRole('alert')).toHaveTextContent('The exam date has already passed; pick an exam date after today.');
    expect(screen.getByRole('button', { name: 'Create plan' })).toBeDisabled();

    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull(); // nothing to go back to yet

    // Empty fields stay empty and ask for a value; nothing quotes back "" or a 0 the learner never typed.
    await user.clear(start);
    const hours = screen.getByLabelText('Hours per week (1–40)');
    await user.clear(hours);
    expect(hours).toHaveValue(null);
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a start date.');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the hours per week (1–40).');
    expect(screen.getByRole('alert')).not.toHaveTextContent(/yyyy|""|you entered/);
    await user.type(hours, '8');
    expect(hours).toHaveDisplayValue('8');
    expect(await activePlans()).toHaveLength(0);

    await user.clear(start);
    await user.type(start, calendarDayOf(new Date()));
    await user.click(screen.getByRole('button', { name: '4 months' }));
    await user.click(screen.getByRole('button', { name: 'Create plan' }));
    const said = await screen.findByText(/^Plan created: \d+ weeks, about \d+ h in all\.$/, {}, { timeout: 10_000 });
    // The status line takes focus a frame after it says so (ActionStatus).
    await waitFor(() => expect(said).toHaveFocus());
    expect(await activePlans()).toHaveLength(1);
  });

  it('cancels "Change dates or hours" leaving the plan as it was, and re-plans with focus on what happened', async () => {
    const now = new Date();
    const plan = await createPlan(defaultPlanInput('cissp', now), now);
    const user = userEvent.setup({ delay: null });
    renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Change dates or hours' }, { timeout: 10_000 }));
    expect(screen.getByRole('heading', { name: 'Your study plan' })).toHaveFocus();
    await user.clear(screen.getByLabelText('Hours per week (1–40)'));
    await user.type(screen.getByLabelText('Hours per week (1–40)'), '30');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Nothing changed: the active plan is as it was.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Change dates or hours' })).toHaveFocus());
    expect((await activePlans()).map((p) => [p.id, (p.plan as StudyPlan).input.hoursPerWeek])).toEqual([[plan.id, 12]]);

    await user.click(screen.getByRole('button', { name: 'Re-plan from what I did' }));
    const said = await screen.findByText(/^Re-planned from what you did: \d+ weeks, about \d+ h in all\.$/, {}, { timeout: 10_000 });
    await waitFor(() => expect(said).toHaveFocus());
  });
});
