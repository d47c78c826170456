import { blueprints, type ExamId } from '../domain/exam-blueprints';

interface Props {
  /** The radio group's name, unique on the page. */
  name: string;
  value: ExamId;
  onChange: (exam: ExamId) => void;
  /** The labels' class: side by side ('check inline', the default) or one per line ('check'). */
  labelClassName?: string;
}

/** The "Exam" choice between CISSP and ISC2 CC, as a fieldset of two radio buttons. */
export function ExamRadios({ name, value, onChange, labelClassName = 'check inline' }: Props) {
  return (
    <fieldset>
      <legend>Exam</legend>
      {(['cissp', 'cc'] as const).map((exam) => (
        <label key={exam} className={labelClassName}>
          <input type="radio" name={name} checked={value === exam} onChange={() => onChange(exam)} /> {blueprints[exam].name}
        </label>
      ))}
    </fieldset>
  );
}
