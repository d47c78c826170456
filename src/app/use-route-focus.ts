import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { focusLost } from '../ui/focus-lost';

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
    let observer: MutationObserver | undefined;
    const frame = requestAnimationFrame(() => {
      if (!focusLost()) return;
      const region = main.current;
      if (!region) return;
      const heading = region.querySelector('h1');
      focusHeading(heading ?? region);
      if (heading) return;
      // A screen that says "Loading…" first: its heading takes focus when it comes, if focus is
      // still where this left it.
      observer = new MutationObserver(() => {
        const late = region.querySelector('h1');
        if (!late) return;
        observer?.disconnect();
        if (document.activeElement === region) focusHeading(late);
      });
      observer.observe(region, { childList: true, subtree: true });
    });
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
    };
  }, [pathname, main]);
}

function focusHeading(target: HTMLElement): void {
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}
