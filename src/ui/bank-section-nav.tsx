import { NavLink } from 'react-router';

const sections = [
  { to: '/bank', label: 'Questions', end: true },
  { to: '/bank/packs', label: 'Packs', end: false },
  { to: '/bank/mine', label: 'My questions', end: false },
  { to: '/bank/quality', label: 'Quality', end: false },
];

/** The Bank area's own sections: the question browser, packs, the learner's own questions, quality figures. */
export function BankSectionNav() {
  return (
    <nav aria-label="Bank sections" className="section-nav">
      <ul>
        {sections.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to} end={s.end}>
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
