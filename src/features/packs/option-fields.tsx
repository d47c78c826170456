import { fieldElementId, FieldErrors, groupDescribedBy } from './field-errors';
import { TextField } from './text-field';
import type { QuestionForm } from './use-question-form';

const letters = ['A', 'B', 'C', 'D'];

/** The four options, each with its explanation, and which one is the correct answer. */
export function OptionFields({ form }: { form: QuestionForm }) {
  const { draft, update, errorsFor } = form;
  const setOption = (index: number, part: 'text' | 'explanation', value: string) =>
    update(`options[${index}].${part}`, { options: draft.options.map((o, i) => (i === index ? { ...o, [part]: value } : o)) });
  const optionsErrors = errorsFor('options');
  const answerErrors = errorsFor('answer');
  return (
    <>
      {draft.options.map((option, i) => (
        <fieldset key={i}>
          <legend>Option {letters[i]}</legend>
          <TextField
            field={`options[${i}].text`}
            label={`Option ${letters[i]} text`}
            value={option.text}
            onChange={(v) => setOption(i, 'text', v)}
            errors={errorsFor(`options[${i}].text`)}
            multiline
            rows={2}
          />
          <TextField
            field={`options[${i}].explanation`}
            label={`Why option ${letters[i]} is right, or wrong here`}
            value={option.explanation}
            onChange={(v) => setOption(i, 'explanation', v)}
            errors={errorsFor(`options[${i}].explanation`)}
            multiline
            rows={2}
          />
        </fieldset>
      ))}
      <FieldErrors field="options" messages={optionsErrors} />
      <fieldset {...groupDescribedBy('answer', answerErrors)}>
        <legend>Correct answer (the app shuffles the options when it shows them)</legend>
        {letters.map((letter, i) => (
          <label key={letter} className="check inline">
            <input
              id={i === 0 ? fieldElementId('answer') : undefined}
              type="radio"
              name="answer"
              checked={draft.answer === i}
              onChange={() => update('answer', { answer: i })}
            />{' '}
            {letter}
          </label>
        ))}
        <FieldErrors field="answer" messages={answerErrors} />
      </fieldset>
    </>
  );
}
