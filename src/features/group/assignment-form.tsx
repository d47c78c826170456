import { ExamRadios } from '../../ui/exam-radios';
import { useState } from 'react';
import { appNow } from '../../data/clock';
import { createAssignment, useAttachablePacks, useSelectionCheck, type LeadGroup } from '../../data/group-repo';
import type { ExamId } from '../../domain/exam-blueprints';
import { drawCountText, parseKeyList, type SelectionDraft } from '../../domain/group/assignment-builder';
import { calendarDayOf } from '../../domain/calendar-day';
import { GROUP_CAPS } from '../../domain/group/group-schema';
import { MY_QUESTIONS_ID } from '../../domain/pack/pack-ids';
import { ProblemList } from './problem-list';
import { SelectionFields, type SelectionState } from './selection-fields';
import { countOf } from '../../domain/count-text';

const inAWeek = () => calendarDayOf(new Date(appNow().getTime() + 7 * 86_400_000));
const selectionOf = (s: SelectionState): SelectionDraft =>
  s.mode === 'keys'
    ? { mode: 'keys', keys: parseKeyList(s.keys) }
    : { mode: 'filter', domains: s.domains, objectives: s.objective ? [s.objective] : [], tags: s.tag ? [s.tag] : [] };

/** A new assignment: what to answer (by domains, objectives and tags, or by question keys), how many, by when, how well. */
export function AssignmentForm({ group, onCreated }: { group: LeadGroup; onCreated: (id: string) => void }) {
  const [title, setTitle] = useState('');
  const [exam, setExam] = useState<ExamId>('cissp');
  const [selection, setSelection] = useState<SelectionState>({ mode: 'filter', domains: [], objective: '', tag: '', keys: '' });
  const [count, setCount] = useState(10);
  const [dueDate, setDueDate] = useState(inAWeek);
  const [target, setTarget] = useState(80);
  const [note, setNote] = useState('');
  const [packId, setPackId] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const packs = useAttachablePacks();
  const check = useSelectionCheck(exam, selectionOf(selection), packId || undefined);

  async function submit() {
    const draft = {
      title,
      exam,
      selection: selectionOf(selection),
      count,
      dueDate,
      targetAccuracy: target,
      note,
      ...(packId ? { packId } : {}),
    };
    const result = await createAssignment(group.id, draft, appNow());
    setProblems(result.ok ? [] : result.problems);
    if (!result.ok) return;
    setTitle('');
    setNote('');
    setDueDate(inAWeek());
    onCreated(result.value.id);
  }

  return (
    <form
      className="card stack"
      aria-labelledby="new-assignment-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="new-assignment-title">New assignment</h2>
      <label htmlFor="assignment-title">Title</label>
      <input id="assignment-title" value={title} maxLength={GROUP_CAPS.title} onChange={(e) => setTitle(e.target.value)} required />
      <ExamRadios
        name="assignment-exam"
        value={exam}
        onChange={(x) => {
          setExam(x);
          setSelection({ ...selection, domains: [], objective: '' });
        }}
      />
      <label htmlFor="assignment-pack">Send questions from a pack</label>
      <select id="assignment-pack" value={packId} onChange={(e) => setPackId(e.target.value)} aria-describedby="assignment-pack-hint">
        <option value="">No pack: questions from your whole bank</option>
        {packs?.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title} ({countOf(p.questionCount, 'question')})
          </option>
        ))}
      </select>
      <p id="assignment-pack-hint" className="muted">
        {packId === MY_QUESTIONS_ID
          ? 'The assignment draws only from the questions you wrote, and carries them under the id, title and license of your My questions export (Bank › My questions), so they never mix with a member’s own. A pack makes the link long, so you will usually share the file.'
          : packId
            ? 'The assignment draws only from this pack, and carries its questions: members who do not have the pack get them when they accept. A pack makes the link long, so you will usually share the file.'
            : packs && packs.length === 0
              ? 'Import a pack in Bank › Packs, or write questions in Bank › My questions, to send them with an assignment.'
              : 'Pick a pack you imported, or My questions, to send its questions with the assignment, for members who do not have them.'}
      </p>
      <SelectionFields exam={exam} value={selection} onChange={setSelection} />
      {selection.mode === 'filter' && (
        <>
          <label htmlFor="assignment-count">Number of questions</label>
          <input
            id="assignment-count"
            type="number"
            min={1}
            max={GROUP_CAPS.questionKeys}
            value={count}
            onChange={(e) => setCount(Number(e.target.value))}
          />
        </>
      )}
      <p role="status">
        {check === undefined
          ? 'Counting…'
          : check.problems.length > 0
            ? `${countOf(check.problems.length, 'problem')} with the list: see below when you create it.`
            : selection.mode === 'filter'
              ? drawCountText(check.matching, count)
              : `${countOf(check.matching, 'question')} listed.`}
      </p>
      <label htmlFor="assignment-due">Due date</label>
      <input id="assignment-due" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} required />
      <label htmlFor="assignment-target">Target accuracy (%)</label>
      <input id="assignment-target" type="number" min={1} max={100} value={target} onChange={(e) => setTarget(Number(e.target.value))} />
      <label htmlFor="assignment-note">Note to members (optional)</label>
      <textarea id="assignment-note" rows={3} maxLength={GROUP_CAPS.note} value={note} onChange={(e) => setNote(e.target.value)} />
      {problems.length > 0 && <ProblemList title="The assignment was not created." problems={problems} />}
      <button type="submit" className="primary">
        Create assignment
      </button>
    </form>
  );
}
