import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_CONFIDENCE, ratingForAnswer, type Confidence } from '../../domain/study/rating';
import { formatInterval, previewIntervals } from '../../domain/study/scheduler';
import { currentKey, isFinished, type RecordedAnswer } from '../../domain/study/session';
import { useCardBeforeAnswer, type LoadedSession } from '../../data/study-hooks';
import { firstScreenShown } from '../../data/bank-sync-status';
import { takePreviewChoice } from '../../data/first-visit-handoff';
import { useActiveStudyTime } from '../../data/time-repo';
import { advanceSession, finishSession, recordAnswer, setConfidence, toggleFlag, undoLastAnswer } from '../../data/study-repo';
import { schedulerSettingsFrom, useSettings, type Settings } from '../../data/settings-repo';
import { OptionExplanations } from '../../ui/option-explanations';
import { QuestionMeta } from '../../ui/question-meta';
import { ProblemReportForm } from './problem-report-form';
import { ShortcutHelp } from '../../ui/shortcut-help';
import { useSessionKeys } from '../../ui/use-session-keys';
import { useItemChoice } from '../../ui/use-item-choice';
import { OptionChoices, SessionActions, SessionTopRow } from '../../ui/session-question';

const defaultOrder: readonly number[] = [0, 1, 2, 3];
const confidenceChoices: { value: Confidence; label: string; key: string }[] = [
  { value: 'guessed', label: 'Guessed', key: 'G' },
  { value: 'unsure', label: 'Unsure', key: 'U' },
  { value: 'sure', label: 'Sure', key: 'S' },
];

interface Props {
  session: LoadedSession;
  now: () => Date;
}

