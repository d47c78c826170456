import { Suspense, useRef } from 'react';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { useBankSyncStatus } from '../data/bank-sync-status';
import { navRoutes } from './routes';
import { StorageFullAlert } from './storage-full-alert';
import { UpdatePrompt } from './update-prompt';
import { usePersistenceRequest } from './use-persistence-request';
import { useRouteFocus } from './use-route-focus';

export function Shell() {
  const navigation = useNavigation();
  const main = useRef<HTMLElement>(null);
  usePersistenceRequest();
  useRouteFocus(main);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="shell-nav" aria-label="Main">
        <NavLink to="/" className="brand">
          Bastion
        </NavLink>
        <ul>
          {navRoutes.map((r) => (
            <li key={r.path}>
              <NavLink to={r.path} end={r.path === '/'} className="nav-link">
                {r.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main} className="shell-main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <StorageFullAlert />
        <UpdatePrompt />
        <BankSyncBanner />
        <Suspense fallback={<p>Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

function BankSyncBanner() {
  const { phase, done, total, error } = useBankSyncStatus();
  if (phase === 'loading' && total > 0)
    return (
      <div className="banner" role="status">
        Loading the question bank… <progress max={total} value={done} aria-label="Question bank loading" /> {done} of {total}
      </div>
    );
  if (phase === 'error')
    return (
      <div className="banner" role="alert">
        The question bank could not be loaded: {error}
      </div>
    );
  return null;
}
