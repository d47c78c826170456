/**
 * Per-item content rules, shared by the bank checker and the pack importer. Each rule returns
 * problems that name the field, so an author can find and fix them.
 */
import { domainOfObjective, objectiveIds } from '../exam-blueprints';
import { isKnownTag } from '../tag-vocabulary';
import { lowercaseWords } from './near-duplicates';
import type { Question } from './pack-schema';

export interface ItemProblem {
  readonly questionId: string;
  readonly field: string;
  readonly message: string;
}

const cisspObjectives = new Set(objectiveIds('cissp'));
const ccObjectives = new Set(objectiveIds('cc'));

/** "All of the above" and "none of the above" reward test-taking tricks, not knowledge. */
const catchAllOption = /\b(all|none|both|neither) of the (above|options|choices|answers)\b/i;

/**
 * How the checker decides a stem has an AI/ML setting: at least one of these terms appears in it
 * (whole words, case-insensitive). The list is deliberately concrete — "model" alone counts because
 * every bank item about an ML system names the model somewhere in its scenario.
 */
export const aiSettingTerms = [
  'ai',
  'ml',
  'llm',
  'llms',
  'genai',
  'model',
  'models',
  'machine learning',
  'artificial intelligence',
  'neural',
  'training',
  'trained',
  'inference',
  'dataset',
  'datasets',
  'data set',
  'feature store',
  'embedding',
  'embeddings',
  'vector database',
  'vector store',
  'rag',
  'retrieval-augmented',
  'prompt',
  'prompts',
  'chatbot',
  'assistant',
  'agent',
  'agents',
  'agentic',
  'fine-tune',
  'fine-tuned',
  'fine-tuning',
  'labeling',
  'labelling',
  'annotation',
  'gpu',
  'gpus',
  'mlops',
  'notebook',
  'notebooks',
  'classifier',
  'recommender',
  'copilot',
  'transformer',
  'diffusion',
  'data scientist',
  'data scientists',
  'model registry',
  'weights',
  'computer vision',
  'speech recognition',
  'fraud model',
  'scoring model',
] as const;

const aiSettingPattern = new RegExp(
  `\\b(?:${aiSettingTerms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\b`,
  'i',
);

export function hasAiSetting(stem: string): boolean {
  return aiSettingPattern.test(stem);
}

/**
 * A "managerial" item asks for the BEST, FIRST, MOST or PRIMARY action, as on the real exam.
 * The checker counts items whose stem uses one of these words in capitals.
 */
const managerialPattern = /\b(BEST|FIRST|MOST|PRIMARY|LEAST|NEXT|GREATEST)\b/;

export function isManagerial(stem: string): boolean {
  return managerialPattern.test(stem);
}

export function checkItem(q: Question): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const add = (field: string, message: string) => problems.push({ questionId: q.id, field, message });

  if (q.exams.includes('cissp') && q.objective !== undefined) {
    if (!cisspObjectives.has(q.objective)) add('objective', `"${q.objective}" is not an objective of the CISSP 2024 outline`);
    else if (q.domain !== undefined && domainOfObjective(q.objective) !== q.domain)
      add('objective', `objective ${q.objective} is not in CISSP domain ${q.domain}`);
  }
  if (q.exams.includes('cc') && q.ccObjective !== undefined) {
    if (!ccObjectives.has(q.ccObjective)) add('ccObjective', `"${q.ccObjective}" is not an objective of the CC outline`);
    else if (q.ccDomain !== undefined && domainOfObjective(q.ccObjective) !== q.ccDomain)
      add('ccObjective', `objective ${q.ccObjective} is not in CC domain ${q.ccDomain}`);
  }
  for (const tag of q.tags)
    if (!isKnownTag(tag)) add('tags', `"${tag}" is not in the tag vocabulary (the tags Add a tag offers when you write a question)`);
  if (new Set(q.tags).size !== q.tags.length) add('tags', 'a tag is listed twice');

  q.options.forEach((option, index) => {
    if (catchAllOption.test(option.text)) add(`options[${index}].text`, 'uses an "all/none of the above" style option');
  });
  const texts = q.options.map((o) => o.text.trim().toLowerCase());
  if (new Set(texts).size !== texts.length) add('options', 'two options have the same text');
  if (!hasAiSetting(q.stem))
    add(
      'stem',
      'no AI/ML setting found in the stem: say which model, dataset, pipeline or ML team the scenario is about (a word such as model, dataset, training, inference or data scientists)',
    );
  return problems;
}

/** True when the key is strictly the longest option (ties do not count). */
export function keyIsLongest(q: Question): boolean {
  const keyLength = q.options[q.answer]?.text.length ?? 0;
  return q.options.every((o, i) => i === q.answer || o.text.length < keyLength);
}

/**
 * True when the key is strictly the shortest option (ties do not count). The mirror of the longest
 * rule: authors who lengthen distractors to avoid that giveaway can leave the key the shortest, which
 * a test-wise learner exploits just as well.
 */
export function keyIsShortest(q: Question): boolean {
  const keyLength = q.options[q.answer]?.text.length ?? 0;
  return q.options.every((o, i) => i === q.answer || o.text.length > keyLength);
}

/** Common words of four letters or more that say nothing about an option's content. */
const functionWords = new Set(
  (
    'about above after again also among another because been before being below between both cannot could does doing down during ' +
    'each either every from further have having here into itself just more most must only other over same should some such than that ' +
    'their them then there these they this those through under until very were what when where which while whom with within without ' +
    'would your yours shall will'
  ).split(' '),
);

/**
 * An option's or a stem's content words: four letters or more, not a function word, cut to their
 * first five letters, a crude stem under which "encrypt", "encrypted" and "encryption" meet.
 */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of lowercaseWords(text)) if (word.length >= 4 && !functionWords.has(word)) words.add(word.slice(0, 5));
  return words;
}

/**
 * For each option, whether it repeats a content word of the stem that no other option repeats. A
 * test-wise candidate follows that echo; it is a giveaway only if keys echo the stem alone more
 * often than distractors do, which the bank's figures compare.
 *
 * @example exclusiveStemEchoes(q) // [false, true, false, false]: only option B repeats a stem word of its own
 */
export function exclusiveStemEchoes(q: Question): boolean[] {
  const stem = contentWords(q.stem);
  const options = q.options.map((o) => contentWords(o.text));
  return options.map((words, i) => [...words].some((w) => stem.has(w) && options.every((other, j) => j === i || !other.has(w))));
}
