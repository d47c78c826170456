import type { ReactNode, Ref } from 'react';
import { navRoutes, type RouteEntry } from './routes';

interface Props {
  /** Draws one navigation link: the app's router link, or a plain link in the first-visit preview. */
  link: (route: RouteEntry, className: string) => ReactNode;
  mainRef?: Ref<HTMLElement>;
  busy?: boolean;
  children: ReactNode;
}

/**
 * The app's frame: skip link, navigation, main. The shell and the first-visit preview both draw it,
 * so the app replaces the preview without anything moving.
 */
export function ShellFrame({ link, mainRef, busy = false, children }: Props) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="shell-nav" aria-label="Main">
        {link({ path: '/', label: 'Bastion' }, 'brand')}
        <ul>
          {navRoutes.map((r) => (
            <li key={r.path}>{link(r, 'nav-link')}</li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} className="shell-main" tabIndex={-1} aria-busy={busy}>
        {children}
      </main>
    </div>
  );
}
