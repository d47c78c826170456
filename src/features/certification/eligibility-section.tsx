import { useState } from 'react';
import { cisspFacts, formatCount } from '../../domain/certification/certification-facts';
import { removeJob, type CertificationProfile, type StoredJob } from '../../data/certification-repo';
import { ActionStatus, useActionStatus } from '../../ui/action-status';
import { CredentialForm } from './credential-form';
import { EligibilityVerdict } from './eligibility-verdict';
import { JobForm } from './job-form';
import { JobList } from './job-list';

interface Props {
  profile: CertificationProfile;
  now: Date;
}

/** Can you certify? Jobs and credentials in, the CISSP experience verdict out. */
export function EligibilitySection({ profile, now }: Props) {
  const [editing, setEditing] = useState<StoredJob | null>(null);
  const [status, say] = useActionStatus();
  /** Says what happened and puts focus on the words: the Remove that was pressed is going. */
  const announce = (text: string) => say(text, true);
  return (
    <section className="card" aria-labelledby="eligibility-title">
      <h2 id="eligibility-title">Can you certify? The CISSP experience check</h2>
      <p>
        The CISSP needs {formatCount(cisspFacts.experienceYears, 'years')} of cumulative, paid work spanning at least{' '}
        {formatCount(cisspFacts.minimumDomains, `of the ${cisspFacts.domainCount.value} domains`)}. Part-time work and internships count pro
        rata, and jobs held at the same time are not counted twice. Without enough experience you can still pass the exam and become an
        Associate of ISC2.
      </p>
      <div className="grid-2">
        <div>
          <JobForm
            key={editing?.id ?? 'new'}
            job={editing}
            onSaved={(title) => {
              setEditing(null);
              say(`Saved “${title}”.`);
            }}
            onCancel={() => setEditing(null)}
          />
        </div>
        <div>
          <h3>Your jobs</h3>
          <JobList
            jobs={profile.jobs}
            onEdit={(job) => setEditing(job)}
            onRemove={(job) => {
              if (editing?.id === job.id) setEditing(null);
              void removeJob(job.id).then(
                () => announce(`Removed “${job.title}”.`),
                (error: Error) => announce(error.message),
              );
            }}
          />
          <CredentialForm credentials={profile.credentials} onMessage={say} onRemoved={announce} />
        </div>
      </div>
      <ActionStatus {...status} className="muted" />
      <EligibilityVerdict jobs={profile.jobs} credentials={profile.credentials} now={now} />
    </section>
  );
}
