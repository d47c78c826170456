import type { PackProblem } from '../../domain/pack/pack-decode';
import { countText } from '../../domain/count-text';

/** Beyond this many, the list says how many more: a file with thousands of problems is the wrong file. */
const SHOWN = 2000;

/** Every problem of a pack file, each with its question id and the field path, as plain text. */
export function PackProblems({ problems }: { problems: readonly PackProblem[] }) {
  return (
    <>
      <ol className="problem-list" aria-label="Problems in the file">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            {p.questionId !== null && <strong>{p.questionId}</strong>}
            {p.questionId !== null && ' — '}
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ol>
      {problems.length > SHOWN && <p>…and {countText(problems.length - SHOWN)} more problems.</p>}
    </>
  );
}
