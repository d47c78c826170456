import { describedBy, fieldElementId, FieldErrors } from './field-errors';

interface Props {
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: readonly string[];
  hint?: string;
  multiline?: boolean;
  rows?: number;
  readOnly?: boolean;
}

/** A labelled text input or text area with its hint and its problems, linked for assistive technology. */
export function TextField({ field, label, value, onChange, errors, hint, multiline = false, rows = 3, readOnly = false }: Props) {
  const id = fieldElementId(field);
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value,
    readOnly,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    ...describedBy(field, errors, hintId),
  };
  return (
    <div>
      <label htmlFor={id} style={{ display: 'block', fontWeight: 600 }}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="muted" style={{ margin: '0 0 0.25rem' }}>
          {hint}
        </p>
      )}
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" autoComplete="off" spellCheck={false} {...common} />}
      <FieldErrors field={field} messages={errors} />
    </div>
  );
}
