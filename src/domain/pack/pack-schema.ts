/**
 * The `bastion-pack` format, version 1: the single definition of a question and of a pack.
 * `questions/schema.json` is generated from these schemas (`npm run questions:schema`); the bank
 * checker, the pack importer and the app all validate through them, so the rest of the code can
 * trust the types.
 */
import { z } from '../zod';

export const PACK_FORMAT = 'bastion-pack';
export const PACK_VERSION = 1;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const objectivePattern = /^[1-8]\.(?:[1-9]|1[0-5])$/;

export const optionSchema = z
  .object({
    text: z.string().trim().min(1, 'option text is empty').max(600),
    explanation: z.string().trim().min(1, 'option has no explanation').max(2000),
  })
  .strict();

export const questionSchema = z
  .object({
    id: z.string().min(3).max(80).regex(idPattern, 'use lowercase letters, digits and single hyphens'),
    exams: z
      .array(z.enum(['cissp', 'cc']))
      .min(1)
      .max(2)
      .refine((list) => new Set(list).size === list.length, 'an exam is listed twice'),
    domain: z.number().int().min(1).max(8).optional(),
    objective: z.string().regex(objectivePattern, 'an objective looks like "1.9"').optional(),
    ccDomain: z.number().int().min(1).max(5).optional(),
    ccObjective: z.string().regex(objectivePattern, 'an objective looks like "1.2"').optional(),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    stem: z.string().trim().min(40, 'stem is too short to be a scenario').max(3000),
    options: z.array(optionSchema).length(4, 'a question has exactly four options'),
    answer: z.number().int().min(0).max(3),
    tags: z.array(z.string().regex(idPattern)).min(1).max(8),
    references: z.array(z.string().min(1).max(200)).max(8).default([]),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.exams.includes('cissp')) {
      if (q.domain === undefined) ctx.addIssue({ code: 'custom', path: ['domain'], message: 'required for a CISSP item' });
      if (q.objective === undefined) ctx.addIssue({ code: 'custom', path: ['objective'], message: 'required for a CISSP item' });
    }
    if (q.exams.includes('cc')) {
      if (q.ccDomain === undefined) ctx.addIssue({ code: 'custom', path: ['ccDomain'], message: 'required for a CC item' });
      if (q.ccObjective === undefined) ctx.addIssue({ code: 'custom', path: ['ccObjective'], message: 'required for a CC item' });
    }
  });

/** The most questions one pack may hold. */
export const MAX_PACK_QUESTIONS = 20000;

export const packFields = {
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  id: z.string().min(3).max(80).regex(idPattern, 'use lowercase letters, digits and single hyphens'),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(2000).optional(),
  license: z.string().trim().min(1).max(200),
  /** The pack author's own release number; a higher one replaces an older import of the same pack. */
  release: z.number().int().min(1).optional(),
};

export const packSchema = z.object({ ...packFields, questions: z.array(questionSchema).min(1).max(MAX_PACK_QUESTIONS) }).strict();

/**
 * The pack without looking into its questions: the importer checks the envelope with this, then
 * each question with `questionSchema`, in chunks, so a large pack never freezes the page. Together
 * they accept exactly what `packSchema` accepts.
 */
export const packHeaderSchema = z.object({ ...packFields, questions: z.array(z.unknown()).min(1).max(MAX_PACK_QUESTIONS) }).strict();

export type QuestionOption = z.infer<typeof optionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Pack = z.infer<typeof packSchema>;
