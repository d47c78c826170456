import { useState } from 'react';
import { useSessionsInProgress } from '../data/session-activity';
import { UpdateBanner } from './update-banner';
import { useServiceWorkerUpdate } from './use-service-worker';

/** Offers a waiting new version of the app, but only to reload when no session or exam is in progress. */
export function UpdatePrompt() {
  const update = useServiceWorkerUpdate();
  const [later, setLater] = useState(false);
  if (!update.waiting || later) return null;
  return <WaitingUpdate onReload={update.apply} onLater={() => setLater(true)} />;
}

/** Watches for sessions in progress only while an update waits, not on every answer of every session. */
function WaitingUpdate({ onReload, onLater }: { onReload: () => void; onLater: () => void }) {
  const inProgress = useSessionsInProgress();
  if (inProgress === undefined) return null;
  return <UpdateBanner inProgress={inProgress} onReload={onReload} onLater={onLater} />;
}
