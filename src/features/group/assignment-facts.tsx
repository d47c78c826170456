import { findDomain } from '../../domain/exam-blueprints';
import { blueprints } from '../../domain/exam-blueprints';
import type { Assignment } from '../../domain/group/group-schema';
import { formatDueDate } from '../../ui/assignment-card';

/** The facts of an assignment as a description list. Every value is imported text, shown as text. */
export function AssignmentFacts({ assignment: a }: { assignment: Assignment }) {
  return (
    <dl className="facts">
      <dt>From group</dt>
      <dd>{a.group.name}</dd>
      <dt>Exam</dt>
      <dd>{blueprints[a.exam].name}</dd>
      <dt>Due</dt>
      <dd>{formatDueDate(a.dueDate)}</dd>
      <dt>Questions</dt>
      <dd>{a.questionKeys.length}</dd>
      <dt>Domains</dt>
      <dd>{a.domains.map((d) => `${d}. ${findDomain(a.exam, d)?.title ?? ''}`).join('; ') || '—'}</dd>
      {a.pack && (
        <>
          <dt>Questions sent with it</dt>
          <dd>
            {a.pack.questions.length} from the pack “{a.pack.title}” (license: {a.pack.license})
          </dd>
        </>
      )}
      <dt>Target accuracy</dt>
      <dd>{a.targetAccuracy}%</dd>
      {a.note && (
        <>
          <dt>Note from your lead</dt>
          <dd className="note">{a.note}</dd>
        </>
      )}
    </dl>
  );
}
