import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After the app moves to another screen, a keyboard or screen-reader user whose focus was lost with
 * the old screen (the control they pressed is gone, so focus fell back to the page itself) lands on
 * the new screen's heading, not at the top of the page behind "Skip to content" and the navigation.
 * Focus a screen gives itself (a practice question, a preview, a list item) and focus still on a
 * control that exists (a navigation link) are left alone. Changes of the address's search (filters)
 * are not a new screen.
 */
export function useRouteFocus(main: React.RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false; // a page load: the browser's own start, at the top, is right
      return;
    }
    // After the new screen's own effects, which may place focus themselves.
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      const target = main.current?.querySelector<HTMLElement>('h1') ?? main.current;
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: false });
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname, main]);
}
