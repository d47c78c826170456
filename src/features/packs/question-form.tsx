import type { QuestionDraft } from '../../domain/pack/question-draft';
import { ErrorSummary } from './error-summary';
import { fieldElementId, FieldErrors, groupDescribedBy } from './field-errors';
import { OptionFields } from './option-fields';
import { OutlineFields } from './outline-fields';
import { QuestionPreview } from './question-preview';
import { SimilarStems } from './similar-stems';
import { MY_QUESTIONS_ID, questionKeyOf } from '../../domain/pack/pack-ids';
import { TagPicker } from './tag-picker';
import { TextField } from './text-field';
import { useQuestionForm, type QuestionForm as Form } from './use-question-form';

interface Props {
  initial: QuestionDraft;
  mode: 'new' | 'edit';
  takenIds: ReadonlySet<string>;
  onSaved: (id: string) => void;
}

/** Every field of the format, checked as you type by the importer's own rules, with a live preview. */
export function QuestionForm({ initial, mode, takenIds, onSaved }: Props) {
  const form = useQuestionForm(initial, mode, takenIds);
  const { draft, update, errorsFor } = form;
  return (
    <div className="grid-2" style={{ alignItems: 'start' }}>
      <form
        className="form-grid"
        aria-label={mode === 'new' ? 'New question' : `Edit question ${draft.id}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.save().then((id) => id && onSaved(id));
        }}
      >
        <ErrorSummary problems={form.shownProblems} />
        <TextField
          field="id"
          label="Question id"
          hint={
            mode === 'new'
              ? 'Lowercase letters, digits and hyphens; it can never change or be reused.'
              : 'The id cannot change: your answers are kept under it.'
          }
          value={draft.id}
          readOnly={mode === 'edit'}
          onChange={(id) => update('id', { id })}
          errors={errorsFor('id')}
        />
        <OutlineFields form={form} />
        <DifficultyField form={form} />
        <TextField
          field="stem"
          label="Stem: the scenario, then the question"
          hint="Set it in an AI/ML system (a model, a training pipeline, an LLM assistant…); write BEST, FIRST or MOST in capitals."
          value={draft.stem}
          onChange={(stem) => update('stem', { stem })}
          errors={errorsFor('stem')}
          multiline
          rows={5}
        />
        {/* Never compared with itself: the question edited, or the new one once it is saved. */}
        <SimilarStems stem={draft.stem} exclude={questionKeyOf(MY_QUESTIONS_ID, draft.id)} />
        <OptionFields form={form} />
        <TagPicker form={form} />
        <TextField
          field="references"
          label="References (optional, one per line)"
          hint="Real public sources only, e.g. NIST SP 800-61 Rev. 3."
          value={draft.references}
          onChange={(references) => update('references', { references })}
          errors={errorsFor('references')}
          multiline
        />
        {form.saveError && <p role="alert">{form.saveError}</p>}
        <div className="row">
          <button type="submit" className="primary" disabled={form.saving}>
            {mode === 'new' ? 'Save to My questions' : 'Save changes'}
          </button>
          <span className="muted">
            {form.check.question ? 'Passes every check.' : `${Object.keys(form.check.problems).length} field(s) still to complete or fix.`}
          </span>
        </div>
      </form>
      <QuestionPreview draft={draft} />
    </div>
  );
}

function DifficultyField({ form }: { form: Form }) {
  const { draft, update, errorsFor } = form;
  const errors = errorsFor('difficulty');
  const choices = [
    ['1', 'Easy (recall in context)'],
    ['2', 'Medium (apply)'],
    ['3', 'Hard (judge between good options)'],
  ] as const;
  return (
    <fieldset {...groupDescribedBy('difficulty', errors)}>
      <legend>Difficulty</legend>
      {choices.map(([value, label], i) => (
        <label key={value} className="check">
          <input
            id={i === 0 ? fieldElementId('difficulty') : undefined}
            type="radio"
            name="difficulty"
            checked={draft.difficulty === value}
            onChange={() => update('difficulty', { difficulty: value })}
          />{' '}
          {label}
        </label>
      ))}
      <FieldErrors field="difficulty" messages={errors} />
    </fieldset>
  );
}
