/**
 * Registers the service worker (vite-plugin-pwa, `registerType: 'prompt'`) from a bundled module —
 * the CSP allows no inline script — and reports when a new version is installed and waiting.
 */
import { useRegisterSW } from 'virtual:pwa-register/react';

/** Long-lived tabs (an SPA never navigates) look for a new version this often, when online. */
const UPDATE_CHECK_MS = 60 * 60_000;

export interface ServiceWorkerUpdate {
  /** A new version is installed and waits for the learner's go-ahead. */
  waiting: boolean;
  /** Lets the waiting version take over; every tab of the app then reloads into it. */
  apply: () => void;
}

export function useServiceWorkerUpdate(): ServiceWorkerUpdate {
  const {
    needRefresh: [waiting],
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      window.setInterval(() => {
        if (navigator.onLine && !registration.installing) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });
  return {
    waiting,
    apply: () => {
      // The page asks the waiting worker itself and reloads once the new version takes over. The
      // library's updateServiceWorker (workbox-window's skip-waiting message, then a reload on its
      // 'controlling' event) left the new version waiting, with nothing reloaded, in about one
      // browser-test run in five when pressed soon after the page loaded.
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      void navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting?.postMessage({ type: 'SKIP_WAITING' }));
    },
  };
}
