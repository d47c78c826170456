import { Link, useSearchParams } from 'react-router';
import { stemPreview } from '../../domain/bank/stem-preview';
import { appNow } from '../../data/clock';
import { removeMyQuestion, useMyQuestions } from '../../data/my-questions-repo';
import { BankSectionNav } from '../../ui/bank-section-nav';
import { MyQuestionsExport } from './my-questions-export';
import { countText } from '../../domain/count-text';

/** The learner's own questions: write, edit, remove, and export them as a pack file. */
export function MyQuestionsScreen() {
  const mine = useMyQuestions();
  const [params] = useSearchParams();
  const saved = params.get('saved');
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
      <p role="status">{saved ? `Saved ${saved} to My questions.` : ''}</p>
      {mine === undefined ? (
        <p>Loading…</p>
      ) : mine.active.length === 0 ? (
        <p>You have not written a question yet.</p>
      ) : (
        <>
          <h2>{countText(mine.active.length)} questions</h2>
          <ul className="pack-list">
            {mine.active.map((q) => (
              <li key={q.key} className="card">
                <strong>{q.id}</strong> <span className="muted">{stemPreview(q.stem, 160)}</span>
                <div className="row" style={{ marginTop: '0.5rem' }}>
                  <Link to={`/bank/mine/edit/${encodeURIComponent(q.id)}`} aria-label={`Edit ${q.id}`}>
                    Edit
                  </Link>
                  <Link to={`/bank/${encodeURIComponent(q.key)}`} aria-label={`View ${q.id}`}>
                    View
                  </Link>
                  <button type="button" onClick={() => void removeMyQuestion(q.id, appNow())} aria-label={`Remove ${q.id}`}>
                    Remove
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <MyQuestionsExport questions={mine.active} />
        </>
      )}
    </section>
  );
}
