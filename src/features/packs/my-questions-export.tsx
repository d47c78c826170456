import { useState } from 'react';
import type { QuestionRecord } from '../../data/db';
import { exportMyQuestions, useExportSettings, type ExportSettings } from '../../data/my-questions-repo';
import { downloadText } from '../../ui/download-file';
import { TextField } from './text-field';
import { countText } from '../../domain/count-text';

/** Export My questions (all, or a selection) as a pack file others can import. */
export function MyQuestionsExport({ questions }: { questions: readonly QuestionRecord[] }) {
  const stored = useExportSettings();
  if (!stored) return <p>Loading…</p>;
  return <ExportForm initial={stored} questions={questions} />;
}

function ExportForm({ initial, questions }: { initial: ExportSettings; questions: readonly QuestionRecord[] }) {
  const [settings, setSettings] = useState(initial);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const set = (field: keyof ExportSettings) => (value: string) => setSettings((s) => ({ ...s, [field]: value }));
  const chosen = questions.filter((q) => !excluded.has(q.id)).map((q) => q.id);

  async function save() {
    setError('');
    setMessage('');
    try {
      const file = await exportMyQuestions(settings, chosen);
      downloadText(file.fileName, [file.text], 'application/json');
      setMessage(`Saved ${file.fileName} with ${countText(chosen.length)} question${chosen.length === 1 ? '' : 's'}.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section aria-labelledby="export-title" className="card">
      <h2 id="export-title" style={{ marginTop: 0 }}>
        Export as a pack file
      </h2>
      <div className="form-grid">
        <TextField
          field="export-id"
          label="Pack id"
          hint="Keep it for every later export: whoever imports a new export then gets an update, not a second pack."
          value={settings.id}
          onChange={set('id')}
          errors={[]}
        />
        <TextField field="export-title" label="Title" value={settings.title} onChange={set('title')} errors={[]} />
        <TextField field="export-license" label="License" value={settings.license} onChange={set('license')} errors={[]} />
        <TextField
          field="export-release"
          label="Release (a whole number; raise it for each new version you share)"
          value={settings.release}
          onChange={set('release')}
          errors={[]}
        />
        <TextField
          field="export-description"
          label="Description (optional)"
          value={settings.description}
          onChange={set('description')}
          errors={[]}
          multiline
        />
        <fieldset>
          <legend>
            Questions to include ({chosen.length} of {questions.length})
          </legend>
          {questions.map((q) => (
            <label key={q.id} className="check">
              <input
                type="checkbox"
                checked={!excluded.has(q.id)}
                onChange={(e) =>
                  setExcluded((x) => {
                    const next = new Set(x);
                    if (e.target.checked) next.delete(q.id);
                    else next.add(q.id);
                    return next;
                  })
                }
              />{' '}
              {q.id}
            </label>
          ))}
        </fieldset>
      </div>
      {error && (
        <div role="alert" className="banner" style={{ whiteSpace: 'pre-wrap', marginTop: '0.75rem' }}>
          {error}
        </div>
      )}
      <div className="row" style={{ marginTop: '0.75rem' }}>
        <button type="button" className="primary" onClick={() => void save()} disabled={chosen.length === 0}>
          Export {countText(chosen.length)} question{chosen.length === 1 ? '' : 's'}
        </button>
        <span role="status">{message}</span>
      </div>
    </section>
  );
}
