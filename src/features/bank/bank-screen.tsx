import { useMemo } from 'react';
import { countByDomain, emptyFilter, filterQuestions, inOutlineOrder } from '../../domain/bank/question-filter';
import { findChoice, packChoices } from '../../data/pack-choices';
import { usePackSummaries } from '../../data/pack-summaries-repo';
import { useActiveQuestions } from '../../data/questions-repo';
import { BankSectionNav } from '../../ui/bank-section-nav';
import { BankFilters } from './bank-filters';
import { QuestionList } from './question-list';
import { useBankFilter } from './use-bank-filter';
import { countText } from '../../domain/count-text';

export function BankScreen() {
  const questions = useActiveQuestions();
  const [filter, setFilter] = useBankFilter();
  const summaries = usePackSummaries();
  const choices = useMemo(() => (summaries ? packChoices(summaries, filter.exam) : []), [summaries, filter.exam]);
  const packIds = findChoice(choices, filter.pack)?.packIds;
  const examQuestions = useMemo(
    () =>
      inOutlineOrder(
        (questions ?? []).filter((q) => q.exams.includes(filter.exam) && (!packIds || packIds.includes(q.packId))),
        filter.exam,
      ),
    [questions, filter.exam, packIds],
  );
  const counts = useMemo(() => countByDomain(examQuestions, filter.exam), [examQuestions, filter.exam]);
  const shown = useMemo(() => filterQuestions(examQuestions, filter), [examQuestions, filter]);

  return (
    <section aria-labelledby="bank-title">
      <h1 id="bank-title">Question bank</h1>
      <BankSectionNav />
      <p className="muted">
        Every question in the bank, with its key and an explanation for each option. Filter by exam, pack, domain, objective, tag and
        difficulty, or search the text.
      </p>
      <div className="bank-layout">
        <BankFilters filter={filter} onChange={setFilter} packChoices={choices} domainCounts={counts} questions={examQuestions} />
        <div>
          <p role="status" aria-live="polite">
            {questions === undefined
              ? 'Loading questions…'
              : `${countText(shown.length)} of ${countText(examQuestions.length)} ${filter.exam.toUpperCase()} questions`}
          </p>
          {questions !== undefined && shown.length === 0 && (
            <p>
              No {filter.exam.toUpperCase()} question matches these filters.{' '}
              <button type="button" onClick={() => setFilter({ ...emptyFilter(filter.exam), pack: '' })}>
                Clear the filters
              </button>
            </p>
          )}
          <QuestionList questions={shown} />
        </div>
      </div>
    </section>
  );
}
