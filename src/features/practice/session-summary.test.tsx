/**
 * The summary after a session: "complete" only when every question came up; a session ended early
 * says so, with how many were answered and how many were left.
 */
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../tests/fixtures/questions';
import type { LoadedSession } from '../../data/study-hooks';
import type { QuestionRecord } from '../../data/db';
import type { RecordedAnswer, SessionConfig } from '../../domain/study/session';
import { SessionSummary } from './session-summary';

const keys = Array.from({ length: 1549 }, (_, i) => `q${i}`);
const answer = (correct: boolean): RecordedAnswer => ({
  chosen: 0,
  correct,
  confidence: 'unsure',
  responseMs: 500,
  answeredAt: '2026-11-24T07:17:00.000Z',
  logId: 1,
});

function session(kind: SessionConfig['kind'], answeredCount: number, position: number): LoadedSession {
  const config = { kind, exam: 'cissp', title: 'Review: 1,549 due, 0 new', domains: [], objectives: [], tags: [], difficulties: [] };
  const answers = Object.fromEntries(keys.slice(0, answeredCount).map((key) => [key, answer(false)]));
  return {
    record: { id: 's', kind, status: 'finished', exam: 'cissp', startedAt: new Date(), updatedAt: new Date() },
    state: {
      config: { ...config, source: 'due', size: null } as SessionConfig,
      queue: keys,
      optionOrders: {},
      answers,
      flagged: [],
      position,
    },
    questions: new Map(
      keys.slice(0, 4).map((key) => [key, { ...makeQuestion({ id: key }), key, packId: 'core', retired: 0 } as QuestionRecord]),
    ),
    cards: new Map(),
  } as unknown as LoadedSession;
}

const renderSummary = (s: LoadedSession) =>
  render(
    <MemoryRouter>
      <SessionSummary session={s} onPracticeAgain={() => {}} onNewSession={() => {}} />
    </MemoryRouter>,
  );

describe('SessionSummary', () => {
  it('says a review ended early was ended, how many were answered, and that the rest are still due', () => {
    renderSummary(session('review', 4, 4));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Session ended');
    expect(
      screen.getByText(
        'You ended it after answering 4 of 1,549 questions; 1,545 were not answered. The due ones are still due: start a review to go on with them.',
      ),
    ).toBeInTheDocument();
  });

  it('calls a session that reached its last question complete', () => {
    renderSummary(session('practice', 1549, 1549));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Session complete');
    expect(screen.queryByText(/^You ended it/)).toBeNull();
  });
});
