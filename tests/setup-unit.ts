import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// findBy*/waitFor wait for IndexedDB transactions and live queries. On two CI cores shared by several
// suites these can take longer than Testing Library's 1 s default; 5 s keeps a slow machine from
// failing a correct flow, and a broken one still fails.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has <dialog> but not its modal methods; the app uses them for the shortcut list.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}
