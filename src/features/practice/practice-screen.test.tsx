/**
 * Component tests of the answer flow: set-up → answer by keyboard → every explanation shown →
 * confidence → next, with the database in fake-indexeddb.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { seedBundledPack } from '../../../tests/fixtures/bundled-pack';
import { useBankSyncStatus } from '../../data/bank-sync-status';
import { BastionDb, setDatabase } from '../../data/db';
import type { StudySessionState } from '../../domain/study/session';
import { PracticeScreen } from './practice-screen';
import { allReviewLogs } from '../../data/review-log-store';
import { beginPreviewHandoff, endPreviewHandoff } from '../../data/first-visit-handoff';
import { firstVisitQuick10 } from '../../domain/study/quick-session';

let database: BastionDb;
let n = 0;
const questions = [1, 2, 3].map((i) =>
  makeQuestion({
    id: `q-${i}`,
    stem: `Scenario ${i}: the fraud model's training data arrives from a vendor. Which control applies FIRST?`,
    answer: 3,
  }),
);

beforeEach(async () => {
  database = new BastionDb(`practice-ui-${++n}`);
  setDatabase(database);
  await seedBundledPack(database, questions, new Date());
});
afterEach(async () => {
  cleanup(); // unmount first: leaving a session flushes its study time to the database
  await database.delete();
});

/** Starting a session reads the pool and writes the session: on two busy shared cores that can take seconds. */
const sessionStart = { timeout: 10_000 };

function renderPractice(entry = '/practice') {
  const router = createMemoryRouter([{ path: '/practice', Component: PracticeScreen }], { initialEntries: [entry] });
  return render(<RouterProvider router={router} />);
}

