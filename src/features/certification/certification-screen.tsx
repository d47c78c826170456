import { PlannedScreen } from '../../ui/planned-screen';

export function CertificationScreen() {
  return (
    <PlannedScreen
      title="Certification"
      summary="Can you certify once you pass? Eligibility, endorsement, CPE and certification paths by role."
      willHold={['CISSP experience check', 'Endorsement countdown and CPE tracker', 'Certification paths by role']}
    />
  );
}
