import { useEffect, useRef } from 'react';
import { fieldElementId } from './field-errors';

const fieldNames: Record<string, string> = {
  id: 'Question id',
  exams: 'Exam',
  domain: 'CISSP domain',
  objective: 'CISSP objective',
  ccDomain: 'CC domain',
  ccObjective: 'CC objective',
  difficulty: 'Difficulty',
  stem: 'Stem',
  options: 'Options',
  answer: 'Correct answer',
  tags: 'Tags',
  references: 'References',
  form: 'Question',
};

const nameOf = (field: string): string => {
  const option = /^options\[(\d)\]\.(text|explanation)$/.exec(field);
  if (option) return `Option ${'ABCD'[Number(option[1])]} ${option[2] === 'text' ? 'text' : 'explanation'}`;
  return fieldNames[field] ?? field;
};

/** After a save was tried: every problem, each a link that moves focus to its field. */
export function ErrorSummary({ problems }: { problems: [string, readonly string[]][] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const count = problems.length;
  useEffect(() => {
    if (count > 0) heading.current?.focus();
  }, [count]);
  if (count === 0) return null;
  return (
    <div className="banner" role="alert">
      <h2 ref={heading} tabIndex={-1} style={{ marginTop: 0 }}>
        Not saved: {count} field{count === 1 ? '' : 's'} to fix
      </h2>
      <ul>
        {problems.map(([field, messages]) => (
          <li key={field}>
            <a
              href={`#${fieldElementId(field)}`}
              onClick={(e) => {
                const target = document.getElementById(fieldElementId(field));
                if (!target) return;
                e.preventDefault();
                target.focus();
              }}
            >
              {nameOf(field)}: {messages.join('; ')}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
