import { Link } from 'react-router';
import { READINESS_DOES_NOT_MEAN, READINESS_MEANS, type ReadinessReport } from '../domain/readiness/readiness-report';
import { OutlineNotice } from './outline-notice';
import { ReadinessRule } from './readiness-rule';
import { ReadinessTable } from './readiness-table';
import { VerdictBadge } from './verdict-badge';

interface Props {
  /** Undefined while it loads. */
  report: ReadinessReport | undefined;
  /** 'compact' on Today (verdict, why, what to do next); 'full' on Progress (adds the table and the rule). */
  mode: 'compact' | 'full';
}

function Improvements({ report }: { report: ReadinessReport }) {
  if (report.improvements.length === 0) {
    return <p>Nothing stands out. Keep your reviews up to date, and take another full mock exam in the weeks before the real one.</p>;
  }
  return (
    <ol className="readiness-steps">
      {report.improvements.map((step) => (
        <li key={step.action.href}>
          <p>{step.text}</p>
          <Link to={step.action.href} className="button-link">
            {step.action.label}
          </Link>
        </li>
      ))}
    </ol>
  );
}

/** The readiness report: overall verdict with its reasons and the next steps; in full, the evidence per domain. */
export function ReadinessPanel({ report, mode }: Props) {
  return (
    <section className="card readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Readiness{report ? ` for ${report.examName}` : ''}</h2>
      {!report ? (
        <p>Working out your readiness…</p>
      ) : (
        <>
          <p className="readiness-verdict">
            Overall: <VerdictBadge verdict={report.overall.verdict.verdict} label={report.overall.verdict.label} />
            {report.overall.caveat && <> — {report.overall.caveat}</>}
          </p>
          <ul className="readiness-reasons">
            {report.overall.verdict.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <h3>What would most improve it</h3>
          <p className="muted">Picked from this evidence: your answers of the last 30 days, your recall and your latest mock exam.</p>
          <Improvements report={report} />
          <OutlineNotice text={report.outlineNotice} />
          {mode === 'compact' ? (
            <p className="muted">
              An estimate from Bastion’s bank and your history, not an ISC2 prediction.{' '}
              <Link to="/progress">See the evidence per domain on Progress</Link>.
            </p>
          ) : (
            <>
              <ReadinessTable report={report} />
              <div className="grid-2">
                <div>
                  <h3>What it means</h3>
                  <ul>
                    {READINESS_MEANS.map((t) => (
                      <li key={t}>{t}</li>
                    ))}
                  </ul>
                </div>
                <div>
                  <h3>What it does not mean</h3>
                  <ul>
                    {READINESS_DOES_NOT_MEAN.map((t) => (
                      <li key={t}>{t}</li>
                    ))}
                  </ul>
                </div>
              </div>
              <ReadinessRule />
            </>
          )}
        </>
      )}
    </section>
  );
}
