import { useEffect } from 'react';
import { useSetting } from '../data/settings-repo';

/** Applies the theme setting to <html data-theme>, following the system when set to "system". */
export function useAppliedTheme(): void {
  const choice = useSetting('theme');
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = choice === 'dark' || (choice === 'system' && media.matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [choice]);
}
