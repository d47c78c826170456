import { RETENTION_ADVISED, RETENTION_MAX, RETENTION_MIN } from '../../domain/study/scheduler';
import { useState } from 'react';
import { saveSetting, useSettings } from '../../data/settings-repo';

/** FSRS settings in plain words: desired retention, fuzz, new questions per day, exam date. */
export function StudySettings() {
  const settings = useSettings();
  if (!settings) return null;
  const retention = settings.desiredRetention;
  const outside = retention < RETENTION_ADVISED[0] || retention > RETENTION_ADVISED[1];
  return (
    <fieldset className="card">
      <legend>Spaced repetition (FSRS)</legend>
      <label htmlFor="retention">Desired retention: {Math.round(retention * 100)}%</label>
      <input
        id="retention"
        type="range"
        min={RETENTION_MIN}
        max={RETENTION_MAX}
        step={0.01}
        value={retention}
        aria-describedby="retention-help"
        onChange={(e) => void saveSetting('desiredRetention', Number(e.target.value))}
        style={{ width: '100%', maxWidth: '24rem', display: 'block' }}
      />
      <p id="retention-help" className="muted">
        The chance you still remember a question when it comes back. Higher means more frequent reviews; lower means fewer reviews but more
        forgetting. 90% suits most learners.
      </p>
      {outside && (
        <p role="alert" className="banner">
          {retention < RETENTION_ADVISED[0]
            ? 'Below 80% you will forget a lot between reviews, and relearning costs more time than it saves.'
            : 'Above 95% the number of reviews grows steeply for a small gain in memory.'}
        </p>
      )}
      <label className="check">
        <input type="checkbox" checked={settings.fuzz} onChange={(e) => void saveSetting('fuzz', e.target.checked)} /> Spread reviews
        slightly (fuzz), so questions learned together do not all come back on the same day
      </label>
      <NewLimitField saved={settings.dailyNewLimit} />
      <label htmlFor="exam-date" style={{ display: 'block', marginTop: '0.75rem' }}>
        Exam date (optional)
      </label>
      <input
        id="exam-date"
        type="date"
        value={settings.examDate}
        onChange={(e) => void saveSetting('examDate', e.target.value)}
        aria-describedby="exam-date-help"
      />
      <p id="exam-date-help" className="muted">
        With an exam date, no review is scheduled after the exam.
      </p>
    </fieldset>
  );
}

const NEW_LIMIT_MAX = 500;

/**
 * New questions per day. What is typed is kept as typed until it is a whole number in range, then
 * saved: a field that saved every keystroke wrote 0 the moment it was cleared, showed "0", and the
 * next digit made "015".
 */
function NewLimitField({ saved }: { saved: number }) {
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? String(saved);
  const n = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= NEW_LIMIT_MAX;
  return (
    <>
      <label htmlFor="new-limit" style={{ display: 'block', marginTop: '0.75rem' }}>
        New questions per day
      </label>
      <input
        id="new-limit"
        type="number"
        min={0}
        max={NEW_LIMIT_MAX}
        step={1}
        value={text}
        aria-invalid={valid ? undefined : true}
        aria-describedby={valid ? undefined : 'new-limit-error'}
        onChange={(e) => {
          setTyped(e.target.value);
          const next = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isInteger(next) && next >= 0 && next <= NEW_LIMIT_MAX)
            void saveSetting('dailyNewLimit', next);
        }}
        onBlur={() => setTyped(null)} // back to what is saved
      />
      {!valid && (
        <p id="new-limit-error" className="field-error">
          Enter a whole number from 0 to {NEW_LIMIT_MAX}; {saved} a day stays saved until then.
        </p>
      )}
    </>
  );
}
