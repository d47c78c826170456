import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { blueprints, findDomain } from '../../domain/exam-blueprints';
import { dateTimeText } from '../../domain/day-text';
import { TIME_RULE_WINDOW, timeRuleFailure, type ExamState } from '../../domain/exam/cat-engine';
import { examOutcome, examOutcomeText, examRunMinutes } from '../../domain/exam/exam-history';
import {
  domainProficiency,
  hasEnoughItemsToScore,
  PASSING_SCALED_SCORE,
  scaledInterval,
  type DomainProficiency,
} from '../../domain/exam/exam-scoring';
import { MIN_EXAM_ITEMS_PER_DOMAIN } from '../../domain/readiness/readiness-rules';
import type { LoadedExam } from '../../data/exam-hooks';
import { OptionExplanations } from '../../ui/option-explanations';

const endedByText = {
  confidence: 'the confidence rule: from item 100 on, the 95% interval of your ability lay wholly on one side of the passing line',
  'max-length': 'the maximum-length rule: the last item was reached and the final estimate was compared with the passing line',
  time: 'the time rule: time ran out',
} as const;

/** Why the time rule failed an exam, in the terms of the rule (see timeRuleFailure); null otherwise. */
function timeFailText(engine: ExamState): string | null {
  if (engine.result?.endedBy !== 'time' || engine.result.passed) return null;
  const { minItems } = engine.form;
  const answered = engine.answered.length;
  if (timeRuleFailure(engine) === 'too-few-items') {
    return `Why a fail: time ran out after ${answered} ${answered === 1 ? 'item' : 'items'}, and this exam needs at least ${minItems}; running out of time before that is a fail, whatever the score.`;
  }
  const window = Math.min(TIME_RULE_WINDOW, engine.thetaHistory.length);
  return `Why a fail: when time runs out after at least ${minItems} items, the exam is a pass only if your estimate stayed above the passing line after each of your last ${window} scored answers, and it did not.`;
}

/** A domain's label, or why it has none: on fewer items than readiness counts, it mostly repeats the prior. */
function proficiencyText({ items, label }: Pick<DomainProficiency, 'items' | 'label'>): string {
  if (items === 0) return 'no items';
  if (items < MIN_EXAM_ITEMS_PER_DOMAIN) return `too few items for a label (${MIN_EXAM_ITEMS_PER_DOMAIN} needed)`;
  return label === 'above' ? 'Above proficiency' : label === 'below' ? 'Below proficiency' : 'Near proficiency';
}

/** Simulated result, ability with its interval, domain proficiency, time per item and a full review. */
export function ExamResults({ exam, onDone }: { exam: LoadedExam; onDone: () => void }) {
  const { state, record } = exam;
  const engine = state.engine;
  const result = engine.result;
  const form = engine.form;
  const scaled = scaledInterval(engine.theta, engine.se, form.cutTheta);
  const scored = hasEnoughItemsToScore(engine);
  const domains = domainProficiency(engine);
  const answeringMs = state.answers.reduce((sum, a) => sum + a.responseMs, 0);
  const perItem = state.answers.length ? Math.round(answeringMs / state.answers.length / 1000) : 0;
  // The time the exam ran, not the sum of the answers' times: those miss the time that ran out after the last answer.
  const ranMinutes = examRunMinutes(engine, record.finishedAt ?? record.updatedAt);
  const timeFail = timeFailText(engine);
  const scoredFlags = engine.answered.map((a) => a.scored);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The exam's screen gave way to its result: the result's heading takes focus and is read out.
  useEffect(() => {
    headingRef.current?.focus();
  }, [record.id]);
  return (
    <section aria-labelledby="exam-result-title">
      <h1 id="exam-result-title" ref={headingRef} tabIndex={-1}>
        Simulated result: {examOutcomeText[examOutcome(engine)].toLowerCase()} · {blueprints[form.exam].name}
      </h1>
      <div className="grid-2">
        <div className="card">
          <h2>Scaled score</h2>
          {scored ? (
            <>
              <p className="stat">{scaled.score}</p>
              <p>
                95% interval {scaled.low}–{scaled.high} on the 0–1000 scale; passing is {PASSING_SCALED_SCORE}.
              </p>
              <p className="muted">
                Ability θ = {engine.theta.toFixed(2)} ± {(1.96 * engine.se).toFixed(2)} logits (Rasch). The scale maps the passing line to
                700 and each logit to 100 points. This estimates your standing on Bastion’s bank; it is not an ISC2 score.
              </p>
            </>
          ) : (
            <>
              <p className="stat">—</p>
              <p>
                No score: the exam ended after {engine.answered.length} {engine.answered.length === 1 ? 'item' : 'items'}, and a score needs
                at least {form.minItems}, the fewest this exam asks.
              </p>
            </>
          )}
        </div>
        <div className="card">
          <h2>How it ended</h2>
          <p>
            {state.answers.length} items answered ({scoredFlags.filter((s) => !s).length} of them unscored pretest items) in {ranMinutes}{' '}
            min{result?.endedBy === 'time' ? ', all the time allowed' : ''}; each answer took about {perItem} s.
          </p>
          <p>
            {result
              ? `Ended by ${endedByText[result.endedBy]}.`
              : state.endedByLearner
                ? 'Ended by you before any of its ending rules applied, so it has no pass or fail, and your readiness does not count it.'
                : // No rule ended it and the learner did not: the bank had no further question for this form.
                  'Ended when your bank had no further question for this form, before any of its ending rules applied, so it has no pass or fail, and your readiness does not count it. Import more questions (Bank → Packs) for a full exam.'}
          </p>
          {timeFail && <p>{timeFail}</p>}
          <p className="muted">
            The clock ran from {dateTimeText(new Date(engine.startedAt))}; time while Bastion was closed was counted, as in a test centre.
            {state.includesRecent ? ' This exam included questions you had answered in the last 14 days.' : ''}
          </p>
        </div>
      </div>
      <div className="card">
        <h2>By domain</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Scored items</th>
              <th scope="col">Proficiency</th>
            </tr>
          </thead>
          <tbody>
            {domains.map((d) => (
              <tr key={d.domain}>
                <td>
                  {d.domain}. {findDomain(form.exam, d.domain)?.title}
                </td>
                <td>{d.items}</td>
                <td>{proficiencyText(d)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          As in ISC2’s feedback: above or below when the domain’s estimate is more than one standard error from the passing line.
        </p>
      </div>
      <h2>Review every item</h2>
      <ol className="exam-review">
        {state.answers.map((a, i) => {
          const q = exam.questions.get(a.key);
          if (!q) return null;
          return (
            <li key={`${a.key}-${i}`} className="card">
              <p className="muted">
                Item {i + 1} · {a.correct ? 'correct' : 'incorrect'} · {Math.round(a.responseMs / 1000)} s
                {scoredFlags[i] === false ? ' · unscored pretest item' : ''} ·{' '}
                <Link to={`/bank/${encodeURIComponent(a.key)}`}>open in bank</Link>
              </p>
              <p className="stem">{q.stem}</p>
              <OptionExplanations question={q} order={a.order} chosen={a.chosen} />
            </li>
          );
        })}
      </ol>
      <button type="button" className="primary" onClick={onDone}>
        Back to exams
      </button>
      {record.finishedAt && <p className="muted">Finished {dateTimeText(record.finishedAt)}.</p>}
    </section>
  );
}
