/**
 * A first visit's preview: the first question of a Quick 10, drawn from the starter set by a few
 * kilobytes of code beside React while the app itself (router, database, Practice's screens) is
 * still arriving. Opening a Quick 10 link on a first visit drew its question after ~420 ms, four
 * times the floor page's ~100 ms, and most of that was the app's own code and the new database,
 * neither of which a first question needs.
 *
 * The preview writes nothing. The learner may choose an option, and even submit it; both are handed
 * to the app (first-visit-handoff.ts), which starts the same session from the same seed, stores it,
 * and takes the preview's place (start-app.tsx) once its own question is drawn, focus included.
 */
import { StrictMode, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { ExamId } from '../domain/exam-blueprints';
import type { KeyedQuestion } from '../domain/study/practice-selection';
import { firstVisitQuick10 } from '../domain/study/quick-session';
import { randomSeed } from '../domain/study/random';
import { beginPreviewHandoff, endPreviewHandoff, openPreviewHandoff } from '../data/first-visit-handoff';
import { QuestionMeta } from '../ui/question-meta';
import { OptionChoices, SessionActions, SessionTopRow } from '../ui/session-question';
import { useSessionKeys } from '../ui/use-session-keys';
import type { RouteEntry } from './routes';
import { ShellFrame } from './shell-frame';

/** A first visit's settings are the defaults: the CISSP, and the system's theme. */
const FIRST_VISIT_EXAM: ExamId = 'cissp';

const noop = () => {};

interface Props {
  question: KeyedQuestion;
  order: readonly number[];
  title: string;
  total: number;
}

export function FirstVisitPreview({ question, order, title, total }: Props) {
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [submitted, setSubmitted] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // As the app's player does: the question's heading takes focus, and its time starts.
  useLayoutEffect(() => {
    headingRef.current?.focus();
    const handoff = openPreviewHandoff();
    if (handoff) handoff.shownAt = Date.now();
  }, []);
  // Once the app has taken the handoff, its own (still hidden) question takes the input.
  const choose = useCallback(
    (position: number) => {
      const handoff = openPreviewHandoff();
      if (!handoff || submitted || position > 3) return;
      handoff.chosen = position;
      setSelected(position);
    },
    [submitted],
  );
  const submit = useCallback(() => {
    const handoff = openPreviewHandoff();
    if (!handoff || handoff.chosen === undefined) return;
    handoff.submitAsked = true;
    setSubmitted(true);
  }, []);
  const handlers = useMemo(() => ({ choose, submit, next: noop, flag: noop, confidence: noop, undo: noop, help: noop }), [choose, submit]);
  useSessionKeys(handlers, true);

  return (
    <ShellFrame link={plainLink}>
      <section aria-labelledby="practice-title">
        <h1 id="practice-title">Practice</h1>
        <section aria-labelledby="question-heading" className="session">
          <SessionTopRow
            title={title}
            position={0}
            total={total}
            answered={0}
            actions={
              <SessionActions flagged={false} canUndo={false} onFlag={noop} onUndo={noop} onShortcuts={noop} onEnd={noop} placeholder />
            }
          />
          <progress max={total} value={0} aria-label="Session progress" style={{ width: '100%' }} />
          <h2 id="question-heading" ref={headingRef} tabIndex={-1} className="visually-hidden">
            Question 1
          </h2>
          <QuestionMeta question={question} />
          <div className="card">
            <p className="stem">{question.stem}</p>
            <OptionChoices question={question} order={order} selected={selected} onChoose={choose} onSubmit={submit} busy={submitted} />
          </div>
        </section>
      </section>
    </ShellFrame>
  );
}

/** The app's navigation, as plain links: one followed before the app arrives loads that screen. */
function plainLink(route: RouteEntry, className: string) {
  const current = route.path === '/practice';
  return (
    <a href={route.path} className={current ? `${className} active` : className} aria-current={current ? 'page' : undefined}>
      {route.label}
    </a>
  );
}

export interface ShownPreview {
  /** Removes the preview and shows `app` in its place, with focus where the learner had it. */
  handOver: (app: HTMLElement) => void;
}

/**
 * Draws the preview in a container of its own before `root` (the app's). Returns nothing when it
 * cannot (a starter set that does not parse, no question drawn): the app then draws its Quick 10
 * as it did before there was a preview.
 */
export function showFirstVisitPreview(root: HTMLElement, starterText: string): ShownPreview | undefined {
  let starter: KeyedQuestion[];
  try {
    starter = JSON.parse(starterText) as KeyedQuestion[];
  } catch {
    return undefined;
  }
  const seed = randomSeed();
  const state = firstVisitQuick10(starter, FIRST_VISIT_EXAM, seed);
  const firstKey = state.queue[0];
  const question = starter.find((q) => q.key === firstKey);
  if (!firstKey || !question) return undefined;
  beginPreviewHandoff({ seed, exam: FIRST_VISIT_EXAM, firstKey, shownAt: Date.now(), submitAsked: false });
  // The app applies the theme setting; a first visit's is the system's, so the preview follows it.
  document.documentElement.dataset.theme = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const container = document.createElement('div');
  root.before(container);
  const previewRoot = createRoot(container);
  previewRoot.render(
    <StrictMode>
      <FirstVisitPreview
        question={question}
        order={state.optionOrders[firstKey] ?? [0, 1, 2, 3]}
        title={state.config.title}
        total={state.queue.length}
      />
    </StrictMode>,
  );
  return {
    handOver(app) {
      const focus = focusedPlace(container);
      previewRoot.unmount();
      container.remove();
      endPreviewHandoff();
      app.hidden = false;
      restoreFocus(app, focus);
    },
  };
}

type FocusPlace =
  { kind: 'option'; position: number } | { kind: 'submit' } | { kind: 'link'; href: string } | { kind: 'question' } | undefined;

function focusedPlace(container: HTMLElement): FocusPlace {
  const active = document.activeElement;
  if (!active || !container.contains(active)) return document.activeElement === document.body ? { kind: 'question' } : undefined;
  const options = [...container.querySelectorAll('.option.choice input')];
  const position = options.indexOf(active);
  if (position >= 0) return { kind: 'option', position };
  if (active.matches('button[type="submit"]')) return { kind: 'submit' };
  const href = active.getAttribute('href');
  if (active.matches('a') && href) return { kind: 'link', href };
  return { kind: 'question' };
}

/**
 * Focus where it was in the preview: the same option or the submit button, else the question's
 * heading, as the app's own player focuses it (its focus went nowhere while it was hidden). A
 * submitted answer's feedback takes focus itself.
 */
function restoreFocus(app: HTMLElement, place: FocusPlace): void {
  if (!place) return;
  const target =
    place.kind === 'option'
      ? app.querySelectorAll<HTMLElement>('.option.choice input')[place.position]
      : place.kind === 'submit'
        ? app.querySelector<HTMLElement>('.session form button[type="submit"]')
        : place.kind === 'link'
          ? app.querySelector<HTMLElement>(`a[href="${CSS.escape(place.href)}"]`)
          : app.querySelector<HTMLElement>('#question-heading');
  (target ?? app.querySelector<HTMLElement>('#question-heading'))?.focus();
}
