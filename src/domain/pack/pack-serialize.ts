/**
 * Writing a pack file. The output is canonical — fields in the order of questions/README.md,
 * questions sorted by id, two-space indentation, one final newline — so exporting the same pack
 * twice gives the same bytes, and so does exporting a pack that was imported from an export. The
 * content hash of an imported pack is taken over this text, so reformatting a file does not count
 * as a new version.
 */
import { PACK_FORMAT, PACK_VERSION, type Pack, type Question } from './pack-schema';

/** A question with only the fields of the format, in the format's order (records carry more). */
export function canonicalQuestion(q: Question): Question {
  return {
    id: q.id,
    exams: [...q.exams],
    ...(q.domain !== undefined ? { domain: q.domain } : {}),
    ...(q.objective !== undefined ? { objective: q.objective } : {}),
    ...(q.ccDomain !== undefined ? { ccDomain: q.ccDomain } : {}),
    ...(q.ccObjective !== undefined ? { ccObjective: q.ccObjective } : {}),
    difficulty: q.difficulty,
    stem: q.stem,
    options: q.options.map((o) => ({ text: o.text, explanation: o.explanation })),
    answer: q.answer,
    tags: [...q.tags],
    references: [...q.references],
  };
}

const byId = (a: Question, b: Question): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The pack with its fields in the format's order and its questions sorted by id. */
export function canonicalPack(pack: Pack): Pack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: pack.id,
    title: pack.title,
    ...(pack.description !== undefined ? { description: pack.description } : {}),
    license: pack.license,
    ...(pack.release !== undefined ? { release: pack.release } : {}),
    questions: pack.questions.map(canonicalQuestion).sort(byId),
  };
}

/**
 * The text of a pack file.
 * @example serializePack(pack).endsWith('}\n') // true
 */
export function serializePack(pack: Pack): string {
  return `${JSON.stringify(canonicalPack(pack), null, 2)}\n`;
}

/** A file name for a pack: its id, e.g. "my-questions-3k9x.pack.json". */
export function packFileName(packId: string): string {
  return `${packId}.pack.json`;
}
