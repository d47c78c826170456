/**
 * The app proper: started by main.tsx, which may have drawn a first visit's preview meanwhile.
 * With a preview, the app renders hidden and takes the preview's place once its own first screen
 * is drawn (bank-sync-status.ts's first-screen signal), or after a few seconds in any case.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { expectFirstScreen, startBankSync, whenFirstScreenShown } from '../data/bank-sync-status';
import { isQuick10Address } from '../domain/study/quick-link';
import { noteAppStarted } from '../data/start-hints';
import { App } from './app';
import type { ShownPreview } from './first-visit-preview';

/** Longest the app stays hidden behind a preview (a screen that never says it is drawn, an error). */
const PREVIEW_HANDOVER_LIMIT_MS = 5_000;

export function startApp(root: HTMLElement, preview: ShownPreview | undefined): void {
  // A Quick 10 link (Today's, or a bookmark) opens Practice, which asks start-up's bulk work to wait
  // for its first drawing as it mounts (use-first-screen.ts); its code arrives after the bank check,
  // so ask now, from the address. On a first visit the Quick 10 then starts from the starter set and
  // the packs wait for its first question (bank-sync-status.ts).
  if (isQuick10Address(window.location.pathname, window.location.search)) expectFirstScreen();
  void startBankSync();
  noteAppStarted();
  if (preview) {
    root.hidden = true;
    const limit = new Promise<void>((resolve) => setTimeout(resolve, PREVIEW_HANDOVER_LIMIT_MS));
    void Promise.race([whenFirstScreenShown(), limit]).then(() => preview.handOver(root));
  }
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
