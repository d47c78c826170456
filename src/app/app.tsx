import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { startBankSync } from '../data/bank-sync-status';
import { router } from './router';
import { useAppliedTheme } from './use-applied-theme';

export function App() {
  useAppliedTheme();
  // The bank loads after the first paint so start-up never waits for it.
  useEffect(() => {
    void startBankSync();
  }, []);
  return <RouterProvider router={router} />;
}