/** One study session, question by question. Every action is written to IndexedDB at once. */
export function SessionPlayer({ session, now }: Props) {
  const { record, state } = session;
  const settings = useSettings();
  useActiveStudyTime(state.config.kind === 'review' ? 'review' : 'practice', state.config.exam);
  const key = currentKey(state);
  const question = key ? session.questions.get(key) : undefined;
  // The answer shows at once from local state while its transaction commits (the bench's
  // answer → feedback budget is one frame); every later action waits for that write first.
  const [pending, setPending] = useState<{ key: string; answer: RecordedAnswer } | undefined>(undefined);
  const writing = useRef<Promise<unknown>>(Promise.resolve());
  const stored = key ? state.answers[key] : undefined;
  const answer = stored ?? (pending && pending.key === key ? pending.answer : undefined);
  const order = useMemo(() => (key ? (state.optionOrders[key] ?? defaultOrder) : defaultOrder), [key, state.optionOrders]);
  const { selected, choose, chosenNow } = useItemChoice(key);
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const shownAt = useRef(now().getTime());
  const headingRef = useRef<HTMLHeadingElement>(null);

  const scheduler = settings ? schedulerSettingsFrom(settings) : undefined;
  // The question is drawn only once the settings are read: on a fresh mount that is a render after
  // the first ("Loading…"), and its heading must take focus then, not when it was not there yet.
  const questionDrawn = !!scheduler && !!question;

  // A first visit's preview may have had this question's option chosen, or even submitted, before
  // the app took over (first-visit-handoff.ts): the choice carries on, timed from the preview's paint.
  const previewSubmit = useRef(false);
  const previewShownAt = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    const carried = key ? takePreviewChoice(key) : undefined;
    previewShownAt.current = carried?.shownAt;
    if (!carried) return;
    choose(carried.position);
    previewSubmit.current = carried.submit;
  }, [key, choose]);
  // At commit, not after paint: the response time starts when the question is on screen, and its
  // heading takes focus then (a session's first question waits for the settings after its key is known).
  useLayoutEffect(() => {
    shownAt.current = previewShownAt.current ?? now().getTime();
    if (questionDrawn) headingRef.current?.focus();
  }, [key, now, questionDrawn]);

  const submit = useCallback(() => {
    const position = chosenNow();
    if (!key || !question || answer || position === undefined || !scheduler) return;
    const chosen = order[position]!;
    const at = now();
    const responseMs = at.getTime() - shownAt.current;
    const optimistic: RecordedAnswer = {
      chosen,
      correct: chosen === question.answer,
      confidence: DEFAULT_CONFIDENCE,
      responseMs,
      answeredAt: at.toISOString(),
      logId: -1,
    };
    setPending({ key, answer: optimistic });
    writing.current = recordAnswer({ sessionId: record.id, questionKey: key, chosen, responseMs, now: at, settings: scheduler }).catch(
      (error: Error) => {
        setPending(undefined);
        setAnnouncement(`Your answer could not be saved: ${error.message}`);
      },
    );
  }, [key, question, answer, chosenNow, scheduler, order, record.id, now]);

  useEffect(() => {
    if (!previewSubmit.current || !scheduler || !question) return;
    previewSubmit.current = false;
    submit();
  }, [scheduler, question, submit]);

  const next = useCallback(async () => {
    if (!key || !answer) return;
    await writing.current;
    await advanceSession(record.id, key, now());
  }, [key, answer, record.id, now]);

  const handlers = useMemo(
    () => ({
      choose: (position: number) => {
        if (!answer && position < 4) choose(position);
      },
      submit: () => (answer ? void next() : submit()),
      next: () => void next(),
      flag: () => key && void toggleFlag(record.id, key, now()),
      confidence: (c: Confidence) =>
        key && answer && scheduler && void writing.current.then(() => setConfidence(record.id, key, c, scheduler)),
      undo: () =>
        void writing.current
          .then(() => undoLastAnswer(record.id, now()))
          .then((undone) => {
            setPending(undefined);
            setAnnouncement(undone ? 'Last answer undone.' : 'Nothing to undo.');
          }),
      help: () => setHelpOpen((open) => !open),
    }),
    [answer, key, next, submit, choose, record.id, now, scheduler],
  );
  useSessionKeys(handlers, !helpOpen);

  // The question (or the note that it is gone) is drawn: start-up's bulk work may begin (bank-sync-status.ts).
  const drawn = !!scheduler || isFinished(state) || !key;
  useEffect(() => {
    if (drawn) firstScreenShown();
  }, [drawn]);

  if (isFinished(state) || !key) return null;
  // A question is shown only once an answer to it can be saved (the scheduler settings are read), so
  // a key pressed the moment it appears always counts.
  if (!scheduler) return <p>Loading…</p>;
  if (!question) return <p role="alert">This question is no longer in your bank. Press N to skip it.</p>;

  const answeredCount = Object.keys(state.answers).length;
  const flagged = state.flagged.includes(key);

  return (
    <section aria-labelledby="question-heading" className="session">
      <SessionTopRow
        title={state.config.title}
        position={state.position}
        total={state.queue.length}
        answered={answeredCount}
        actions={
          <SessionActions
            flagged={flagged}
            canUndo={answeredCount > 0}
            onFlag={handlers.flag}
            onUndo={handlers.undo}
            onShortcuts={() => setHelpOpen(true)}
            onEnd={() => void finishSession(record.id, now())}
          />
        }
      />
      <progress max={state.queue.length} value={answeredCount} aria-label="Session progress" style={{ width: '100%' }} />
      <h2 id="question-heading" ref={headingRef} tabIndex={-1} className="visually-hidden">
        Question {state.position + 1}
      </h2>
      <QuestionMeta question={question} />
      <div className="card">
        <p className="stem">{question.stem}</p>
        {!answer ? (
          <OptionChoices question={question} order={order} selected={selected} onChoose={choose} onSubmit={submit} />
        ) : (
          <Feedback
            session={session}
            questionKey={key}
            answer={answer}
            onNext={() => void next()}
            onConfidence={handlers.confidence}
            now={now}
            settings={settings}
          />
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
    </section>
  );
}

interface FeedbackProps {
  session: LoadedSession;
  questionKey: string;
  answer: RecordedAnswer;
  onNext: () => void;
  onConfidence: (c: Confidence) => void;
  now: () => Date;
  /** The player's own settings: a second live query here would read them again as the feedback mounts. */
  settings: Settings | undefined;
}

function Feedback({ session, questionKey, answer, onNext, onConfidence, now, settings }: FeedbackProps) {
  const { state } = session;
  const question = session.questions.get(questionKey)!;
  // Focus moves to the verdict, not to a button: a fast second Enter must not both submit and
  // activate "Next" (Chromium activates a focused button on keypress, after our keydown).
  const verdictRef = useRef<HTMLParagraphElement>(null);
  // Focus moves in the next frame's animation callback, not in the key's own task: focusing forces
  // a style and layout pass, which there is the frame's own instead of an extra one before it.
  useEffect(() => {
    const frame = requestAnimationFrame(() => verdictRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  const intervals = useIntervals(answer, settings);

  return (
    <div>
      <p ref={verdictRef} tabIndex={-1} role="status" className={answer.correct ? 'good' : 'bad'}>
        <strong>{answer.correct ? 'Correct.' : 'Not quite.'}</strong>{' '}
        {answer.correct ? 'Here is why, and why each other option falls short.' : 'The best answer is marked; every option is explained.'}
      </p>
      <OptionExplanations question={question} order={state.optionOrders[questionKey] ?? [0, 1, 2, 3]} chosen={answer.chosen} />
      <fieldset className="confidence">
        <legend>How sure were you?</legend>
        <div className="row">
          {confidenceChoices.map((c) => (
            <button key={c.value} type="button" aria-pressed={answer.confidence === c.value} onClick={() => onConfidence(c.value)}>
              {c.label} <kbd>{c.key}</kbd>
              {intervals && <span className="muted"> · next in {intervals[c.value]}</span>}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="row" style={{ marginTop: '0.75rem' }}>
        <button type="button" className="primary" onClick={onNext}>
          Next question <kbd>N</kbd>
        </button>
      </div>
      <ProblemReportForm questionKey={questionKey} now={now} />
    </div>
  );
}

/** The interval each confidence choice would give, from the card as it was before this answer. */
function useIntervals(answer: RecordedAnswer | undefined, settings: Settings | undefined): Record<Confidence, string> | undefined {
  const before = useCardBeforeAnswer(answer?.logId);
  return useMemo(() => {
    if (!answer || !settings || before === undefined) return undefined;
    const at = new Date(answer.answeredAt);
    const preview = previewIntervals(before ?? undefined, at, schedulerSettingsFrom(settings));
    const label = (confidence: Confidence) =>
      formatInterval(at, preview[ratingForAnswer({ correct: answer.correct, confidence, responseMs: answer.responseMs })]);
    return { guessed: label('guessed'), unsure: label('unsure'), sure: label('sure') };
  }, [answer, settings, before]);
}
