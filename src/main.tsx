import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { expectFirstScreen, startBankSync } from './data/bank-sync-status';
import { isQuick10Address } from './domain/study/quick-link';
import './app/styles.css';

// A Quick 10 link (Today's, or a bookmark) opens Practice, which asks start-up's bulk work to wait
// for its first drawing as it mounts (use-first-screen.ts); its code arrives after the bank check,
// so ask now, from the address. On a first visit the Quick 10 then starts from the starter set and
// the packs wait for its first question (bank-sync-status.ts).
if (isQuick10Address(window.location.pathname, window.location.search)) expectFirstScreen();
// Start loading the bundled bank now, in parallel with the first render, not after it.
void startBankSync();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
