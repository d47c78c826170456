import { useState } from 'react';
import { useSessionsInProgress } from '../data/session-activity';
import { UpdateBanner } from './update-banner';
import { useServiceWorkerUpdate } from './use-service-worker';

/** Offers a waiting new version of the app, but only to reload when no session or exam is in progress. */
export function UpdatePrompt() {
  const update = useServiceWorkerUpdate();
  const inProgress = useSessionsInProgress();
  const [later, setLater] = useState(false);
  if (!update.waiting || later || inProgress === undefined) return null;
  return <UpdateBanner inProgress={inProgress} onReload={update.apply} onLater={() => setLater(true)} />;
}
