/**
 * Importing a pack in two steps. Choosing (or dropping) a file reads and checks it — in chunks, with
 * the page free between them — and compares it with what is here; nothing is written until the
 * learner confirms the preview. Then the whole pack goes in, in one transaction.
 */
import { useCallback, useRef, useState } from 'react';
import { startBankSync } from '../../data/bank-sync-status';
import { appNow } from '../../data/clock';
import { importPack, planPackImport, type PackImportPlan } from '../../data/pack-repo';
import { computeBankStats, type BankStats } from '../../domain/pack/bank-quality';
import { decodePack, MAX_PACK_BYTES, type PackDecodeResult } from '../../domain/pack/pack-decode';
import { countText } from '../../domain/count-text';

/** User Timing names of the two steps (read by the browser test and the bench). */
export const PACK_CHECK_MEASURE = 'bastion:pack-check';
export const PACK_IMPORT_MEASURE = 'bastion:pack-import';

export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string; done: number; total: number }
  | {
      kind: 'checked';
      fileName: string;
      decoded: PackDecodeResult;
      /** Figures over the questions that passed their checks. */
      stats: BankStats;
      /** What importing would change here; null when the pack itself is invalid. */
      plan: PackImportPlan | null;
    }
  | { kind: 'writing'; fileName: string; count: number };

export interface PackImport {
  step: ImportStep;
  /** The outcome of the last import or cancel, for a status line. */
  message: string;
  choose: (file: File) => void;
  confirm: () => void;
  cancel: () => void;
}

/** Lets the page paint and handle input between two chunks of questions. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const questions = (n: number) => `${countText(n)} question${n === 1 ? '' : 's'}`;

const megabytes = (bytes: number) => (bytes / 2 ** 20).toLocaleString(undefined, { maximumFractionDigits: 1 });

const refusedFile = (message: string): PackDecodeResult => ({
  ok: false,
  pack: null,
  header: null,
  questions: [],
  problems: [{ questionId: null, path: 'file', message }],
});

export function usePackImport(): PackImport {
  const [step, setStep] = useState<ImportStep>({ kind: 'idle' });
  const [message, setMessage] = useState('');
  // A newer choice wins over a check still running for an older one.
  const run = useRef(0);

  const choose = useCallback((file: File) => {
    const id = ++run.current;
    const live = () => run.current === id;
    setMessage('');
    setStep({ kind: 'checking', fileName: file.name, done: 0, total: 0 });
    void (async () => {
      const started = performance.now();
      const decoded =
        file.size > MAX_PACK_BYTES
          ? refusedFile(`the file is ${megabytes(file.size)} MB; a pack may be at most ${megabytes(MAX_PACK_BYTES)} MB`)
          : await file.text().then(
              (text) =>
                decodePack(text, {
                  chunkSize: 100,
                  yieldNow: nextTask,
                  onProgress: (done, total) => live() && setStep({ kind: 'checking', fileName: file.name, done, total }),
                }),
              (error: unknown) => refusedFile(`the file could not be read: ${error instanceof Error ? error.message : String(error)}`),
            );
      // The bundled bank must be in place before comparing ids with it.
      await startBankSync();
      const plan = decoded.pack ? await planPackImport(decoded.pack) : null;
      const stats = computeBankStats(decoded.questions);
      // The figures and the preview's first render run in separate tasks.
      await nextTask();
      performance.measure(PACK_CHECK_MEASURE, { start: started, end: performance.now() });
      if (live()) setStep({ kind: 'checked', fileName: file.name, decoded, stats, plan });
    })();
  }, []);

  const confirm = useCallback(() => {
    if (step.kind !== 'checked' || !step.decoded.pack) return;
    const { pack } = step.decoded;
    const id = ++run.current;
    setStep({ kind: 'writing', fileName: step.fileName, count: pack.questions.length });
    void (async () => {
      const started = performance.now();
      const result = await importPack(pack, appNow());
      performance.measure(PACK_IMPORT_MEASURE, { start: started, end: performance.now() });
      if (run.current !== id) return;
      setStep({ kind: 'idle' });
      if (!result.ok) setMessage(`“${pack.title}” was not imported: ${result.problems.join('; ')}. Nothing was changed.`);
      else if (!result.changed) setMessage(`You already had exactly this version of “${pack.title}”: nothing changed.`);
      else
        setMessage(
          `Imported “${pack.title}”: ${questions(result.questionCount)}` +
            (result.retired > 0 ? `, ${countText(result.retired)} no longer in the pack retired (their history stays).` : '.'),
        );
    })();
  }, [step]);

  const cancel = useCallback(() => {
    run.current++;
    setStep({ kind: 'idle' });
    setMessage('Import cancelled. Nothing was changed.');
  }, []);

  return { step, message, choose, confirm, cancel };
}
