/**
 * The state of the question form: the draft, its live check, and which fields show their problems
 * (those the author has changed, and every field after a save was tried).
 */
import { useCallback, useMemo, useState } from 'react';
import { appNow } from '../../data/clock';
import { saveMyQuestion } from '../../data/my-questions-repo';
import { checkDraft, draftFieldOrder, type DraftCheck, type QuestionDraft } from '../../domain/pack/question-draft';

export interface QuestionForm {
  draft: QuestionDraft;
  check: DraftCheck;
  /** Changes fields of the draft; `field` is the form field that now shows its problems. */
  update: (field: string, patch: Partial<QuestionDraft>) => void;
  errorsFor: (field: string) => readonly string[];
  /** Problems of every field, shown once a save was tried. */
  shownProblems: [string, readonly string[]][];
  attempted: boolean;
  saving: boolean;
  saveError: string;
  /** Saves when the draft passes every check; resolves to the saved id, or null. */
  save: () => Promise<string | null>;
}

export function useQuestionForm(initial: QuestionDraft, mode: 'new' | 'edit', takenIds: ReadonlySet<string>): QuestionForm {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState('');
  // When editing, the question's own id is of course taken: only a new question must avoid used ids.
  const blocked = useMemo(() => (mode === 'new' ? takenIds : new Set<string>()), [mode, takenIds]);
  const check = useMemo(() => checkDraft(draft, blocked), [draft, blocked]);

  const update = useCallback((field: string, patch: Partial<QuestionDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  }, []);
  const errorsFor = useCallback(
    (field: string) => (attempted || touched.has(field) ? (check.problems[field] ?? []) : []),
    [attempted, touched, check],
  );

  const save = useCallback(async () => {
    setAttempted(true);
    if (!check.question) return null;
    setSaving(true);
    try {
      await saveMyQuestion(check.question, mode, appNow());
      return check.question.id;
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
      return null;
    } finally {
      setSaving(false);
    }
  }, [check, mode]);

  const rank = (field: string) => (draftFieldOrder.includes(field) ? draftFieldOrder.indexOf(field) : draftFieldOrder.length);
  const shownProblems = attempted ? Object.entries(check.problems).sort(([a], [b]) => rank(a) - rank(b)) : [];
  return { draft, check, update, errorsFor, shownProblems, attempted, saving, saveError, save };
}
