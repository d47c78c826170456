import { PlannedScreen } from '../../ui/planned-screen';

export function ExamScreen() {
  return (
    <PlannedScreen
      title="Exam simulation"
      summary="A faithful simulation of the CISSP computerized adaptive test (100–150 items, 3 hours) and the ISC2 CC exam."
      willHold={[
        'Rasch-model adaptive item selection within the 2024 domain weights, with 25 unscored pretest items',
        'The three ISC2 stop rules (confidence, maximum length, time) and no going back',
        'Results on the 0–1000 scale with a 95% interval and per-domain proficiency',
        'A readiness estimate with its uncertainty',
      ]}
    />
  );
}
