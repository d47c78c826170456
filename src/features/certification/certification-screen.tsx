import { appNow } from '../../data/clock';
import { useCertificationProfile } from '../../data/certification-repo';
import { AfterExamSection } from './after-exam-section';
import { CpeSection } from './cpe-section';
import { EligibilitySection } from './eligibility-section';
import { FactsSection } from './facts-section';
import { RolePathsSection } from './role-paths-section';

interface Props {
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

/** Beyond the exam: can you certify, what to do after passing, and which certifications fit your role. */
export function CertificationScreen({ now = appNow }: Props) {
  const profile = useCertificationProfile();
  const today = now();
  return (
    <section aria-labelledby="certification-title">
      <h1 id="certification-title">Certification</h1>
      <p>
        Passing the exam is one step. Check whether your experience qualifies, track the endorsement deadline and your CPE credits, and see
        which certifications fit your role. Everything stays in this browser.
      </p>
      <p className="banner">
        Unofficial: Bastion is not ISC2. Confirm your eligibility and every deadline with ISC2 before you rely on it.
      </p>
      {profile === undefined ? (
        <p role="status">Loading your certification profile…</p>
      ) : (
        <>
          <EligibilitySection profile={profile} now={today} />
          <AfterExamSection profile={profile} now={today} />
          <CpeSection profile={profile} now={today} />
          <RolePathsSection role={profile.role} />
          <FactsSection />
        </>
      )}
    </section>
  );
}
