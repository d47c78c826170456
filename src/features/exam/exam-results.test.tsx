/**
 * The result page says how long the exam ran and, for a fail by the time rule, why it failed even
 * when the score stands above the passing line.
 */
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { endedExam } from '../../../tests/fixtures/ended-exams';
import { checkTime, type ExamState } from '../../domain/exam/cat-engine';
import type { LoadedExam } from '../../data/exam-hooks';
import type { ExamItemAnswer } from '../../data/exam-repo';
import { ExamResults } from './exam-results';

const started = new Date(2026, 9, 1, 9, 0);
const minutesIn = (m: number) => new Date(started.getTime() + m * 60_000);

function loaded(engine: ExamState, answered: number, finishedAt: Date): LoadedExam {
  const answers: ExamItemAnswer[] = engine.answered
    .slice(0, answered)
    .map((item) => ({ key: item.key, chosen: 0, correct: item.correct, order: [0, 1, 2, 3], responseMs: 20_000 }));
  return {
    record: {
      id: 'exam-x',
      kind: 'exam',
      status: 'finished',
      exam: 'cc',
      startedAt: started,
      updatedAt: finishedAt,
      finishedAt,
      state: {},
    },
    state: { engine, seed: 1, current: null, answers, includesRecent: false },
    questions: new Map(),
  };
}

function renderResults(exam: LoadedExam) {
  const router = createMemoryRouter([{ path: '/', element: <ExamResults exam={exam} onDone={() => {}} /> }]);
  return render(<RouterProvider router={router} />);
}

/** A CC linear exam (100 items, 2 hours) left after `answered` items and reopened `backAfter` minutes in. */
function timedOut(answered: number, backAfter: number, correct: (i: number) => boolean = () => true): LoadedExam {
  const full = endedExam({ id: 'exam-x', exam: 'cc', variant: 'linear', startedAt: started, correct });
  const cut = { ...full.engine, result: null, answered: full.engine.answered.slice(0, answered) };
  const scored = cut.answered.filter((item) => item.scored).length;
  const engine = checkTime({ ...cut, thetaHistory: full.engine.thetaHistory.slice(0, scored) }, minutesIn(backAfter));
  return loaded(engine, answered, minutesIn(backAfter));
}

describe('ExamResults', () => {
  it('counts the time that ran out, not only the answers’ times, and says why a time-out with a high score fails', async () => {
    renderResults(timedOut(3, 121));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/^Simulated result: fail/);
    expect(screen.getByText(/^3 items answered/)).toHaveTextContent('in 120 min, all the time allowed; each answer took about 20 s.');
    expect(screen.getByText(/^Why a fail/)).toHaveTextContent(
      'Why a fail: time ran out after 3 items, and this exam needs at least 100; running out of time before that is a fail, whatever the score.',
    );
  });

  it('explains a time-out fail after the minimum by the last scored answers', async () => {
    // Every other answer wrong: the estimate hovers around the passing line.
    renderResults(timedOut(100, 130, (i) => i % 2 === 0));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(/^Why a fail/)).toHaveTextContent(/after each of your last 75 scored answers, and it did not\.$/);
  });

  it('says nothing more when the exam ended by its length', async () => {
    const full = endedExam({ id: 'exam-x', exam: 'cc', variant: 'linear', startedAt: started, correct: () => true });
    renderResults(loaded(full.engine, 100, full.endedAt));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(/^100 items answered/)).toHaveTextContent('in 100 min; each answer took about 20 s.');
    expect(screen.queryByText(/^Why a fail/)).toBeNull();
    // Dates as the app writes them everywhere, to the minute.
    expect(screen.getByText(/^The clock ran from 1 October 2026 at 09:00;/)).toBeInTheDocument();
    expect(screen.getByText(/^Finished \d{1,2} October 2026 at \d\d:\d\d\.$/)).toBeInTheDocument();
  });

  it('says an exam the bank ran out of questions for ended that way, with no pass or fail', async () => {
    const full = endedExam({ id: 'exam-x', exam: 'cc', variant: 'linear', startedAt: started, correct: () => true });
    // No rule ended it and the learner did not: 40 items, then nothing more to draw.
    const engine = { ...full.engine, result: null, answered: full.engine.answered.slice(0, 40) };
    renderResults(loaded(engine, 40, minutesIn(45)));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(/^Ended when your bank had no further question for this form/)).toHaveTextContent(
      /so it has no pass or fail, and your readiness does not count it\. Import more questions \(Bank → Packs\) for a full exam\.$/,
    );
  });

  it('shows no score for an exam ended before it could score, and no label on a domain with too few items', async () => {
    const full = endedExam({ id: 'exam-x', exam: 'cc', variant: 'linear', startedAt: started, correct: () => true });
    const engine = { ...full.engine, result: null, answered: full.engine.answered.slice(0, 4) };
    const exam = loaded(engine, 4, minutesIn(3));
    renderResults({ ...exam, state: { ...exam.state, endedByLearner: true } });
    await screen.findByRole('heading', { level: 1 });
    expect(
      screen.getByText('No score: the exam ended after 4 items, and a score needs at least 100, the fewest this exam asks.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^95% interval/)).toBeNull();
    expect(screen.queryByText(/proficiency$/)).toBeNull();
    expect(screen.getAllByText('too few items for a label (5 needed)').length).toBeGreaterThan(0);
  });

  it('keeps the score and the labels of a full exam', async () => {
    const full = endedExam({ id: 'exam-x', exam: 'cc', variant: 'linear', startedAt: started, correct: () => true });
    renderResults(loaded(full.engine, 100, full.endedAt));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(/^95% interval \d+–\d+ on the 0–1000 scale/)).toBeInTheDocument();
    expect(screen.getAllByText('Above proficiency').length).toBeGreaterThan(0);
  });
});