describe('PracticeScreen', () => {
  it('runs the answer flow by keyboard and shows every option’s explanation', async () => {
    const user = userEvent.setup();
    renderPractice();
    const start = await screen.findByRole('button', { name: 'Start practice' });
    await waitFor(() => expect(start).toBeEnabled());
    await user.click(start);

    expect(await screen.findByText(/question 1 of 3/, {}, sessionStart)).toBeInTheDocument();
    // The first question's heading takes focus, as every later one does: a screen reader hears it.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Question 1' })).toHaveFocus());
    const radios = await screen.findAllByRole('radio');
    expect(radios).toHaveLength(4);

    // Pick the key by its text, whatever position the shuffle gave it.
    const keyLabel = screen.getByText('Risk mitigation with input validation', { exact: false }).closest('label')!;
    const position = [...document.querySelectorAll('.option.choice')].indexOf(keyLabel);
    await user.keyboard(String(position + 1));
    expect(within(keyLabel).getByRole('radio')).toBeChecked();
    await user.keyboard('{Enter}');

    expect(await screen.findByText('Correct.')).toBeInTheDocument();
    const explained = screen.getByRole('list', { name: 'Options with explanations' });
    expect(within(explained).getAllByRole('listitem')).toHaveLength(4);
    expect(within(explained).getAllByText(/in this fixture\./)).toHaveLength(4);

    await user.keyboard('s');
    await waitFor(() => expect(screen.getByRole('button', { name: /^Sure/ })).toHaveAttribute('aria-pressed', 'true'));
    const log = (await allReviewLogs(database))[0];
    expect(log?.confidence).toBe('sure');

    await user.keyboard('n');
    expect(await screen.findByText(/question 2 of 3/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Question 2' })).toHaveFocus();
  });

  it('flags with F and lists the shortcuts with ?', async () => {
    const user = userEvent.setup();
    renderPractice();
    const start = await screen.findByRole('button', { name: 'Start practice' });
    await waitFor(() => expect(start).toBeEnabled());
    await user.click(start);
    await screen.findByText(/question 1 of 3/, {}, sessionStart);
    await user.keyboard('f');
    await waitFor(async () => expect(await database.flags.count()).toBe(1));
    expect(await screen.findByRole('button', { name: /Flagged/ })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('?');
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts', hidden: true })).toBeInTheDocument();
  });

  it('starts the session a practice link asks for (the readiness report’s steps)', async () => {
    useBankSyncStatus.setState({ phase: 'ready', poolKnown: true });
    renderPractice('/practice?exam=cissp&domain=1&objective=1.9');
    expect(await screen.findByText(/question 1 of 3/)).toBeInTheDocument();
    await waitFor(async () => expect(await database.sessions.count()).toBe(1));
    const [session] = await database.sessions.toArray();
    expect(session?.state).toMatchObject({
      config: { domains: [1], objectives: ['1.9'], size: 10, title: 'CISSP practice: objective 1.9' },
    });
  });

  it('shows a Quick 10 as starting, never the set-up form, while the bank is still loading', async () => {
    useBankSyncStatus.setState({ phase: 'loading', poolKnown: false });
    renderPractice('/practice?quick=1');
    expect(await screen.findByRole('status')).toHaveTextContent('Starting a Quick 10…');
    expect(screen.queryByRole('heading', { name: 'New practice session' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start practice' })).toBeNull();

    useBankSyncStatus.setState({ phase: 'ready', poolKnown: true });
    expect(await screen.findByText(/question 1 of 3/, {}, sessionStart)).toBeInTheDocument();
    expect(screen.queryByText('Starting a Quick 10…')).toBeNull();
  });

  it('takes over a first visit’s preview: the same Quick 10 from its seed, its submitted choice answered once', async () => {
    const drawn = firstVisitQuick10(
      questions.map((q) => ({ ...q, key: q.id })),
      'cissp',
      5,
    );
    const firstKey = drawn.queue[0]!;
    const keyPosition = drawn.optionOrders[firstKey]!.indexOf(3);
    beginPreviewHandoff({ seed: 5, exam: 'cissp', firstKey, shownAt: Date.now() - 4_000, chosen: keyPosition, submitAsked: true });
    useBankSyncStatus.setState({ phase: 'ready', poolKnown: true });
    try {
      renderPractice('/practice?quick=1');
      expect(await screen.findByText('Correct.', {}, sessionStart)).toBeInTheDocument();
      const [session] = await database.sessions.toArray();
      expect((session?.state as { queue: string[] }).queue).toEqual(drawn.queue);
      await waitFor(async () => expect(await allReviewLogs(database)).toHaveLength(1));
      const [log] = await allReviewLogs(database);
      expect(log).toMatchObject({ questionKey: firstKey, correct: true });
      // Timed from the preview's paint, not from the app's.
      expect(log!.responseMs).toBeGreaterThanOrEqual(4_000);
    } finally {
      endPreviewHandoff();
    }
  });

  it('shows the set-up form with the reason when a Quick 10 finds nothing to ask', async () => {
    await database.settings.put({ key: 'focusExam', value: 'cc' }); // the fixture's questions are all CISSP
    useBankSyncStatus.setState({ phase: 'ready', poolKnown: true });
    renderPractice('/practice?quick=1');
    expect(await screen.findByRole('alert', {}, sessionStart)).toHaveTextContent('No question matched');
    expect(screen.getByRole('button', { name: 'Start practice' })).toBeInTheDocument();
    expect(await database.sessions.count()).toBe(0);
  });

  it('says what is wrong with a bad practice link and starts nothing', async () => {
    useBankSyncStatus.setState({ phase: 'ready', poolKnown: true });
    renderPractice('/practice?exam=cissp&domain=9');
    expect(await screen.findByRole('alert')).toHaveTextContent('This practice link names domain “9”, which CISSP does not have.');
    expect(screen.getByRole('button', { name: 'Start practice' })).toBeInTheDocument();
    expect(await database.sessions.count()).toBe(0);
  });

  describe('a Quick 10 asked for while another practice session is open', () => {
    /** A Domain 1 session, started from a readiness link and left open; then the Quick 10 is asked for. */
    async function openDomainSessionThenAskQuick10() {
      useBankSyncStatus.setState({ phase: 'ready', poolKnown: true });
      renderPractice('/practice?exam=cissp&domain=1');
      expect(await screen.findByText(/question 1 of 3/, {}, sessionStart)).toBeInTheDocument();
      cleanup();
      const [open] = await database.sessions.toArray();
      renderPractice('/practice?quick=1');
      const choice = await screen.findByRole('group', { name: /^You have a practice session open/ });
      return { open: open!, choice };
    }

    it('says which session is open and how far it got, with focus on "Continue it", and closes nothing', async () => {
      const user = userEvent.setup();
      const { open, choice } = await openDomainSessionThenAskQuick10();
      expect(choice).toHaveTextContent(
        'You have a practice session open: “CISSP practice: Domain 1”, 0 of 3 questions answered. Starting the Quick 10 closes it; its answers are kept.',
      );
      expect(within(choice).getByRole('button', { name: 'Continue it' })).toHaveFocus();
      expect(screen.queryByText(/question 1 of 3/)).toBeNull(); // not the old session shown as if it were the Quick 10
      expect(await database.sessions.toArray()).toEqual([open]);

      await user.keyboard('{Enter}');
      expect(await screen.findByText(/^CISSP practice: Domain 1 · question 1 of 3/)).toBeInTheDocument();
      await waitFor(() => expect(screen.getByRole('heading', { name: /^Question \d+$/ })).toHaveFocus());
      expect(await database.sessions.toArray()).toEqual([open]);
    });

    it('starts the Quick 10 instead from the keyboard, closing the open session with its answers kept', async () => {
      const user = userEvent.setup();
      const { open } = await openDomainSessionThenAskQuick10();
      await user.tab();
      expect(screen.getByRole('button', { name: 'Start the Quick 10 instead' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(await screen.findByText(/^Quick 10 from your weakest domains · question 1 of/, {}, sessionStart)).toBeInTheDocument();
      await waitFor(() => expect(screen.getByRole('heading', { name: /^Question \d+$/ })).toHaveFocus());
      const sessions = await database.sessions.toArray();
      expect(sessions.find((s) => s.id === open.id)).toMatchObject({ status: 'abandoned', state: open.state });
      const active = sessions.filter((s) => s.status === 'active');
      expect(active.map((s) => (s.state as StudySessionState).config.title)).toEqual(['Quick 10 from your weakest domains']);
    });

    it('goes on with an open Quick 10 without asking: it is what was asked for', async () => {
      useBankSyncStatus.setState({ phase: 'ready', poolKnown: true });
      renderPractice('/practice?quick=1');
      expect(await screen.findByText(/^Quick 10 from your weakest domains · question 1 of/, {}, sessionStart)).toBeInTheDocument();
      cleanup();
      const before = await database.sessions.toArray();
      renderPractice('/practice?quick=1');
      expect(await screen.findByText(/^Quick 10 from your weakest domains · question 1 of/, {}, sessionStart)).toBeInTheDocument();
      expect(screen.queryByRole('group', { name: /^You have a practice session open/ })).toBeNull();
      expect(await database.sessions.toArray()).toEqual(before);
    });
  });
});
