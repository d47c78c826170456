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
    updateServiceWorker,
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
      // The library reloads on workbox-window's 'controlling' event after its skip-waiting message.
      // In about one browser-test run in five, pressed right after the page loaded, that left the
      // new version waiting and nothing reloaded. So the page also asks the waiting worker itself
      // (skipping waiting twice is harmless) and reloads as soon as the new version takes over.
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      void updateServiceWorker(true);
      void navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting?.postMessage({ type: 'SKIP_WAITING' }));
    },
  };
}
