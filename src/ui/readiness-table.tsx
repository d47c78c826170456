import type {
  AccuracyEvidence,
  CoverageEvidence,
  DomainExamEvidence,
  MockExamEvidence,
  RecallEvidence,
} from '../domain/readiness/readiness-evidence';
import { daysAgoText, examFormText, percent, percentRange } from '../domain/readiness/readiness-format';
import type { ReadinessReport } from '../domain/readiness/readiness-report';
import type { Verdict } from '../domain/readiness/readiness-verdict';
import { VerdictBadge } from './verdict-badge';
import { TableScroll } from './table-scroll';
import { countText } from '../domain/count-text';

function ExamCell({ exam }: { exam: MockExamEvidence | null }) {
  if (!exam) return <span className="muted">none in the last 60 days</span>;
  return (
    <>
      {exam.scaled.score}{' '}
      <span className="muted">
        ({exam.scaled.low}–{exam.scaled.high})
      </span>
      <br />
      <span className="muted">
        {examFormText(exam.variant)}, {daysAgoText(exam.daysAgo)}
      </span>
    </>
  );
}

function DomainExamCell({ exam }: { exam: DomainExamEvidence | null }) {
  if (!exam) return <span className="muted">no recent exam</span>;
  const label = exam.label === 'above' ? 'Above' : exam.label === 'below' ? 'Below' : 'Near';
  return (
    <>
      {label}{' '}
      <span className="muted">
        ({exam.items} items{exam.counted ? '' : ': too few to count'})
      </span>
    </>
  );
}

function RecallCell({ recall }: { recall: RecallEvidence | null }) {
  if (!recall) return <span className="muted">no reviewed cards</span>;
  // Cards all just reviewed give "100–100%": say only how many cards there are.
  const range =
    recall.low !== null && recall.high !== null && Math.round(recall.low * 100) !== Math.round(recall.high * 100)
      ? percentRange(recall.low, recall.high)
      : '';
  return (
    <>
      {percent(recall.mean)}{' '}
      <span className="muted">
        ({range ? `${range}, ` : ''}
        {recall.cards} card{recall.cards === 1 ? '' : 's'})
      </span>
    </>
  );
}

function CoverageCell({ coverage }: { coverage: CoverageEvidence }) {
  return (
    <>
      {coverage.objectivesTouched} / {coverage.objectivesTotal} objectives
      <br />
      <span className="muted">
        {countText(coverage.seen)} / {countText(coverage.inBank)} questions
      </span>
    </>
  );
}

function AccuracyCell({ accuracy }: { accuracy: AccuracyEvidence }) {
  if (accuracy.answered === 0) return <span className="muted">no answers</span>;
  return (
    <>
      {percent(accuracy.interval.estimate)}{' '}
      <span className="muted">
        ({percentRange(accuracy.interval.low, accuracy.interval.high)}, {countText(accuracy.correct)} of {countText(accuracy.answered)})
      </span>
    </>
  );
}

function VerdictCell({ verdict, label, reasons }: { verdict: Verdict; label?: string | undefined; reasons: readonly string[] }) {
  return (
    <>
      <VerdictBadge verdict={verdict} label={label} />
      {reasons.length > 0 && (
        <ul className="readiness-reasons muted">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Every domain's evidence with its interval and its verdict, after the overall row. */
export function ReadinessTable({ report }: { report: ReadinessReport }) {
  const { overall } = report;
  return (
    <>
      <h3>Evidence per domain</h3>
      {/* Focusable so keyboard users can scroll it sideways on a narrow screen. */}
      <TableScroll label="Evidence per domain (scrolls sideways)">
        <table className="readiness-table">
          <caption className="visually-hidden">
            {report.examName} readiness: the evidence per domain, each with its 95% interval, and the verdict
          </caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Mock exam (0–1000, 700 to pass)</th>
              <th scope="col">Recall now (FSRS)</th>
              <th scope="col">Coverage</th>
              <th scope="col">Accuracy, last 30 days</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            <tr className="readiness-overall">
              <th scope="row">All domains</th>
              <td>
                <ExamCell exam={overall.exam} />
              </td>
              <td>
                <RecallCell recall={overall.recall} />
              </td>
              <td>
                <CoverageCell coverage={overall.coverage} />
              </td>
              <td>
                <AccuracyCell accuracy={overall.accuracy} />
              </td>
              <td>
                <VerdictCell verdict={overall.verdict.verdict} label={overall.verdict.label} reasons={[]} />
              </td>
            </tr>
            {report.domains.map((d) => (
              <tr key={d.domain}>
                <th scope="row">
                  D{d.domain} {d.title} <span className="muted">({percent(d.weight)})</span>
                </th>
                <td>
                  <DomainExamCell exam={d.exam} />
                </td>
                <td>
                  <RecallCell recall={d.recall} />
                </td>
                <td>
                  <CoverageCell coverage={d.coverage} />
                </td>
                <td>
                  <AccuracyCell accuracy={d.accuracy} />
                </td>
                <td>
                  <VerdictCell verdict={d.verdict.verdict} reasons={d.verdict.reasons} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">
        Figures in brackets are 95% intervals. The mock exam is your latest full exam of the last 60 days, or else your latest short one.
      </p>
    </>
  );
}
