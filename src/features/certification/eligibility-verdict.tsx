import { qualifyingExperience, type Credential, type ExperienceResult, type Job } from '../../domain/certification/experience';
import { countOf } from '../../domain/count-text';
import { formatDay } from './format-day';

interface Props {
  jobs: readonly Job[];
  credentials: readonly Credential[];
  now: Date;
}

function headline(result: ExperienceResult, jobCount: number): string {
  if (jobCount === 0) return 'Add your jobs to see whether you meet the requirement.';
  if (result.qualifies) return 'You meet the CISSP experience requirement now.';
  if (result.projectedQualifyDate !== null)
    return `Not yet. At the pace of your current work you meet the requirement on ${formatDay(result.projectedQualifyDate)}.`;
  return 'Not yet, and your current work gives no date by which you would. The Associate of ISC2 path is open to you.';
}

/** The verdict of the CISSP experience rule, with every reason the domain gives for it. */
export function EligibilityVerdict({ jobs, credentials, now }: Props) {
  let result: ExperienceResult;
  try {
    result = qualifyingExperience(jobs, credentials, now);
  } catch (error) {
    // Saved jobs are validated, so this is a bug rather than a typo; still, say what went wrong.
    return (
      <p role="alert" className="banner">
        The experience check could not run: {error instanceof Error ? error.message : String(error)}
      </p>
    );
  }
  const domains = result.domainsCovered;
  return (
    <div>
      <h3 id="verdict-title">Your verdict</h3>
      <div role="status">
        <p className="stat">
          {result.months} of {result.requiredMonths} months
        </p>
        <p className="muted" style={{ marginTop: 0 }}>
          credited,{' '}
          {domains.length === 0 ? 'in no CISSP domain yet' : `across ${countOf(domains.length, 'domain')} (${domains.join(', ')})`}
        </p>
        <p>
          <strong className={result.qualifies ? 'good' : undefined}>{headline(result, jobs.length)}</strong>
        </p>
      </div>
      {jobs.length > 0 && result.associatePath.applies && <p>{result.associatePath.text}</p>}
      <h4 style={{ marginBottom: '0.25rem' }}>Why</h4>
      <ul aria-label="Reasons for the verdict" style={{ paddingLeft: '1.25rem', marginTop: 0 }}>
        {result.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}
