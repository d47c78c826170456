/**
 * The parts of a study session's question that Practice's player and the first-visit preview
 * (src/app/first-visit-preview.tsx) both draw, so the app replaces the preview without anything
 * moving: the line above the question, the session's buttons and the options to choose from.
 */
import type { ReactNode } from 'react';
import { countText } from '../domain/count-text';
import type { Question } from '../domain/pack/pack-schema';

const letters = ['A', 'B', 'C', 'D'];

interface TopRowProps {
  title: string;
  position: number;
  total: number;
  answered: number;
  actions: ReactNode;
}

export function SessionTopRow({ title, position, total, answered, actions }: TopRowProps) {
  return (
    <div className="row" style={{ justifyContent: 'space-between' }}>
      <p className="muted" style={{ margin: 0 }}>
        {title} · question {countText(position + 1)} of {countText(total)} · {countText(answered)} answered
      </p>
      {actions}
    </div>
  );
}

interface ActionsProps {
  flagged: boolean;
  canUndo: boolean;
  onFlag: () => void;
  onUndo: () => void;
  onShortcuts: () => void;
  onEnd: () => void;
  /** Kept in the layout but not shown, focusable or announced (the preview, before they work). */
  placeholder?: boolean;
}

export function SessionActions({ flagged, canUndo, onFlag, onUndo, onShortcuts, onEnd, placeholder = false }: ActionsProps) {
  return (
    <div className="row" style={placeholder ? { visibility: 'hidden' } : undefined} aria-hidden={placeholder || undefined}>
      <button type="button" onClick={onFlag} aria-pressed={flagged}>
        {flagged ? 'Flagged' : 'Flag'} <kbd>F</kbd>
      </button>
      <button type="button" onClick={onUndo} disabled={!canUndo}>
        Undo last answer
      </button>
      <button type="button" onClick={onShortcuts} aria-haspopup="dialog">
        Shortcuts <kbd>?</kbd>
      </button>
      <button type="button" onClick={onEnd}>
        End session
      </button>
    </div>
  );
}

interface ChoicesProps {
  question: Question;
  /** Option indices in the order shown. */
  order: readonly number[];
  selected: number | undefined;
  onChoose: (position: number) => void;
  onSubmit: () => void;
  /** A submitted choice waiting to be checked: the form stays as it is but takes no more input. */
  busy?: boolean;
}

export function OptionChoices({ question, order, selected, onChoose, onSubmit, busy = false }: ChoicesProps) {
  return (
    <form
      aria-busy={busy || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <fieldset className="option-fieldset">
        <legend className="visually-hidden">Choose one option</legend>
        {order.map((optionIndex, position) => (
          <label key={optionIndex} className={`option choice ${selected === position ? 'selected' : ''}`}>
            <input type="radio" name="option" checked={selected === position} onChange={() => onChoose(position)} />
            <strong>{letters[position]}.</strong> {question.options[optionIndex]?.text}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={selected === undefined}>
        Submit answer <kbd>Enter</kbd>
      </button>
    </form>
  );
}
