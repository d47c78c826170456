import type { CSSProperties } from 'react';
import { countText } from '../domain/count-text';

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

const questionCount = (c: Choice, examName: string) => `${countText(c.count)} ${examName} question${c.count === 1 ? '' : 's'}`;

/**
 * "Pack": every pack in practice, the bundled bank, or one imported or authored pack. Nothing when
 * there is no choice. A closed select shows one line, cut at its width (a phone's 360 px cuts most
 * pack titles), so the chosen pack is also named in full below it, where it wraps.
 */
export function PackSelect({ id, choices, value, onChange, examName, className, style }: Props) {
  if (choices.length === 0) return null;
  const chosen = choices.find((c) => c.value === value);
  const chosenId = `${id}-chosen`;
  return (
    <>
      <label htmlFor={id}>Pack</label>
      <select
        id={id}
        value={chosen ? value : ''}
        onChange={(e) => onChange(e.target.value)}
        className={className}
        style={style}
        aria-describedby={chosen ? chosenId : undefined}
      >
        <option value="">Every pack in practice</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label} ({questionCount(c, examName)})
          </option>
        ))}
      </select>
      {chosen && (
        <p id={chosenId} className="muted pack-chosen">
          {chosen.label}: {questionCount(chosen, examName)}
        </p>
      )}
    </>
  );
}
