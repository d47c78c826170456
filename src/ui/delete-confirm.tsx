/**
 * The app's one way to confirm a deletion, in place of the Delete button: "Delete? Keep / Yes,
 * delete". Focus lands on Keep, the safe choice, so a second Enter does not delete by accident; both
 * buttons say what they are about to screen readers.
 */
export function DeleteConfirm({
  what,
  question = 'Delete?',
  onKeep,
  onDelete,
}: {
  /** What is deleted, as it reads after "Delete": "the reading entry of 4 Mar 2026 (90 min)". */
  what: string;
  /** The visible question, with the consequences when they are not obvious. */
  question?: string;
  onKeep: () => void;
  onDelete: () => void;
}) {
  return (
    <span className="row" role="group" aria-label={`Delete ${what}?`}>
      <span>{question}</span>
      <button type="button" autoFocus onClick={onKeep}>
        Keep
      </button>
      <button type="button" className="danger" onClick={onDelete} aria-label={`Yes, delete ${what}`}>
        Yes, delete
      </button>
    </span>
  );
}
