import { PlannedScreen } from '../../ui/planned-screen';

export function GroupScreen() {
  return (
    <PlannedScreen
      title="Study group"
      summary="Assign domain sets to a study group and collect results, by file, link or QR code, with no server and no accounts."
      willHold={[
        'Assignments shared as a file or a link that carries the assignment in the URL fragment',
        'Member progress reports, previewed before sharing',
        "A lead's dashboard: completion, accuracy by domain, overdue work, CSV export",
      ]}
    />
  );
}
