import { Suspense, useRef } from 'react';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { useBankSyncStatus } from '../data/bank-sync-status';
import type { RouteEntry } from './routes';
import { ShellFrame } from './shell-frame';
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
    <ShellFrame link={navLink} mainRef={main} busy={navigation.state === 'loading'}>
      <StorageFullAlert />
      <UpdatePrompt />
      <BankSyncBanner />
      <Suspense fallback={<p>Loading…</p>}>
        <Outlet />
      </Suspense>
    </ShellFrame>
  );
}

function navLink(route: RouteEntry, className: string) {
  return (
    <NavLink to={route.path} end={route.path === '/'} className={className}>
      {route.label}
    </NavLink>
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
