import { useState } from 'react';
import type { Credential } from '../../domain/certification/experience';
import { cisspFacts, formatCount } from '../../domain/certification/certification-facts';
import { ConfirmDelete } from '../../ui/confirm-delete';
import { removeCredential, saveCredential, TEXT_LIMITS, tooLong, type StoredCredential } from '../../data/certification-repo';

const kinds: { value: Credential['kind']; label: string }[] = [
  { value: 'degree', label: 'A relevant degree' },
  { value: 'approved-credential', label: 'An ISC2-approved credential' },
];

interface Props {
  credentials: readonly StoredCredential[];
  onMessage: (text: string) => void;
  /** Says a credential was removed; its Remove button is gone, so this also moves focus. */
  onRemoved: (text: string) => void;
}

/** Degrees and approved credentials, which waive part of the experience requirement. */
export function CredentialForm({ credentials, onMessage, onRemoved }: Props) {
  const [kind, setKind] = useState<Credential['kind']>('degree');
  const [name, setName] = useState('');
  const [error, setError] = useState('');

  async function add() {
    const trimmed = name.trim();
    if (trimmed === '') return setError('Name the degree or credential, e.g. "BSc Computer Science".');
    const problem = tooLong('name of the degree or credential', trimmed, TEXT_LIMITS.credentialName);
    if (problem) return setError(problem);
    try {
      await saveCredential({ kind, name: trimmed });
    } catch (error) {
      return setError(error instanceof Error ? error.message : String(error));
    }
    setName('');
    setError('');
    onMessage(`Added “${trimmed}”.`);
  }

  return (
    <form
      aria-labelledby="credential-form-title"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <h3 id="credential-form-title">Degree or credential</h3>
      <p className="muted">
        A relevant degree or an approved credential waives {formatCount(cisspFacts.maximumWaiverYears, 'year')} of experience, never more in
        total.
      </p>
      {credentials.length > 0 && (
        <ul aria-label="Your degrees and credentials" style={{ paddingLeft: '1.25rem' }}>
          {credentials.map((c) => (
            <li key={c.id}>
              {c.name} <span className="muted">({c.kind === 'degree' ? 'degree' : 'approved credential'})</span>{' '}
              <ConfirmDelete
                name={c.name}
                verb="Remove"
                onConfirm={() =>
                  void removeCredential(c.id).then(
                    () => onRemoved(`Removed “${c.name}”.`),
                    (error: Error) => onRemoved(error.message),
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      <fieldset>
        <legend>Kind</legend>
        {kinds.map((k) => (
          <label key={k.value} className="check inline">
            <input type="radio" name="credential-kind" checked={kind === k.value} onChange={() => setKind(k.value)} /> {k.label}
          </label>
        ))}
      </fieldset>
      <label htmlFor="credential-name" style={{ display: 'block', marginTop: '0.5rem' }}>
        Name of the degree or credential
      </label>
      <div className="row">
        <input id="credential-name" type="text" value={name} onChange={(e) => setName(e.target.value)} style={{ flex: '1 1 14rem' }} />
        <button type="submit">Add degree or credential</button>
      </div>
      {error && (
        <p role="alert" className="banner" style={{ marginTop: '0.5rem' }}>
          {error}
        </p>
      )}
    </form>
  );
}
