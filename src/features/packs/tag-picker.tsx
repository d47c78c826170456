import { tagGroups } from '../../domain/tag-vocabulary';
import { TagOptions } from '../../ui/tag-options';
import { describedBy, fieldElementId, FieldErrors } from './field-errors';
import type { QuestionForm } from './use-question-form';

const labels = new Map(tagGroups.flatMap((g) => g.tags.map((t) => [t.id, t.label] as const)));

/** Tags from the vocabulary: chosen from a list (grouped as in questions/README.md), removable one by one. */
export function TagPicker({ form }: { form: QuestionForm }) {
  const { draft, update, errorsFor } = form;
  const errors = errorsFor('tags');
  const id = fieldElementId('tags');
  return (
    <div>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600 }}>
        Add a tag (1 to 8, from the vocabulary)
      </label>
      <select
        id={id}
        className="wide"
        value=""
        onChange={(e) => e.target.value && update('tags', { tags: [...draft.tags, e.target.value] })}
        {...describedBy('tags', errors)}
      >
        <option value="">Choose a tag…</option>
        <TagOptions include={(tag) => !draft.tags.includes(tag)} />
      </select>
      <ul className="row" aria-label="Chosen tags" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {draft.tags.map((tag) => (
          <li key={tag} className="pill">
            {labels.get(tag) ?? tag}{' '}
            <button
              type="button"
              onClick={() => update('tags', { tags: draft.tags.filter((t) => t !== tag) })}
              style={{ minHeight: 0, padding: '0 0.4rem' }}
            >
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">Remove tag {labels.get(tag) ?? tag}</span>
            </button>
          </li>
        ))}
      </ul>
      <FieldErrors field="tags" messages={errors} />
    </div>
  );
}
