import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { stemPreview } from '../../domain/bank/stem-preview';
import { appNow } from '../../data/clock';
import { removeMyQuestion, restoreMyQuestion, useMyQuestions } from '../../data/my-questions-repo';
import type { QuestionRecord } from '../../data/db';
import { ActionStatus } from '../../ui/action-status';
import { BankSectionNav } from '../../ui/bank-section-nav';
import { MyQuestionsExport } from './my-questions-export';
import { countOf } from '../../domain/count-text';

/** The learner's own questions: write, edit, remove (and restore), and export them as a pack file. */
export function MyQuestionsScreen() {
  const mine = useMyQuestions();
  const [params] = useSearchParams();
  const saved = params.get('saved');
  // What the last Remove or Restore did (focus moves to it, since the button pressed is gone).
  const [notice, setNotice] = useState('');

  const act = (change: (id: string, now: Date) => Promise<void>, id: string, done: string) =>
    void change(id, appNow()).then(
      () => setNotice(done),
      (error: Error) => setNotice(`Nothing changed: ${error.message}`),
    );

  return (
    <section aria-labelledby="mine-title">
      <h1 id="mine-title">My questions</h1>
      <BankSectionNav />
      <p className="muted">
        Questions you write yourself, in the same format as the bank. They join practice, review and exams (switch the pack off under
        Packs), and you can share them as a pack file.
      </p>
      <p>
        <Link to="/bank/mine/new" className="button-link primary">
          Write a question
        </Link>
      </p>
      <ActionStatus message={notice || (saved ? `Saved ${saved} to My questions.` : '')} takeFocus={notice !== ''} />
      {mine === undefined ? (
        <p>Loading…</p>
      ) : (
        <>
          {mine.active.length === 0 ? (
            <p>
              {mine.removed.length === 0
                ? 'You have not written a question yet.'
                : 'Every question you wrote is removed; restore one below.'}
            </p>
          ) : (
            <>
              <h2>{countOf(mine.active.length, 'question')}</h2>
              <ul className="pack-list">
                {mine.active.map((q) => (
                  <QuestionItem key={q.key} question={q}>
                    <Link to={`/bank/mine/edit/${encodeURIComponent(q.id)}`} aria-label={`Edit ${q.id}`}>
                      Edit
                    </Link>
                    <Link to={`/bank/${encodeURIComponent(q.key)}`} aria-label={`View ${q.id}`}>
                      View
                    </Link>
                    <button
                      type="button"
                      onClick={() =>
                        act(
                          removeMyQuestion,
                          q.id,
                          `Removed ${q.id}. Its answers are kept; Restore, under Removed questions, brings it back.`,
                        )
                      }
                      aria-label={`Remove ${q.id}`}
                    >
                      Remove
                    </button>
                  </QuestionItem>
                ))}
              </ul>
              <MyQuestionsExport questions={mine.active} />
            </>
          )}
          {mine.removed.length > 0 && (
            <section aria-labelledby="removed-title">
              <h2 id="removed-title">Removed questions</h2>
              <p className="muted">
                Out of practice, review, exams and exports. Their ids stay theirs (your answers to them are kept under the id), so a new
                question cannot take one; restore a question to use it again.
              </p>
              <ul className="pack-list">
                {mine.removed.map((q) => (
                  <QuestionItem key={q.key} question={q}>
                    <button
                      type="button"
                      onClick={() => act(restoreMyQuestion, q.id, `Restored ${q.id} to My questions.`)}
                      aria-label={`Restore ${q.id}`}
                    >
                      Restore
                    </button>
                  </QuestionItem>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}

function QuestionItem({ question, children }: { question: QuestionRecord; children: ReactNode }) {
  return (
    <li className="card">
      <strong>{question.id}</strong> <span className="muted">{stemPreview(question.stem, 160)}</span>
      <div className="row" style={{ marginTop: '0.5rem' }}>
        {children}
      </div>
    </li>
  );
}
