import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { expectFirstScreen, startBankSync } from './data/bank-sync-status';
import './app/styles.css';

// Practice and Review ask start-up's bulk work to wait for their first drawing as they mount
// (use-first-screen.ts), but their code arrives after the bank check: on their addresses, ask now.
// Otherwise a first visit's packs were fetched before Practice mounted, beside its code.
if (['/practice', '/review'].includes(window.location.pathname)) expectFirstScreen();
// Start loading the bundled bank now, in parallel with the first render, not after it.
void startBankSync();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
