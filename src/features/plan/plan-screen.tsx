import { PlannedScreen } from '../../ui/planned-screen';

export function PlanScreen() {
  return (
    <PlannedScreen
      title="Study plan"
      summary="A week-by-week plan for 4–6 months at 10–15 hours a week (CC: 4–8 weeks), weighted by domain and re-planned from what you actually did."
      willHold={[
        'Plan set-up: exam, dates, hours per week, background and study days',
        'Weekly work by domain, phases and mock exams in the final weeks',
        'Manual time entries for reading, video, labs and classes',
      ]}
    />
  );
}
