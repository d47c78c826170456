import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Shown when a screen throws: says what happened and that the learner's data is untouched. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <main className="shell-main" role="alert">
      <h1>Something went wrong on this screen</h1>
      <p>Your study data is stored in this browser and was not changed. Reload the page to try again.</p>
      <pre className="card">{message}</pre>
      <a href="/">Back to Today</a>
    </main>
  );
}
