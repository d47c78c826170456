import { useRef, useState } from 'react';
import { tagGroups } from '../../domain/tag-vocabulary';
import { TagOptions } from '../../ui/tag-options';
import { describedBy, fieldElementId, FieldErrors } from './field-errors';
import type { QuestionForm } from './use-question-form';

const labels = new Map(tagGroups.flatMap((g) => g.tags.map((t) => [t.id, t.label] as const)));

/**
 * Tags from the vocabulary: chosen from a list, then added with a button, and removable one by one.
 * Choosing alone adds nothing: arrow keys on a closed list change its value (and fire `change`) at
 * every press, so a keyboard user looking through the list used to add every tag passed over.
 */
export function TagPicker({ form }: { form: QuestionForm }) {
  const { draft, update, errorsFor } = form;
  const [choice, setChoice] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  const errors = errorsFor('tags');
  const id = fieldElementId('tags');
  const add = () => {
    if (!choice || draft.tags.includes(choice)) return;
    update('tags', { tags: [...draft.tags, choice] });
    setChoice('');
    select.current?.focus(); // ready for the next tag
  };
  return (
    <div>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600 }}>
        Add a tag (1 to 8, from the vocabulary)
      </label>
      <div className="row">
        <select
          id={id}
          ref={select}
          className="wide"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault(); // Enter adds the tag chosen, instead of submitting the form
            add();
          }}
          {...describedBy('tags', errors)}
        >
          <option value="">Choose a tag…</option>
          <TagOptions include={(tag) => !draft.tags.includes(tag)} />
        </select>
        <button type="button" onClick={add} disabled={!choice}>
          Add tag
        </button>
      </div>
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
