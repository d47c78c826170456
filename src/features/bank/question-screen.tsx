import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuestion } from '../../data/questions-repo';
import { OptionExplanations } from '../../ui/option-explanations';
import { QuestionMeta } from '../../ui/question-meta';
import { difficultyLabel } from './bank-filters';
import { bankAddressFor } from './bank-return';

const letters = ['A', 'B', 'C', 'D'];

export function QuestionScreen() {
  const { key } = useParams();
  const question = useQuestion(key);
  const [revealed, setRevealed] = useState(false);

  if (question === undefined) return <p>Loading question…</p>;
  if (question === null)
    return (
      <section>
        <h1>Question not found</h1>
        <p>
          No question has the id “{key}”. It may belong to a pack that is not installed. <Link to="/bank">Back to the bank</Link>.
        </p>
      </section>
    );

  return (
    <article aria-labelledby="question-title">
      <p>
        <Link to={bankAddressFor(key)}>← All questions</Link>
      </p>
      <h1 id="question-title">
        Question {question.id} <span className="pill">{difficultyLabel(question.difficulty)}</span>
        {question.retired === 1 && <span className="pill"> Retired</span>}
      </h1>
      <QuestionMeta question={question} />
      <div className="card">
        <p className="stem">{question.stem}</p>
        {!revealed && (
          <ol className="option-list" aria-label="Options">
            {question.options.map((o, i) => (
              <li key={i} className="option">
                <strong>{letters[i]}.</strong> {o.text}
              </li>
            ))}
          </ol>
        )}
        {revealed && <OptionExplanations question={question} />}
        <button type="button" className="primary" aria-expanded={revealed} onClick={() => setRevealed((r) => !r)}>
          {revealed ? 'Hide answer and explanations' : 'Show answer and explanations'}
        </button>
      </div>
      {question.references.length > 0 && (
        <>
          <h2>References</h2>
          <ul>
            {question.references.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
