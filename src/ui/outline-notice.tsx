/** A change of exam outline the learner must know about (src/domain/outline-notice.ts); nothing when there is none. */
export function OutlineNotice({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p className="outline-notice" role="note">
      <strong>Outline change.</strong> {text}
    </p>
  );
}
