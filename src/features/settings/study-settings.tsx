import { RETENTION_ADVISED, RETENTION_MAX, RETENTION_MIN } from '../../domain/study/scheduler';
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
      <label htmlFor="new-limit">New questions per day</label>
      <input
        id="new-limit"
        type="number"
        min={0}
        max={500}
        value={settings.dailyNewLimit}
        onChange={(e) => {
          const n = Math.round(Number(e.target.value));
          if (Number.isFinite(n) && n >= 0 && n <= 500) void saveSetting('dailyNewLimit', n);
        }}
      />
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
