import { ExamRadios } from '../../ui/exam-radios';
import { useMemo } from 'react';
import type { PackChoice } from '../../data/pack-choices';
import { objectiveIn } from '../../domain/bank/question-filter';
import { blueprints } from '../../domain/exam-blueprints';
import type { Question } from '../../domain/pack/pack-schema';
import { PackSelect } from '../../ui/pack-select';
import { TagOptions } from '../../ui/tag-options';
import type { BankFilter } from './use-bank-filter';

interface Props {
  filter: BankFilter;
  onChange: (next: BankFilter) => void;
  /** Packs the list can be limited to (none: no choice to offer). */
  packChoices: readonly PackChoice[];
  domainCounts: Map<number, number>;
  questions: readonly Question[];
}

const toggle = <T,>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

export function BankFilters({ filter, onChange, packChoices, domainCounts, questions }: Props) {
  const blueprint = blueprints[filter.exam];
  const usedTags = useMemo(() => new Set(questions.flatMap((q) => q.tags)), [questions]);
  const objectiveCounts = useMemo(() => {
    const m = new Map<string, number>();
    for (const q of questions) {
      const o = objectiveIn(filter.exam, q);
      if (o) m.set(o, (m.get(o) ?? 0) + 1);
    }
    return m;
  }, [questions, filter.exam]);
  const objectives = blueprint.domains
    .filter((d) => filter.domains.length === 0 || filter.domains.includes(d.number))
    .flatMap((d) => d.objectives);

  return (
    <form className="bank-filters" role="search" aria-label="Filter questions" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="bank-search" className="visually-hidden">
        Search questions
      </label>
      <input
        id="bank-search"
        type="search"
        placeholder="Search stems and options"
        value={filter.text}
        onChange={(e) => onChange({ ...filter, text: e.target.value })}
        style={{ width: '100%', marginBottom: '0.75rem' }}
      />
      <ExamRadios
        name="exam"
        value={filter.exam}
        onChange={(exam) => onChange({ ...filter, exam, domains: [], objectives: [] })}
        labelClassName=""
      />
      <PackSelect
        id="bank-pack"
        choices={packChoices}
        value={filter.pack}
        onChange={(pack) => onChange({ ...filter, pack })}
        examName={blueprint.name}
        style={{ width: '100%', marginBottom: '0.75rem' }}
      />
      <fieldset>
        <legend>Domain</legend>
        {blueprint.domains.map((d) => (
          <label key={d.number}>
            <input
              type="checkbox"
              checked={filter.domains.includes(d.number)}
              onChange={() => onChange({ ...filter, domains: toggle(filter.domains, d.number), objectives: [] })}
            />
            {d.number}. {d.title} <span className="muted">({domainCounts.get(d.number) ?? 0})</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="bank-objective">Objective</label>
      <select
        id="bank-objective"
        value={filter.objectives[0] ?? ''}
        onChange={(e) => onChange({ ...filter, objectives: e.target.value ? [e.target.value] : [] })}
        style={{ width: '100%', marginBottom: '0.75rem' }}
      >
        <option value="">All objectives</option>
        {objectives.map((o) => (
          <option key={o.id} value={o.id}>
            {o.id} {o.title} ({objectiveCounts.get(o.id) ?? 0})
          </option>
        ))}
      </select>
      <label htmlFor="bank-tag">Tag</label>
      <select
        id="bank-tag"
        value={filter.tags[0] ?? ''}
        onChange={(e) => onChange({ ...filter, tags: e.target.value ? [e.target.value] : [] })}
        style={{ width: '100%', marginBottom: '0.75rem' }}
      >
        <option value="">All tags</option>
        <TagOptions include={(tag) => usedTags.has(tag)} />
      </select>
      <fieldset>
        <legend>Difficulty</legend>
        {([1, 2, 3] as const).map((d) => (
          <label key={d}>
            <input
              type="checkbox"
              checked={filter.difficulties.includes(d)}
              onChange={() => onChange({ ...filter, difficulties: toggle(filter.difficulties, d) })}
            />
            {difficultyLabel(d)}
          </label>
        ))}
      </fieldset>
    </form>
  );
}

export function difficultyLabel(d: 1 | 2 | 3): string {
  return d === 1 ? 'Easy' : d === 2 ? 'Medium' : 'Hard';
}
