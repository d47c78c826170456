import { cisspFacts, formatCount } from '../../domain/certification/certification-facts';
import { cpeProgress, type CpeEntry, type CpeCertification, type CpeStatus } from '../../domain/certification/endorsement-cpe';
import { formatDay } from './format-day';

const statusLabels: Record<CpeStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  behind: 'Behind',
  complete: 'Complete',
  'ended-short': 'Cycle ended short',
};

interface Props {
  entries: readonly CpeEntry[];
  certification: CpeCertification;
  cycleStart: string;
  now: Date;
}

/** CPE credits for the cycle and for each cycle year, with the status and the next step. */
export function CpeProgressPanel({ entries, certification, cycleStart, now }: Props) {
  const progress = cpeProgress(entries, certification, cycleStart, now, formatDay);
  const check = progress.targetUnconfirmed ? ' (check with ISC2)' : '';
  return (
    <div>
      <h3>
        This cycle: {formatDay(progress.cycleStart)} to {formatDay(progress.cycleEnd)}
      </h3>
      <p className="stat">
        {progress.total} of {progress.cycleTarget} credits{check}
      </p>
      <p style={{ marginTop: 0 }}>
        Group A: {progress.groupA}
        {progress.groupAMinimum !== null && (
          <> of the {formatCount(cisspFacts.cpeGroupAMinimumPerCycle, 'Group A credits')} required for the CISSP</>
        )}
        ; Group B: {progress.groupB}.
      </p>
      <p role="status">
        <span className="pill">{statusLabels[progress.status]}</span> {progress.nextStep}
      </p>
      <div style={{ overflowX: 'auto' }}>
        <table>
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>Credits by cycle year</caption>
          <thead>
            <tr>
              <th scope="col">Cycle year</th>
              <th scope="col">Dates</th>
              <th scope="col">Group A</th>
              <th scope="col">Group B</th>
              <th scope="col">Total</th>
              <th scope="col">Yearly figure</th>
            </tr>
          </thead>
          <tbody>
            {progress.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">
                  Year {y.year}
                  {y.state === 'current' ? ' (now)' : ''}
                </th>
                <td>
                  {formatDay(y.start)} to {formatDay(y.end)}
                </td>
                <td>{y.groupA}</td>
                <td>{y.groupB}</td>
                <td>{y.total}</td>
                <td>{y.yearlyTarget === null ? 'none' : `${y.yearlyTarget} ${y.yearlyTargetKind ?? ''}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {progress.ignored.length > 0 && (
        <>
          <h4 style={{ marginBottom: '0.25rem' }}>Not counted in this cycle</h4>
          <ul style={{ paddingLeft: '1.25rem', marginTop: 0 }}>
            {progress.ignored.map(({ entry, reason }, i) => (
              <li key={i}>
                {entry.activity} ({formatDay(entry.date)}): {reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
