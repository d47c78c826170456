import type { Question } from '../../domain/pack/pack-schema';
import { draftToCandidate, type QuestionDraft } from '../../domain/pack/question-draft';
import { OptionExplanations } from '../../ui/option-explanations';
import { QuestionMeta } from '../../ui/question-meta';

const letters = ['A', 'B', 'C', 'D'];

/** The draft as far as it goes, as a Question the practice components can show (no key marked until chosen). */
function previewQuestion(draft: QuestionDraft): Question {
  const c = draftToCandidate(draft) as Partial<Question>;
  return {
    id: draft.id,
    exams: c.exams ?? [],
    ...(c.domain !== undefined ? { domain: c.domain } : {}),
    ...(c.objective !== undefined ? { objective: c.objective } : {}),
    ...(c.ccDomain !== undefined ? { ccDomain: c.ccDomain } : {}),
    ...(c.ccObjective !== undefined ? { ccObjective: c.ccObjective } : {}),
    difficulty: (c.difficulty ?? 2) as Question['difficulty'],
    stem: draft.stem,
    options: draft.options.map((o) => ({ ...o })),
    answer: draft.answer ?? -1,
    tags: [...draft.tags],
    references: c.references ?? [],
  };
}

/** The question exactly as practice shows it: before answering, then with every explanation. */
export function QuestionPreview({ draft }: { draft: QuestionDraft }) {
  const question = previewQuestion(draft);
  return (
    // tabIndex: the preview may scroll inside itself, so keyboard users must be able to reach it.
    <section aria-labelledby="question-preview-title" className="card sticky-preview" tabIndex={0}>
      <h2 id="question-preview-title" style={{ marginTop: 0 }}>
        Preview, as practice shows it
      </h2>
      <QuestionMeta question={question} />
      <p className="stem">{question.stem || <span className="muted">The stem appears here.</span>}</p>
      <h3>Before answering</h3>
      <ol className="option-list" aria-label="Options">
        {question.options.map((o, i) => (
          <li key={i} className="option">
            <strong>{letters[i]}.</strong> {o.text}
          </li>
        ))}
      </ol>
      <h3>After answering</h3>
      <OptionExplanations question={question} />
      {question.references.length > 0 && (
        <>
          <h3>References</h3>
          <ul>
            {question.references.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
