import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// Screens render from live queries (IndexedDB, then React). On two cores shared by several test
// runs, a write and its re-render can take longer than findBy's default second; a passing check
// still returns as soon as it passes.
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
