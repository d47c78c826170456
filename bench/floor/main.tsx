/**
 * The bench's floor: the least a React page built with the same Vite setup can do to show one
 * static question. The app's cold start is reported as a ratio to this page's.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const options = [
  'Disable the assistant’s outbound email tool and preserve its logs',
  'Retrain the model on a filtered dataset',
  'Notify every affected client at once',
  'Rewrite the system prompt to ignore hidden instructions',
];

function FloorQuestion() {
  const [selected, setSelected] = useState<number | undefined>(undefined);
  return (
    <main>
      <p>An LLM assistant is emailing privileged summaries to an outside address. What should the engineer do FIRST?</p>
      <fieldset>
        <legend>Choose one option</legend>
        {options.map((text, i) => (
          <label key={text} className="option choice" style={{ display: 'block' }}>
            <input type="radio" name="option" checked={selected === i} onChange={() => setSelected(i)} /> {text}
          </label>
        ))}
      </fieldset>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FloorQuestion />
  </StrictMode>,
);
