import { PlannedScreen } from '../../ui/planned-screen';

export function PracticeScreen() {
  return (
    <PlannedScreen
      title="Practice"
      summary="Practice sessions on the domains, objectives and tags you choose, with every option explained after you answer."
      willHold={[
        'Session set-up: exam, domains, objectives, tags, difficulty, source and size',
        'Keyboard answering (1–4 or A–D, Enter, N, F) and a confidence rating that feeds FSRS',
        'A session summary with per-domain results and the questions you missed',
      ]}
    />
  );
}
