import type { CSSProperties } from 'react';

/** A pack (or group of packs) to offer, and its questions for the exam. */
interface Choice {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

interface Props {
  id: string;
  choices: readonly Choice[];
  /** The chosen choice's value, or '' for every pack (so is a value that is not among the choices). */
  value: string;
  onChange: (value: string) => void;
  /** Names the questions counted, e.g. "CISSP". */
  examName: string;
  className?: string;
  style?: CSSProperties;
}

/** "Pack": every pack in practice, the bundled bank, or one imported or authored pack. Nothing when there is no choice. */
export function PackSelect({ id, choices, value, onChange, examName, className, style }: Props) {
  if (choices.length === 0) return null;
  return (
    <>
      <label htmlFor={id}>Pack</label>
      <select
        id={id}
        value={choices.some((c) => c.value === value) ? value : ''}
        onChange={(e) => onChange(e.target.value)}
        className={className}
        style={style}
      >
        <option value="">Every pack in practice</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label} ({c.count.toLocaleString('en')} {examName} question{c.count === 1 ? '' : 's'})
          </option>
        ))}
      </select>
    </>
  );
}
