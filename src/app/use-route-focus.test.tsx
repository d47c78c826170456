import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useRef, useState } from 'react';
import { createMemoryRouter, Link, Outlet, RouterProvider, useNavigate } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useRouteFocus } from './use-route-focus';

function Layout() {
  const main = useRef<HTMLElement>(null);
  useRouteFocus(main);
  return (
    <>
      <nav>
        <Link to="/b">Go to B</Link>
      </nav>
      <main ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function ScreenA() {
  const navigate = useNavigate();
  // Pressing it leaves the screen, and the button with it: focus would fall back to the page.
  return <button onClick={() => void navigate('/b')}>Create and open B</button>;
}

function LoadingFirst() {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLoaded(true), 30);
    return () => clearTimeout(timer);
  }, []);
  return loaded ? <h1>Screen C</h1> : <p>Loading…</p>;
}

function GoToC() {
  const navigate = useNavigate();
  return <button onClick={() => void navigate('/c')}>Open C</button>;
}

const frame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        Component: Layout,
        children: [
          { path: 'a', Component: ScreenA },
          { path: 'a2', Component: GoToC },
          { path: 'b', Component: () => <h1>Screen B</h1> },
          { path: 'c', Component: LoadingFirst },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('useRouteFocus', () => {
  afterEach(cleanup);

  it("moves focus to the new screen's heading when the control pressed went away with the old screen", async () => {
    renderAt('/a');
    await userEvent.click(screen.getByRole('button', { name: 'Create and open B' }));
    await frame();
    expect(screen.getByRole('heading', { name: 'Screen B' })).toHaveFocus();
  });

  it('waits for the heading of a screen that says "Loading…" first', async () => {
    renderAt('/a2');
    await userEvent.click(screen.getByRole('button', { name: 'Open C' }));
    expect(await screen.findByRole('heading', { name: 'Screen C' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Screen C' })).toHaveFocus());
  });

  it('leaves focus where it is when it is still on a control that exists (a navigation link)', async () => {
    renderAt('/a');
    await userEvent.click(screen.getByRole('link', { name: 'Go to B' }));
    await frame();
    expect(screen.getByRole('link', { name: 'Go to B' })).toHaveFocus();
  });

  it('does nothing on the first screen of a page load', async () => {
    renderAt('/b');
    await frame();
    expect(document.body).toHaveFocus();
  });
});
