import { TableScroll } from '../../ui/table-scroll';
import { Link } from 'react-router';
import { bundledBankFloors, type BankStats } from '../../domain/pack/bank-quality';
import { DomainCounts } from './domain-counts';
import { ObjectiveCounts } from './objective-counts';
import { countText } from '../../domain/count-text';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const floors = bundledBankFloors;

function Why({ children }: { children: string }) {
  return (
    <p className="muted">
      <strong>Why it matters:</strong> {children}
    </p>
  );
}

export function AnswerPositions({ stats }: { stats: BankStats }) {
  const [low, high] = floors.answerPositionShare;
  return (
    <section aria-labelledby="q-positions">
      <h2 id="q-positions">Answer-position balance</h2>
      <TableScroll label="Where the key sits, as written in the file (scrolls sideways)">
        <table>
          <caption className="visually-hidden">Where the key sits, as written in the file</caption>
          <thead>
            <tr>
              <th scope="col">Key position</th>
              <th scope="col">Questions</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {stats.answerPositions.map((n, i) => (
              <tr key={i}>
                <th scope="row">{'ABCD'[i]}</th>
                <td>{countText(n)}</td>
                <td>{pct(n / Math.max(1, stats.total))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        Balanced is {pct(low)}–{pct(high)} per position (checked from {floors.answerPositionMinItems} questions up).
      </p>
      <Why>
        A letter that holds the key more often than a quarter of the time rewards guessing that letter. Bastion shuffles the options every
        time it shows a question, so here position gives nothing away, but the file is also read in order: by reviewers, in print and in
        other tools.
      </Why>
    </section>
  );
}

export function KeyLength({ stats }: { stats: BankStats }) {
  return (
    <section aria-labelledby="q-longest">
      <h2 id="q-longest">Key is the longest or shortest option</h2>
      <p>
        In {pct(stats.keyLongestShare)} of questions the key is strictly the longest option (healthy: at most{' '}
        {pct(floors.maxKeyLongestShare)}
        ).
      </p>
      <p>
        The key is strictly the shortest option in {pct(stats.keyShortestShare)} of questions (healthy: at most{' '}
        {pct(floors.maxKeyShortestShare)}; by chance about a quarter).
      </p>
      <Why>
        A key that is usually the longest option can be guessed without reading: test-wise candidates pick the longest, most qualified
        answer. Distractors should be as specific and as long as the key, but not longer every time: a key that is usually the shortest
        gives itself away just as well.
      </Why>
    </section>
  );
}

export function StemEcho({ stats }: { stats: BankStats }) {
  return (
    <section aria-labelledby="q-echo">
      <h2 id="q-echo">Key repeats the stem</h2>
      <p>
        The key alone repeats a word of the stem in {pct(stats.keyStemEchoShare)} of questions; a distractor alone does in{' '}
        {pct(stats.distractorStemEchoShare)} (healthy: the key at most {Math.round(floors.maxKeyStemEchoExcess * 100)} points more).
      </p>
      <Why>
        Test-wise candidates pick the option that echoes the question's own words. That works only if keys echo the stem more often than
        wrong options do; when both rates are about equal, the echo tells a guesser nothing. Words of four letters or more count, cut to
        their first five letters, common words left out.
      </Why>
    </section>
  );
}

export function Spread({ stats }: { stats: BankStats }) {
  const n = Math.max(1, stats.total);
  return (
    <section aria-labelledby="q-spread">
      <h2 id="q-spread">Difficulty and managerial questions</h2>
      <p>
        Easy {pct(stats.difficulty[1] / n)}, medium {pct(stats.difficulty[2] / n)}, hard {pct(stats.difficulty[3] / n)} (aim: about
        30/45/25). Managerial questions (BEST, FIRST, MOST… in capitals): {pct(stats.managerialShare)} (aim: about a third).
      </p>
      <Why>
        The real exams lean on judgement: which action comes first, which control is best. A bank of recall questions feels easy and
        prepares badly for that.
      </Why>
    </section>
  );
}

export function Coverage({ stats }: { stats: BankStats }) {
  return (
    <section aria-labelledby="q-coverage">
      <h2 id="q-coverage">Questions per domain and objective</h2>
      <DomainCounts stats={stats} withWeights />
      <ObjectiveCounts stats={stats} minimum={floors.minPerObjective} />
      <Why>
        Practice and the exam simulation follow each exam’s domain weights only as far as the questions allow. An objective with fewer than
        four questions is soon practised from memory of the same items, and a domain short of questions cannot fill its share of a simulated
        exam.
      </Why>
    </section>
  );
}

export function NearDuplicates({ stats, keyOf }: { stats: BankStats; keyOf: Map<string, string> }) {
  const link = (id: string) => <Link to={`/bank/${encodeURIComponent(keyOf.get(id) ?? id)}`}>{id}</Link>;
  return (
    <section aria-labelledby="q-duplicates">
      <h2 id="q-duplicates">Near-duplicate pairs</h2>
      {stats.nearDuplicates.length === 0 ? (
        <p>No two stems share more than half of their word trigrams.</p>
      ) : (
        <ul>
          {stats.nearDuplicates.slice(0, 500).map((d) => (
            <li key={`${d.a} ${d.b}`}>
              {link(d.a)} and {link(d.b)}: similarity {d.similarity.toFixed(2)}
            </li>
          ))}
        </ul>
      )}
      <Why>
        Two versions of one question teach recognising the wording, not understanding, and let a simulated exam show what is in effect the
        same item twice. Pairs are stems whose word-trigram Jaccard similarity is above 0.5.
      </Why>
    </section>
  );
}
