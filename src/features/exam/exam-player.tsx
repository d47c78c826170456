import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { blueprints } from '../../domain/exam-blueprints';
import { timeRemainingMs } from '../../domain/exam/cat-engine';
import { draftChoiceFor, saveDraftChoice } from '../../data/exam-draft-choice';
import { answerExamItem, endExamEarly, expireExamIfTimeUp } from '../../data/exam-repo';
import type { LoadedExam } from '../../data/exam-hooks';
import { schedulerSettingsFrom, useSettings } from '../../data/settings-repo';
import { useActiveStudyTime } from '../../data/time-repo';
import { InlineConfirm } from '../../ui/inline-confirm';
import { useFocusWhenShown } from '../../ui/use-focus-when-shown';
import { ShortcutHelp } from '../../ui/shortcut-help';
import { useSessionKeys } from '../../ui/use-session-keys';
import { useItemChoice } from '../../ui/use-item-choice';

const letters = ['A', 'B', 'C', 'D'];
const examShortcuts: readonly [string, string][] = [
  ['1–4 or A–D', 'choose an option'],
  ['Enter', 'submit (final: no going back)'],
  ['?', 'show or hide this list'],
];
const noop = () => {};

function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/**
 * "End exam", then a confirmation in its place (focus on Keep going). Ended, the exam has no pass or
 * fail, and the screen shows its result.
 */
function EndExamControl({ onEnd }: { onEnd: () => void }) {
  const [confirming, setConfirming] = useState(false);
  // Keep going removes the focused button: focus goes back to the one that asked.
  const { target: endButtonRef, focusWhenShown } = useFocusWhenShown<HTMLButtonElement>(!confirming);
  if (confirming) {
    return (
      <InlineConfirm
        question="End the exam now? It will have no pass or fail."
        keepText="Keep going"
        confirmText="Yes, end the exam"
        onKeep={() => {
          focusWhenShown();
          setConfirming(false);
        }}
        onConfirm={onEnd}
      />
    );
  }
  return (
    <button type="button" ref={endButtonRef} onClick={() => setConfirming(true)}>
      End exam
    </button>
  );
}

/** The calm exam screen: timer, item counter, the item, and nothing else. */
export function ExamPlayer({ exam, now }: { exam: LoadedExam; now: () => Date }) {
  const { record, state } = exam;
  const settings = useSettings();
  useActiveStudyTime('exam', state.engine.form.exam);
  const current = state.current;
  const question = current ? exam.questions.get(current.key) : undefined;
  const { selected, choose: chooseOnScreen, chosenNow } = useItemChoice(current?.key);
  // A choice is kept for this tab until it is submitted or another is made, so a reload shows it again.
  const choose = useCallback(
    (position: number) => {
      chooseOnScreen(position);
      const option = current?.order[position];
      if (current && option !== undefined) saveDraftChoice(record.id, current.key, option);
    },
    [chooseOnScreen, current, record.id],
  );
  useLayoutEffect(() => {
    // Before the browser delivers a key press on the item, so a press made now is never overwritten.
    if (!current || chosenNow() !== undefined) return;
    const option = draftChoiceFor(record.id, current.key);
    const position = option === undefined ? -1 : current.order.indexOf(option);
    if (position >= 0) chooseOnScreen(position);
  }, [current, record.id, chosenNow, chooseOnScreen]);
  const [helpOpen, setHelpOpen] = useState(false);
  const [tick, setTick] = useState(() => now().getTime());
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const timer = window.setInterval(() => setTick(now().getTime()), 1000);
    return () => window.clearInterval(timer);
  }, [now]);
  const remaining = timeRemainingMs(state.engine, new Date(tick));
  useEffect(() => {
    if (remaining <= 0) void expireExamIfTimeUp(record.id, now());
  }, [remaining, record.id, now]);
  // Each item's heading takes focus once the item is on screen: item 1 too, which first waits for the
  // settings (a new exam and a reload mid-exam both start there), so focus never falls to the page.
  const itemShown = !!question && !!settings;
  useLayoutEffect(() => {
    if (itemShown) headingRef.current?.focus();
  }, [current?.key, itemShown]);

  const submit = useCallback(() => {
    const position = chosenNow();
    if (!current || position === undefined || !settings) return;
    void answerExamItem(record.id, current.key, current.order[position]!, now(), schedulerSettingsFrom(settings));
  }, [current, chosenNow, settings, record.id, now]);
  const handlers = useMemo(
    () => ({
      choose: (position: number) => position < 4 && choose(position),
      submit,
      next: noop,
      flag: noop,
      confidence: noop,
      undo: noop,
      help: () => setHelpOpen((o) => !o),
    }),
    [submit, choose],
  );
  useSessionKeys(handlers, !helpOpen);

  const form = state.engine.form;
  const delivered = state.answers.length + 1;
  const elapsedShare = Math.min(1, 1 - remaining / (form.minutes * 60_000));
  if (!current || !question) return <p>Finishing the exam…</p>;
  // An item is shown only once an answer to it can be saved (the scheduler settings are read), so a
  // key pressed the moment it appears always counts.
  if (!settings) return <p>Loading…</p>;
  return (
    <section aria-labelledby="exam-item-heading" className="exam">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <p style={{ margin: 0 }}>
          {blueprints[form.exam].name} · item {delivered}
          {form.minItems === form.maxItems ? ` of ${form.maxItems}` : ` (exam length ${form.minItems}–${form.maxItems})`}
        </p>
        <p style={{ margin: 0 }} aria-live="off">
          Time left <strong className="timer">{clock(remaining)}</strong>
        </p>
        <span className="row">
          <button type="button" onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
            Shortcuts <kbd>?</kbd>
          </button>
          <EndExamControl onEnd={() => void endExamEarly(record.id, now())} />
        </span>
      </div>
      {/* The bar is the clock, not the items (a CAT exam's length is not known in advance): say so. */}
      <div className="row" style={{ margin: '0.5rem 0' }}>
        <span className="muted" id="exam-time-used">
          Time used
        </span>
        <progress max={1} value={elapsedShare} aria-labelledby="exam-time-used" style={{ flex: 1 }} />
      </div>
      <h2 id="exam-item-heading" ref={headingRef} tabIndex={-1} className="visually-hidden">
        Item {delivered}
      </h2>
      <div className="card">
        <p className="stem">{question.stem}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <fieldset className="option-fieldset">
            <legend className="visually-hidden">Choose one option</legend>
            {current.order.map((optionIndex, position) => (
              <label key={optionIndex} className={`option choice ${selected === position ? 'selected' : ''}`}>
                <input type="radio" name="exam-option" checked={selected === position} onChange={() => choose(position)} />
                <strong>{letters[position]}.</strong> {question.options[optionIndex]?.text}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="primary" disabled={selected === undefined}>
            Submit — final <kbd>Enter</kbd>
          </button>
        </form>
      </div>
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} shortcuts={examShortcuts} />}
    </section>
  );
}
