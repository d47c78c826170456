/** Reactive reads for the exam screens. */
import { useKeyedLiveQuery } from './use-keyed-live-query';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ExamId } from '../domain/exam-blueprints';
import type { ExamVariant } from '../domain/exam/exam-form';
import { examHistory, type EndedExam, type ExamHistoryEntry } from '../domain/exam/exam-history';
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

/**
 * Every finished exam, of either exam, as a line of the exam history (newest first). Only the lines
 * are kept: the states they come from (up to 150 answers each) are dropped once summarised.
 */
export function useExamHistory(): readonly ExamHistoryEntry[] | undefined {
  return useLiveQuery(async () => {
    const sessions = await db().sessions.where('kind').equals('exam').toArray();
    const ended: EndedExam[] = [];
    for (const s of sessions) {
      const state = s.state as Partial<ExamSessionState> | undefined;
      if (s.status !== 'finished' || !state?.engine || !Array.isArray(state.answers)) continue;
      ended.push({ id: s.id, endedAt: s.finishedAt ?? s.updatedAt, engine: state.engine, answers: state.answers });
    }
    return examHistory(ended);
  });
}
