import { PlannedScreen } from '../../ui/planned-screen';

export function ProgressScreen() {
  return (
    <PlannedScreen
      title="Progress"
      summary="Where you stand, per domain and objective, with honest uncertainty."
      willHold={[
        'Questions seen, objectives touched, accuracy with Wilson 95% intervals, and FSRS retrievability per domain',
        'Hours spent against the plan and an on-track status',
        'Charts with a table alternative: hours burn-up, coverage, accuracy trend, review forecast',
      ]}
    />
  );
}
