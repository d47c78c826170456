/**
 * Keyboard shortcuts of a study session: 1–4 or A–D choose, Enter submits, → or N goes on, F flags,
 * G/U/S set confidence, Ctrl/Cmd+Z undoes, ? shows the list. Ignored while typing in a form field.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';

export interface SessionKeyHandlers {
  choose: (position: number) => void;
  submit: () => void;
  next: () => void;
  flag: () => void;
  confidence: (c: 'guessed' | 'unsure' | 'sure') => void;
  undo: () => void;
  help: () => void;
}

export const shortcutList: readonly [string, string][] = [
  ['1–4 or A–D', 'choose an option'],
  ['Enter', 'submit the chosen option'],
  ['G / U / S', 'after answering: guessed, unsure or sure'],
  ['→ or N', 'next question'],
  ['F', 'flag or unflag the question'],
  ['Ctrl+Z / Cmd+Z', 'undo the last answer'],
  ['?', 'show or hide this list'],
];

export function useSessionKeys(handlers: SessionKeyHandlers, enabled: boolean): void {
  // The listener always calls the handlers of the last commit. They are swapped in a layout effect,
  // which runs before the browser delivers the next key press; re-subscribing in a passive effect
  // left a window after a new question appeared where a key reached the previous question's handlers.
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  }, [handlers]);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const handlers = latest.current;
      const target = e.target as HTMLElement | null;
      // Typing in a form field (the problem report) or a dialog is not a shortcut; the option radios are.
      if (target && (target.closest('input:not([type="radio"]), textarea, select, [contenteditable="true"]') || target.closest('dialog')))
        return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        handlers.undo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const key = e.key.toLowerCase();
      const position = ['1', '2', '3', '4'].indexOf(key) >= 0 ? Number(key) - 1 : ['a', 'b', 'c', 'd'].indexOf(key);
      if (position >= 0) handlers.choose(position);
      else if (key === 'enter') {
        if (target?.closest('button, a, summary')) return; // let the focused control act
        handlers.submit();
      } else if (key === 'arrowright' || key === 'n') handlers.next();
      else if (key === 'f') handlers.flag();
      else if (key === 'g') handlers.confidence('guessed');
      else if (key === 'u') handlers.confidence('unsure');
      else if (key === 's') handlers.confidence('sure');
      else if (key === '?') handlers.help();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
