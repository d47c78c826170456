import { ExamRadios } from '../../ui/exam-radios';
import { useState } from 'react';
import { blueprints, type ExamId } from '../../domain/exam-blueprints';
import { formFor, type ExamVariant } from '../../domain/exam/exam-form';
import { useExamPreflight } from '../../data/exam-hooks';
import { outlineNotice } from '../../domain/outline-notice';
import { OutlineNotice } from '../../ui/outline-notice';
import { countText } from '../../domain/count-text';

interface Props {
  exam: ExamId;
  /** The form to preselect; the short practice exam when absent. */
  variant?: ExamVariant;
  now: () => Date;
  onStart: (exam: ExamId, variant: ExamVariant) => void;
}

const variantsFor = (exam: ExamId): { variant: ExamVariant; label: string }[] =>
  exam === 'cissp'
    ? [
        { variant: 'cat', label: 'Full CISSP CAT: 100–150 items, 3 hours' },
        { variant: 'short', label: 'Short practice exam: 25 items, 30 minutes' },
      ]
    : [
        { variant: 'cat', label: 'CC CAT (current form): 100–125 items, 2 hours' },
        { variant: 'linear', label: 'CC linear (before October 2025): 100 items, 2 hours' },
        { variant: 'short', label: 'Short practice exam: 25 items, 30 minutes' },
      ];

/** Choose an exam form, see the rules and whether the bank can fill it, and start. */
export function ExamStart({ exam: initialExam, variant: initialVariant = 'short', now, onStart }: Props) {
  const [exam, setExam] = useState<ExamId>(initialExam);
  const [variant, setVariant] = useState<ExamVariant>(initialVariant);
  const preflight = useExamPreflight(exam, variant, now());
  const form = formFor(exam, variant);
  return (
    <form
      className="card"
      aria-labelledby="exam-start-title"
      onSubmit={(e) => {
        e.preventDefault();
        onStart(exam, variant);
      }}
    >
      <h2 id="exam-start-title">Start a simulated exam</h2>
      <ExamRadios
        name="exam-exam"
        value={exam}
        onChange={(x) => {
          setExam(x);
          setVariant('short');
        }}
      />
      <fieldset>
        <legend>Form</legend>
        {variantsFor(exam).map((v) => (
          <label key={v.variant} className="check">
            <input type="radio" name="exam-variant" checked={variant === v.variant} onChange={() => setVariant(v.variant)} /> {v.label}
          </label>
        ))}
      </fieldset>
      <ul className="muted">
        <li>
          {form.kind === 'cat'
            ? 'Adaptive: each item is chosen near your current ability estimate, within the domain weights; the first item is easy.'
            : 'Linear: a fixed-length form drawn across the domain weights.'}
        </li>
        <li>
          {form.pretestItems} of the items are unscored pretest items, placed at random — you cannot tell which, just as on the real exam.
        </li>
        <li>No going back: an answer is final. There is no feedback until the end.</li>
        <li>The clock never stops. If you close Bastion, the time away counts, as it would in a test centre.</li>
      </ul>
      <OutlineNotice text={outlineNotice(exam, now())} />
      <p role="status">
        {!preflight
          ? 'Checking the bank…'
          : !preflight.canRun
            ? `Your bank has ${countText(preflight.poolSize)} ${blueprints[exam].name} questions; this form needs up to ${preflight.maxItems}. Choose a shorter form or import more questions.`
            : preflight.usesRecent
              ? `Heads up: only ${countText(preflight.freshSize)} of your ${countText(preflight.poolSize)} questions were not answered in the last 14 days, so this exam will include questions you saw recently.`
              : `${countText(preflight.freshSize)} questions you have not seen in the last 14 days are available.`}
      </p>
      <button type="submit" className="primary" disabled={!preflight?.canRun}>
        Start exam
      </button>
    </form>
  );
}
