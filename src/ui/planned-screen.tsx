import { Link } from 'react-router';

interface Props {
  title: string;
  summary: string;
  willHold: readonly string[];
}

/**
 * For a screen whose feature is not built yet: says plainly what it will hold and links to what
 * works now. No fake numbers.
 */
export function PlannedScreen({ title, summary, willHold }: Props) {
  return (
    <section aria-labelledby="planned-title">
      <h1 id="planned-title">{title}</h1>
      <p>{summary}</p>
      <div className="card">
        <h2>Not built yet. This screen will hold:</h2>
        <ul>
          {willHold.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
      <p>
        What works now: <Link to="/bank">browse the question bank</Link> with every explanation, and{' '}
        <Link to="/settings">choose light or dark theme</Link>.
      </p>
    </section>
  );
}
