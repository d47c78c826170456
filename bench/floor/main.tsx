/**
 * The bench's floor: the least a React page built with the same Vite setup can do to show one
 * static question — and, by keyboard, to answer it (1–4, Enter shows the verdict and a reason per
 * option) and move on (n). The app's cold start and answer → feedback are reported beside this
 * page's, from the same run, because what a headless browser on a shared machine can do at all
 * varies from run to run.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const options = [
  'Disable the assistant’s outbound email tool and preserve its logs',
  'Retrain the model on a filtered dataset',
  'Notify every affected client at once',
  'Rewrite the system prompt to ignore hidden instructions',
];
const reasons = [
  'Containment first: the tool is the path the data leaves by, and its logs are the evidence.',
  'Retraining takes weeks and does nothing about the emails going out now.',
  'Notification follows an assessment of what left and to whom; it does not stop the leak.',
  'A prompt is not a control an attacker’s hidden instructions must obey.',
];

function FloorQuestion() {
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [answered, setAnswered] = useState(false);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (/^[1-4]$/.test(event.key) && !answered) setSelected(Number(event.key) - 1);
      else if (event.key === 'Enter' && selected !== undefined) setAnswered(true);
      else if (event.key === 'n' && answered) {
        setAnswered(false);
        setSelected(undefined);
        setRound((r) => r + 1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [answered, selected]);
  return (
    <main>
      <p>
        Question {round + 1}. An LLM assistant is emailing privileged summaries to an outside address. What should the engineer do FIRST?
      </p>
      {answered ? (
        <>
          <p role="status" className={selected === 0 ? 'good' : 'bad'}>
            {selected === 0 ? 'Correct' : 'Not quite'}
          </p>
          <ol>
            {options.map((text, i) => (
              <li key={text}>
                <strong>{text}</strong> {reasons[i]}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <fieldset>
          <legend>Choose one option</legend>
          {options.map((text, i) => (
            <label key={text} className="option choice" style={{ display: 'block' }}>
              <input type="radio" name="option" checked={selected === i} onChange={() => setSelected(i)} /> {text}
            </label>
          ))}
        </fieldset>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FloorQuestion />
  </StrictMode>,
);
