import { RouterProvider } from 'react-router';
import { router } from './router';
import { useAppliedTheme } from './use-applied-theme';

export function App() {
  useAppliedTheme();
  return <RouterProvider router={router} />;
}
