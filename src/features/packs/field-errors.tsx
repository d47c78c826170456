/** The id of a form field's element: 'options[2].text' → 'q-options-2-text'. */
export const fieldElementId = (field: string): string => `q-${field.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;
export const fieldErrorId = (field: string): string => `${fieldElementId(field)}-error`;

/** A field's problems, next to it; the control points here with aria-describedby. */
export function FieldErrors({ field, messages }: { field: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={fieldErrorId(field)} className="field-error">
      {messages.join('; ')}
    </p>
  );
}

/** Props that tie a control to its problems: aria-invalid and aria-describedby (with an optional hint). */
export function describedBy(field: string, messages: readonly string[], hintId?: string) {
  const ids = [hintId, messages.length > 0 ? fieldErrorId(field) : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': messages.length > 0 ? true : undefined, 'aria-describedby': ids || undefined };
}

/** For a fieldset: aria-describedby only (aria-invalid belongs on controls, not on groups). */
export function groupDescribedBy(field: string, messages: readonly string[]) {
  return { 'aria-describedby': messages.length > 0 ? fieldErrorId(field) : undefined };
}
