import { balanceNotes, bundledBankFloors as floors, type BankStats } from '../../domain/pack/bank-quality';
import { countText } from '../../domain/count-text';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
/** A floor as the list states it: whole percent ("30%"). */
const whole = (x: number) => `${Math.round(x * 100)}`;

/**
 * The balance figures of a set of questions, with what falls outside the bundled bank's floors.
 * For a pack these are information: an author decides what to do about them.
 */
export function BalanceSummary({ stats }: { stats: BankStats }) {
  const notes = balanceNotes(stats);
  const total = Math.max(1, stats.total);
  return (
    <>
      <ul>
        <li>
          Key position: {stats.answerPositions.map((n, i) => `${'ABCD'[i]} ${pct(n / total)}`).join(', ')} (
          {whole(floors.answerPositionShare[0])}–{whole(floors.answerPositionShare[1])}% each is balanced)
        </li>
        <li>
          The key is the longest option in {pct(stats.keyLongestShare)} of questions (at most {whole(floors.maxKeyLongestShare)}% is
          healthy)
        </li>
        <li>
          The key is the shortest option in {pct(stats.keyShortestShare)} of questions (at most {whole(floors.maxKeyShortestShare)}% is
          healthy)
        </li>
        <li>
          The key alone repeats a word of the stem in {pct(stats.keyStemEchoShare)} of questions, a distractor alone in{' '}
          {pct(stats.distractorStemEchoShare)} (at most {whole(floors.maxKeyStemEchoExcess)} points more is healthy)
        </li>
        <li>
          {stats.nearDuplicates.length === 0
            ? 'No near-duplicate stems'
            : `${countText(stats.nearDuplicates.length)} pair${stats.nearDuplicates.length === 1 ? '' : 's'} of near-duplicate stems`}
        </li>
      </ul>
      {notes.length > 0 && (
        <details>
          <summary>
            {countText(notes.length)} note{notes.length === 1 ? '' : 's'} against the bundled bank’s floors
          </summary>
          <ul>
            {notes.slice(0, 200).map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
