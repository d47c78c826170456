import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startBankSync } from './data/bank-sync-status';
import './app/styles.css';

// Start loading the bundled bank now, in parallel with the first render, not after it.
void startBankSync();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
