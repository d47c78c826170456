import { PlannedScreen } from '../../ui/planned-screen';

export function ReviewScreen() {
  return (
    <PlannedScreen
      title="Review"
      summary="Spaced-repetition review of the questions you have answered, scheduled by FSRS."
      willHold={[
        'Due cards first, with domains interleaved, then new questions chosen by exam weight and weakness',
        'The next interval shown on each confidence choice',
        'Undo of the last answer',
      ]}
    />
  );
}
