import { Link, useNavigate, useParams } from 'react-router';
import { useMyQuestion, useMyQuestions } from '../../data/my-questions-repo';
import { draftFromQuestion, emptyDraft, suggestQuestionId } from '../../domain/pack/question-draft';
import { BankSectionNav } from '../../ui/bank-section-nav';
import { QuestionForm } from './question-form';

/** Write a new question for My questions (/bank/mine/new) or edit one (/bank/mine/edit/:id). */
export function QuestionEditorScreen() {
  const { id } = useParams();
  const mode = id ? 'edit' : 'new';
  const mine = useMyQuestions();
  const existing = useMyQuestion(id);
  const navigate = useNavigate();
  const title = mode === 'new' ? 'Write a question' : `Edit question ${id}`;

  let body;
  if (mine === undefined || existing === undefined) body = <p>Loading…</p>;
  else if (mode === 'edit' && existing === null)
    body = (
      <p>
        There is no question “{id}” in My questions. <Link to="/bank/mine">Back to My questions</Link>.
      </p>
    );
  else if (mode === 'edit' && existing?.retired === 1)
    body = (
      <p>
        “{id}” was removed from My questions. Restore it under Removed questions in <Link to="/bank/mine">My questions</Link> to edit it.
      </p>
    );
  else
    body = (
      <QuestionForm
        // A new key starts a fresh form when moving from one question to another.
        key={id ?? 'new'}
        initial={existing ? draftFromQuestion(existing) : emptyDraft(suggestQuestionId(mine.takenIds))}
        mode={mode}
        takenIds={mine.takenIds}
        onSaved={(saved) => void navigate(`/bank/mine?saved=${encodeURIComponent(saved)}`)}
      />
    );

  return (
    <section aria-labelledby="editor-title">
      <h1 id="editor-title">{title}</h1>
      <BankSectionNav />
      <p className="muted">
        Every field of the pack format, checked as you type with the same rules as an imported pack. Saved questions go to My questions and
        join practice, review and exams.
      </p>
      {body}
    </section>
  );
}
