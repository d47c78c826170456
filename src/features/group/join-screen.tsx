import { useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { decodeAssignmentLink } from '../../domain/group/group-codec';
import { arrivalState } from './arrival-message';
import { AssignmentOffer } from './assignment-offer';
import { ProblemList } from './problem-list';

/**
 * Where an assignment link lands: `/group/join#a=<payload>`. The payload is read from the fragment,
 * which the browser never sends to a server, and previewed; nothing is stored until it is accepted.
 */
export function JoinScreen() {
  const { pathname, hash } = useLocation();
  const navigate = useNavigate();
  // With its path, a fragment without "a=" reads as a damaged Bastion link, which it is.
  const parsed = useMemo(() => decodeAssignmentLink(pathname + hash), [pathname, hash]);
  // Leaving drops the payload from the address, so it does not linger in the tab's history entry.
  const leave = (message: string) => navigate('/group', { replace: true, state: arrivalState(message) });
  return (
    <section aria-labelledby="join-title">
      <h1 id="join-title">Assignment from your study group</h1>
      {parsed.ok ? (
        <div className="card">
          <AssignmentOffer
            assignment={parsed.value}
            onAccepted={(title) => void leave(`Accepted “${title}”. It is in your assignments, on Today and on Practice.`)}
            onCancel={() => void leave('Not accepted. Nothing was changed.')}
          />
        </div>
      ) : (
        <ProblemList title="This link cannot be opened." problems={parsed.problems} />
      )}
      <p>
        <Link to="/group">Go to the group screen</Link>, where you can also open an assignment file.
      </p>
    </section>
  );
}
