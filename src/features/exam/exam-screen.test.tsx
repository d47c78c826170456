/**
 * The running exam by keyboard, with the database in fake-indexeddb: ending it early with a
 * confirmation, and where focus goes when the screen changes.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedBundledPack } from '../../../tests/fixtures/bundled-pack';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { BastionDb, setDatabase } from '../../data/db';
import { startExamSession, type ExamSessionState } from '../../data/exam-repo';
import { ExamScreen } from './exam-screen';

let database: BastionDb;
let n = 0;

beforeEach(async () => {
  sessionStorage.clear(); // a chosen option not yet submitted is kept there
  database = new BastionDb(`exam-ui-${++n}`);
  setDatabase(database);
  await seedBundledPack(
    database,
    Array.from({ length: 40 }, (_, i) => {
      const domain = 1 + (i % 8);
      return makeQuestion({ id: `q-${i}`, domain, objective: `${domain}.1`, stem: `Exam scenario ${i}: which control applies FIRST?` });
    }),
    new Date(),
  );
});
afterEach(async () => {
  cleanup(); // unmount first: leaving the exam flushes its study time to the database
  await database.delete();
});

function renderExam() {
  const router = createMemoryRouter([{ path: '/exam', Component: ExamScreen }], { initialEntries: ['/exam'] });
  return render(<RouterProvider router={router} />);
}

async function runningExam() {
  const id = await startExamSession('cissp', 'short', new Date(), 42);
  renderExam();
  await screen.findByText(/item 1 of 25/);
  return id;
}

describe('ExamScreen: ending a running exam', () => {
  it('asks first, with focus on Keep going; Keep going (or Escape) goes back to the exam', async () => {
    const user = userEvent.setup();
    const id = await runningExam();
    await user.click(screen.getByRole('button', { name: 'End exam' }));
    const ask = screen.getByRole('group', { name: 'End the exam now? It will have no pass or fail.' });
    expect(ask).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep going' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'End exam' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Keep going' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'End exam' })).toHaveFocus();
    expect((await database.sessions.get(id))?.status).toBe('active');
  });

  it('ends the exam as the learner’s choice and shows its result: not finished, no pass or fail', async () => {
    const user = userEvent.setup();
    const id = await runningExam();
    await user.click(screen.getByRole('button', { name: 'End exam' }));
    await user.click(screen.getByRole('button', { name: 'Yes, end the exam' }));
    const heading = await screen.findByRole('heading', { level: 1, name: /^Simulated result: not finished/ });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/^Ended by you before any of its ending rules applied/)).toBeInTheDocument();
    const session = await database.sessions.get(id);
    expect(session?.status).toBe('finished');
    expect((session?.state as ExamSessionState).engine.result).toBeNull();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'End exam' })).toBeNull());
  });
});

describe('ExamScreen: focus', () => {
  it('focuses item 1’s heading after Start exam, and again when a running exam is reopened (a reload)', async () => {
    const user = userEvent.setup();
    const { unmount } = renderExam();
    await user.click(await screen.findByRole('radio', { name: /Short practice exam/ }));
    const start = screen.getByRole('button', { name: 'Start exam' });
    await waitFor(() => expect(start).toBeEnabled());
    await user.click(start);
    expect(await screen.findByText(/item 1 of 25/, {}, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Item 1' })).toHaveFocus());

    unmount();
    renderExam();
    await screen.findByText(/item 1 of 25/);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Item 1' })).toHaveFocus());
  });
});

describe('ExamScreen: a chosen option not yet submitted', () => {
  it('is chosen again after a reload, and is still not an answer', async () => {
    const user = userEvent.setup();
    const id = await runningExam();
    await user.keyboard('b');
    const optionB = () => screen.getAllByRole('radio')[1]!;
    expect(optionB()).toBeChecked();

    cleanup(); // the reload
    renderExam();
    await screen.findByText(/item 1 of 25/);
    expect(optionB()).toBeChecked();
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(1);
    expect(((await database.sessions.get(id))?.state as ExamSessionState).answers).toHaveLength(0);
    expect(screen.getByRole('button', { name: /^Submit/ })).toBeEnabled();

    // Submitted, it is the answer, and the next item starts with nothing chosen, even after a reload.
    await user.keyboard('{Enter}');
    await screen.findByText(/item 2 of 25/);
    cleanup();
    renderExam();
    await screen.findByText(/item 2 of 25/);
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    const { answers, current } = (await database.sessions.get(id))?.state as ExamSessionState;
    expect(answers).toHaveLength(1);
    expect(answers[0]!.chosen).toBe(answers[0]!.order[1]);
    expect(current?.key).not.toBe(answers[0]!.key);
  });

  it('belongs to its exam: a new exam does not show the last one’s choice', async () => {
    const user = userEvent.setup();
    await runningExam();
    await user.keyboard('c');
    cleanup();
    await startExamSession('cissp', 'short', new Date(), 42); // same seed: same first item
    renderExam();
    await screen.findByText(/item 1 of 25/);
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
  });
});
