interface Props {
  title: string;
  problems: readonly string[];
}

/** Why an input was refused: every problem, as text, and the reassurance that nothing changed. */
export function ProblemList({ title, problems }: Props) {
  return (
    <div role="alert" className="banner">
      <p className="flush">
        <strong>{title}</strong> Nothing was changed. What is wrong:
      </p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
