import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ExamId } from '../../domain/exam-blueprints';
import type { ExamVariant } from '../../domain/exam/exam-form';
import { examChoiceFromSearch } from '../../domain/exam/exam-link';
import { appNow } from '../../data/clock';
import { useActiveExamId, useExam } from '../../data/exam-hooks';
import { expireExamIfTimeUp, startExamSession } from '../../data/exam-repo';
import { useSetting } from '../../data/settings-repo';
import { useFocusWhenShown } from '../../ui/use-focus-when-shown';
import { ExamPlayer } from './exam-player';
import { ExamResults } from './exam-results';
import { ExamHistory } from './exam-history';
import { ExamStart } from './exam-start';

const now = appNow;

/**
 * Exam: the running exam (resumed after a reload), the results of the last one (or of a past one,
 * `?result=<id>`), or the start form with the history of past exams (`?exam=cissp&variant=cat`
 * preselects a form, e.g. from the readiness report).
 */
export function ExamScreen() {
  const focusExam = useSetting('focusExam');
  const [params, setParams] = useSearchParams();
  const activeId = useActiveExamId();
  const [lastId, setLastId] = useState<string | undefined>(undefined);
  const resultId = params.get('result') ?? undefined;
  const choice = examChoiceFromSearch(params);
  useEffect(() => {
    if (activeId) {
      setLastId(activeId);
      void expireExamIfTimeUp(activeId, now());
    }
  }, [activeId]);
  const shownId = activeId ?? resultId ?? lastId;
  const loaded = useExam(shownId); // undefined until shownId's exam is read (never another id's)
  const exam = loaded ?? undefined;
  useEffect(() => {
    if (exam && exam.record.status !== 'active' && resultId !== exam.record.id) setParams({ result: exam.record.id }, { replace: true });
  }, [exam, resultId, setParams]);

  // "Back to exams" goes with the results it closes: focus moves to the start form's heading.
  const { target: title, focusWhenShown: focusTitle } = useFocusWhenShown<HTMLHeadingElement>(!exam);

  const start = async (which: ExamId, variant: ExamVariant) => {
    setParams({}, { replace: true });
    await startExamSession(which, variant, now());
  };
  if (activeId === undefined || (shownId && loaded === undefined)) return <p>Loading…</p>;
  return (
    <section aria-labelledby="exam-title">
      {!(exam && exam.record.status !== 'active') && (
        <h1 id="exam-title" ref={title} tabIndex={-1}>
          Exam simulation
        </h1>
      )}
      {exam?.record.status === 'active' && <ExamPlayer exam={exam} now={now} />}
      {exam && exam.record.status !== 'active' && (
        <ExamResults
          exam={exam}
          onDone={() => {
            focusTitle();
            setLastId(undefined);
            setParams({}, { replace: true });
          }}
        />
      )}
      {!exam && (
        <>
          <ExamStart
            key={choice ? `${choice.exam}-${choice.variant}` : 'default'}
            exam={choice?.exam ?? focusExam}
            variant={choice?.variant}
            now={now}
            onStart={(x, v) => void start(x, v)}
          />
          <ExamHistory />
        </>
      )}
    </section>
  );
}
