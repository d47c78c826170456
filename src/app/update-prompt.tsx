import { useState } from 'react';
import { useSessionsInProgress } from '../data/session-activity';
import { UpdateBanner } from './update-banner';
import { useServiceWorkerUpdate } from './use-service-worker';
import { useStartupSettled } from './use-startup-settled';

/**
 * Offers a waiting new version of the app, but only to reload when no session or exam is in
 * progress. The service worker is registered (by the hook below) once start-up has settled.
 */
export function UpdatePrompt() {
  return useStartupSettled() ? <RegisteredUpdatePrompt /> : null;
}

function RegisteredUpdatePrompt() {
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
