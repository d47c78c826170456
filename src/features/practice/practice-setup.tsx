import { ExamRadios } from '../../ui/exam-radios';
import { useState } from 'react';
import { blueprints, type ExamId } from '../../domain/exam-blueprints';
import type { SessionConfig, SessionSource } from '../../domain/study/session';
import { TagOptions } from '../../ui/tag-options';
import { usePracticeMatchCount } from '../../data/study-starters';
import { usePackSummaries } from '../../data/pack-summaries-repo';
import { findChoice, packChoices } from '../../data/pack-choices';
import { PackSelect } from '../../ui/pack-select';
import { countText } from '../../domain/count-text';

const sources: { value: SessionSource; label: string }[] = [
  { value: 'all', label: 'All questions' },
  { value: 'new', label: 'New only' },
  { value: 'due', label: 'Due for review' },
  { value: 'missed', label: 'Missed before' },
  { value: 'flagged', label: 'Flagged' },
];
const sizes: (number | null)[] = [10, 25, 50, 100, null];
const toggle = <T,>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

interface Props {
  exam: ExamId;
  now: () => Date;
  onStart: (config: SessionConfig) => void;
}

/** Set up a practice session: exam, pack, domains, objectives, tags, difficulty, source and size. */
export function PracticeSetup({ exam: initialExam, now, onStart }: Props) {
  const [exam, setExam] = useState<ExamId>(initialExam);
  const [domains, setDomains] = useState<number[]>([]);
  const [objective, setObjective] = useState('');
  const [tag, setTag] = useState('');
  const [difficulties, setDifficulties] = useState<(1 | 2 | 3)[]>([]);
  const [source, setSource] = useState<SessionSource>('all');
  const [size, setSize] = useState<number | null>(10);
  const [pack, setPack] = useState('');
  const summaries = usePackSummaries();
  const choices = summaries ? packChoices(summaries, exam) : [];
  const chosenPack = findChoice(choices, pack);

  const config: SessionConfig = {
    kind: 'practice',
    exam,
    title: `${blueprints[exam].name} practice${chosenPack ? `: ${chosenPack.label}` : ''}`,
    domains,
    objectives: objective ? [objective] : [],
    tags: tag ? [tag] : [],
    difficulties,
    source,
    size,
    ...(chosenPack ? { packs: chosenPack.packIds } : {}),
  };
  const matches = usePracticeMatchCount(config, now());

  const blueprint = blueprints[exam];
  const objectives = blueprint.domains.filter((d) => domains.length === 0 || domains.includes(d.number)).flatMap((d) => d.objectives);
  return (
    <form
      className="card practice-setup"
      aria-labelledby="setup-title"
      onSubmit={(e) => {
        e.preventDefault();
        onStart(config);
      }}
    >
      <h2 id="setup-title">New practice session</h2>
      <div className="grid-2">
        <ExamRadios
          name="setup-exam"
          value={exam}
          onChange={(x) => {
            setExam(x);
            setDomains([]);
            setObjective('');
          }}
          labelClassName="check"
        />
        <fieldset>
          <legend>Questions from</legend>
          {sources.map((s) => (
            <label key={s.value} className="check">
              <input type="radio" name="setup-source" checked={source === s.value} onChange={() => setSource(s.value)} /> {s.label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Domains (none ticked: all)</legend>
          {blueprint.domains.map((d) => (
            <label key={d.number} className="check">
              <input
                type="checkbox"
                checked={domains.includes(d.number)}
                onChange={() => {
                  setDomains(toggle(domains, d.number));
                  setObjective('');
                }}
              />{' '}
              {d.number}. {d.title}
            </label>
          ))}
        </fieldset>
        <div className="setup-filters">
          <PackSelect id="setup-pack" choices={choices} value={pack} onChange={setPack} examName={blueprint.name} className="wide" />
          <label htmlFor="setup-objective">Objective</label>
          <select id="setup-objective" value={objective} onChange={(e) => setObjective(e.target.value)} className="wide">
            <option value="">All objectives</option>
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.id} {o.title}
              </option>
            ))}
          </select>
          <label htmlFor="setup-tag">Tag</label>
          <select id="setup-tag" value={tag} onChange={(e) => setTag(e.target.value)} className="wide">
            <option value="">All tags</option>
            <TagOptions />
          </select>
          <div className="grid-2">
            <fieldset>
              <legend>Difficulty (none ticked: all)</legend>
              {([1, 2, 3] as const).map((d) => (
                <label key={d} className="check">
                  <input type="checkbox" checked={difficulties.includes(d)} onChange={() => setDifficulties(toggle(difficulties, d))} />{' '}
                  {d === 1 ? 'Easy' : d === 2 ? 'Medium' : 'Hard'}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Size</legend>
              {sizes.map((s) => (
                <label key={String(s)} className="check inline">
                  <input type="radio" name="setup-size" checked={size === s} onChange={() => setSize(s)} /> {s ?? 'Until I stop'}
                </label>
              ))}
            </fieldset>
          </div>
        </div>
      </div>
      <p role="status">
        {matches === undefined
          ? 'Counting matching questions…'
          : matches === 0
            ? 'No question matches these choices. Widen the filters or pick another source.'
            : `${countText(matches)} matching question${matches === 1 ? '' : 's'}; the session takes ${size === null ? 'all of them' : countText(Math.min(size, matches))}.`}
      </p>
      <button type="submit" className="primary" disabled={!matches}>
        Start practice
      </button>
    </form>
  );
}
