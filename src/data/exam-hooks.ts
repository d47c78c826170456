/** Reactive reads for the exam screens. */
import { useKeyedLiveQuery } from './use-keyed-live-query';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ExamId } from '../domain/exam-blueprints';
import type { ExamVariant } from '../domain/exam/exam-form';
import { db, type QuestionRecord, type SessionRecord } from './db';
import { examPreflight, type ExamPreflight, type ExamSessionState } from './exam-repo';

export interface LoadedExam {
  record: SessionRecord;
  state: ExamSessionState;
  questions: Map<string, QuestionRecord>;
}

/** The active exam, or null when none runs. */
export function useActiveExamId(): string | null | undefined {
  return useLiveQuery(
    async () =>
      (
        await db()
          .sessions.where('status')
          .equals('active')
          .filter((s) => s.kind === 'exam')
          .first()
      )?.id ?? null,
  );
}

/** An exam with the questions it has delivered so far (and the one on screen). */
export function useExam(id: string | undefined): LoadedExam | null | undefined {
  return useKeyedLiveQuery(id, async (id) => {
    if (!id) return null;
    const record = await db().sessions.get(id);
    if (!record || record.kind !== 'exam') return null;
    const state = record.state as ExamSessionState;
    const keys = [...state.answers.map((a) => a.key), ...(state.current ? [state.current.key] : [])];
    const questions = await db().questions.bulkGet(keys);
    return { record, state, questions: new Map(questions.filter((q): q is QuestionRecord => !!q).map((q) => [q.key, q])) };
  });
}

export function useExamPreflight(exam: ExamId, variant: ExamVariant, now: Date): ExamPreflight | undefined {
  const minute = Math.floor(now.getTime() / 60_000);
  return useLiveQuery(() => examPreflight(exam, variant, new Date(minute * 60_000)), [exam, variant, minute]);
}

/** Finished exams, newest first, for readiness and history. */
export function useFinishedExams(exam: ExamId): SessionRecord[] | undefined {
  return useLiveQuery(
    async () =>
      (await db().sessions.where('kind').equals('exam').toArray())
        .filter((s) => s.status === 'finished' && s.exam === exam && (s.state as ExamSessionState | undefined)?.engine?.result)
        .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime()),
    [exam],
  );
}
