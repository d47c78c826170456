import { useEffect, useRef, useState } from 'react';
import { useBankSyncStatus } from '../../data/bank-sync-status';
import { appNow } from '../../data/clock';
import { acceptAssignment, useAssignmentPreview } from '../../data/group-member-repo';
import type { Assignment } from '../../domain/group/group-schema';
import { AssignmentFacts } from './assignment-facts';
import { MemberNameField } from './member-name-field';
import { ProblemList } from './problem-list';
import type { AttachedPackPlan } from '../../data/group-member-repo';
import { countText } from '../../domain/count-text';

interface Props {
  assignment: Assignment;
  onAccepted: (title: string) => void;
  onCancel: () => void;
}

/** An assignment received by link or file, before it is accepted: what it is, what is missing here, who you are. */
export function AssignmentOffer({ assignment, onAccepted, onCancel }: Props) {
  const preview = useAssignmentPreview(assignment);
  // On a first visit the bank is still loading: counting "missing" questions then would alarm for nothing.
  const bankReady = useBankSyncStatus((s) => s.phase === 'ready');
  const [name, setName] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the preview, so keyboard and screen-reader users land on what to decide.
  useEffect(() => heading.current?.focus(), [assignment]);
  const memberName = name ?? preview?.memberName ?? '';

  async function accept() {
    const result = await acceptAssignment(assignment, memberName, appNow());
    if (result.ok) onAccepted(assignment.title);
    else setProblems(result.problems);
  }

  return (
    <section className="offer" aria-labelledby="offer-title">
      <h3 id="offer-title" ref={heading} tabIndex={-1}>
        Assignment: {assignment.title}
      </h3>
      <AssignmentFacts assignment={assignment} />
      {!bankReady && <p className="muted">Loading your question bank to check which of these questions you have…</p>}
      {bankReady && preview && preview.missing > 0 && (
        <p className="banner">
          {countText(preview.missing)} of the {countText(assignment.questionKeys.length)} questions are not in your bank (their pack is
          missing or switched off): you can answer the other {preview.available}.
        </p>
      )}
      {preview?.pack && <AttachedPackNote plan={preview.pack} />}
      {preview?.acceptedAt && <p className="muted">You accepted this assignment on {preview.acceptedAt.toLocaleDateString()}.</p>}
      <MemberNameField roster={assignment.group.members} groupName={assignment.group.name} value={memberName} onChange={setName} />
      {problems.length > 0 && <ProblemList title="The assignment was not accepted." problems={problems} />}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!preview || memberName.trim() === '' || !!preview.pack?.clash}
          onClick={() => void accept()}
        >
          {preview?.acceptedAt ? 'Keep this assignment' : 'Accept assignment'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

/** What accepting does with the questions that came with the assignment. */
function AttachedPackNote({ plan }: { plan: AttachedPackPlan }) {
  if (plan.clash) return <p className="banner">This assignment cannot be accepted here: {plan.clash}.</p>;
  if (plan.adding === 0)
    return <p className="muted">You already have every question sent from “{plan.title}”: accepting adds nothing to your bank.</p>;
  return (
    <p className={plan.switchedOff ? 'banner' : 'muted'}>
      Accepting adds {plan.adding} question{plan.adding === 1 ? '' : 's'} from “{plan.title}” to your bank (Bank › Packs lists the pack).
      {plan.switchedOff && ' That pack is switched off here: switch it on in Bank › Packs to answer them.'}
    </p>
  );
}
