import { blueprints, type ExamId } from '../../domain/exam-blueprints';
import type { QuestionDraft } from '../../domain/pack/question-draft';
import { describedBy, fieldElementId, FieldErrors, groupDescribedBy } from './field-errors';
import type { QuestionForm } from './use-question-form';

const domainField = { cissp: ['domain', 'objective'], cc: ['ccDomain', 'ccObjective'] } as const;

/** Which exam(s) the question is for, and where it sits in each exam's outline. */
export function OutlineFields({ form }: { form: QuestionForm }) {
  const { draft, update, errorsFor } = form;
  const examErrors = errorsFor('exams');
  const toggle = (exam: ExamId, on: boolean) =>
    update('exams', { exams: on ? [...draft.exams, exam] : draft.exams.filter((e) => e !== exam) });
  return (
    <>
      <fieldset {...groupDescribedBy('exams', examErrors)}>
        <legend>Exam (tick both only where the question honestly fits both)</legend>
        {(['cissp', 'cc'] as const).map((exam, i) => (
          <label key={exam} className="check inline">
            <input
              id={i === 0 ? fieldElementId('exams') : undefined}
              type="checkbox"
              checked={draft.exams.includes(exam)}
              onChange={(e) => toggle(exam, e.target.checked)}
            />{' '}
            {blueprints[exam].name}
          </label>
        ))}
        <FieldErrors field="exams" messages={examErrors} />
      </fieldset>
      {(['cissp', 'cc'] as const)
        .filter((exam) => draft.exams.includes(exam))
        .map((exam) => (
          <ExamOutline key={exam} exam={exam} form={form} />
        ))}
    </>
  );
}

function ExamOutline({ exam, form }: { exam: ExamId; form: QuestionForm }) {
  const { draft, update, errorsFor } = form;
  const [domainKey, objectiveKey] = domainField[exam];
  const blueprint = blueprints[exam];
  const domain = blueprint.domains.find((d) => String(d.number) === draft[domainKey]);
  const name = blueprint.name;
  const select = (
    field: typeof domainKey | typeof objectiveKey,
    label: string,
    options: { value: string; label: string }[],
    patch: (v: string) => Partial<QuestionDraft>,
  ) => {
    const errors = errorsFor(field);
    return (
      <div>
        <label htmlFor={fieldElementId(field)} style={{ display: 'block', fontWeight: 600 }}>
          {label}
        </label>
        <select
          id={fieldElementId(field)}
          className="wide"
          value={draft[field]}
          onChange={(e) => update(field, patch(e.target.value))}
          {...describedBy(field, errors)}
        >
          <option value="">Choose…</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <FieldErrors field={field} messages={errors} />
      </div>
    );
  };
  return (
    <div className="grid-2">
      {select(
        domainKey,
        `${name} domain`,
        blueprint.domains.map((d) => ({ value: String(d.number), label: `${d.number}. ${d.title}` })),
        // A new domain has other objectives: the old choice no longer applies.
        (v) => ({ [domainKey]: v, [objectiveKey]: '' }),
      )}
      {select(
        objectiveKey,
        `${name} objective`,
        (domain?.objectives ?? []).map((o) => ({ value: o.id, label: `${o.id} ${o.title}` })),
        (v) => ({ [objectiveKey]: v }),
      )}
    </div>
  );
}
