import { blueprints, type ExamId } from '../../domain/exam-blueprints';
import { TagOptions } from '../../ui/tag-options';

export interface SelectionState {
  mode: 'filter' | 'keys';
  domains: number[];
  objective: string;
  tag: string;
  /** The key list as typed. */
  keys: string;
}

interface Props {
  exam: ExamId;
  value: SelectionState;
  onChange: (next: SelectionState) => void;
}

const toggle = (list: readonly number[], n: number) => (list.includes(n) ? list.filter((d) => d !== n) : [...list, n]);

/** Which questions: by domains, an objective and a tag (the bank filter), or an explicit list of keys. */
export function SelectionFields({ exam, value, onChange }: Props) {
  const set = (patch: Partial<SelectionState>) => onChange({ ...value, ...patch });
  const blueprint = blueprints[exam];
  const objectives = blueprint.domains
    .filter((d) => value.domains.length === 0 || value.domains.includes(d.number))
    .flatMap((d) => d.objectives);
  return (
    <>
      <fieldset>
        <legend>Choose questions by</legend>
        <label className="check">
          <input type="radio" name="selection-mode" checked={value.mode === 'filter'} onChange={() => set({ mode: 'filter' })} /> Domains,
          objective and tag
        </label>
        <label className="check">
          <input type="radio" name="selection-mode" checked={value.mode === 'keys'} onChange={() => set({ mode: 'keys' })} /> A list of
          question keys
        </label>
      </fieldset>
      {value.mode === 'filter' ? (
        <>
          <fieldset>
            <legend>Domains (none ticked: all)</legend>
            {blueprint.domains.map((d) => (
              <label key={d.number} className="check">
                <input
                  type="checkbox"
                  checked={value.domains.includes(d.number)}
                  onChange={() => set({ domains: toggle(value.domains, d.number), objective: '' })}
                />{' '}
                {d.number}. {d.title}
              </label>
            ))}
          </fieldset>
          <label htmlFor="selection-objective">Objective</label>
          <select id="selection-objective" value={value.objective} onChange={(e) => set({ objective: e.target.value })}>
            <option value="">All objectives</option>
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.id} {o.title}
              </option>
            ))}
          </select>
          <label htmlFor="selection-tag">Tag</label>
          <select id="selection-tag" value={value.tag} onChange={(e) => set({ tag: e.target.value })}>
            <option value="">All tags</option>
            <TagOptions />
          </select>
        </>
      ) : (
        <>
          <label htmlFor="selection-keys">Question keys, in order (one per line, or separated by commas)</label>
          <textarea
            id="selection-keys"
            rows={5}
            value={value.keys}
            aria-describedby="selection-keys-hint"
            onChange={(e) => set({ keys: e.target.value })}
          />
          <p id="selection-keys-hint" className="muted">
            A key is the id shown on a question in the bank and in its address (/bank/d1-ethics-001); a question of an imported pack has the
            key pack-id:question-id.
          </p>
        </>
      )}
    </>
  );
}
