import { useState } from 'react';
import { reportProblem } from '../../data/study-repo';

const kinds = [
  ['wrong-key', 'The marked answer is wrong'],
  ['two-answers', 'More than one option is defensible'],
  ['explanation', 'An explanation is wrong or unclear'],
  ['outdated', 'A fact is outdated'],
  ['other', 'Something else'],
] as const;

/** "Report a problem with this question": kept in this browser, exported with the learner's data. */
export function ProblemReportForm({ questionKey, now }: { questionKey: string; now: () => Date }) {
  const [kind, setKind] = useState<string>('wrong-key');
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  return (
    <details className="report">
      <summary>Report a problem with this question</summary>
      {sent ? (
        <p role="status">Thank you. The report is saved in this browser and included when you export your data.</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void reportProblem(questionKey, kind, text.trim(), now()).then(() => setSent(true));
          }}
        >
          <label htmlFor={`report-kind-${questionKey}`}>What is wrong?</label>
          <select id={`report-kind-${questionKey}`} value={kind} onChange={(e) => setKind(e.target.value)}>
            {kinds.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <label htmlFor={`report-text-${questionKey}`}>Details (optional)</label>
          <textarea id={`report-text-${questionKey}`} rows={3} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} />
          <button type="submit">Save report</button>
        </form>
      )}
    </details>
  );
}
