/**
 * `makeRandomPack(n, seed)`: a `bastion-pack` of n random but VALID questions, the same for the same
 * seed. Unit tests, browser tests and the bench use it for large packs (1,000+ questions).
 *
 * Plain JavaScript with no imports, so that Node (the bench is .mjs), Vitest and a page under
 * Playwright can all run it. It therefore carries its own copy of the outline's objective counts and
 * a few vocabulary tags; random-pack.test.ts checks every generated pack against the real schema,
 * item rules and blueprints, so a drift fails a test.
 *
 * Stems are mostly random words, so two stems share almost no word trigrams and the pack has no
 * near-duplicates; options differ in length at random, and the key sits in each position about a
 * quarter of the time.
 */

/** Objectives per domain, in outline order (CISSP 2024: 62 objectives as the outline lists them; CC: 17). */
export const cisspObjectiveCounts = [12, 6, 10, 3, 6, 5, 15, 5];
export const ccObjectiveCounts = [5, 3, 2, 3, 4];

const tags = [
  'llm-prompt-injection',
  'data-poisoning',
  'model-extraction',
  'risk-assessment',
  'governance',
  'cryptography',
  'key-management',
  'access-control',
  'authentication',
  'logging-monitoring',
  'incident-response',
  'mlops-pipeline',
  'supply-chain',
  'secure-coding',
  'cloud-security',
  'privacy',
];

const settings = ['model', 'LLM assistant', 'training pipeline', 'feature store', 'RAG system', 'fraud model', 'GPU cluster', 'agent'];
const words = (
  'access account alert analyst approval archive asset audit backlog baseline batch board budget cache ' +
  'camera channel checksum client cluster committee console contract control customer dashboard deadline ' +
  'deployment device digest drift endpoint escalation evidence exception export failover firmware gateway ' +
  'handover hospital inventory invoice journal kernel ledger license manifest metric mirror network notice ' +
  'operator partner patch payroll permit pipeline policy portal quarter queue quota ranking registry release ' +
  'replica report request retention review rollout router runbook sample scanner schedule schema sensor ' +
  'server session signal snapshot sponsor storage supplier switch ticket token tracker tunnel upload vault ' +
  'vendor version warehouse window workflow workload'
).split(' ');

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @param {number} n how many questions (1–20,000)
 * @param {number} seed any integer; the same seed gives the same pack
 * @param {{ id?: string, title?: string, release?: number }} [meta]
 */
export function makeRandomPack(n, seed, meta = {}) {
  const rng = mulberry32(seed);
  const int = (max) => Math.floor(rng() * max);
  const pick = (list) => list[int(list.length)];
  const phrase = (count) => Array.from({ length: count }, () => pick(words)).join(' ');
  const id = meta.id ?? `random-${seed >>> 0}`;
  const questions = [];
  for (let i = 0; i < n; i++) {
    const kind = int(10); // 6 in 10 CISSP only, 3 in 10 CC only, 1 in 10 both
    const exams = kind < 6 ? ['cissp'] : kind < 9 ? ['cc'] : ['cissp', 'cc'];
    const question = { id: `q-${String(i + 1).padStart(5, '0')}`, exams };
    if (exams.includes('cissp')) {
      const domain = 1 + int(8);
      Object.assign(question, { domain, objective: `${domain}.${1 + int(cisspObjectiveCounts[domain - 1])}` });
    }
    if (exams.includes('cc')) {
      const ccDomain = 1 + int(5);
      Object.assign(question, { ccDomain, ccObjective: `${ccDomain}.${1 + int(ccObjectiveCounts[ccDomain - 1])}` });
    }
    const answer = int(4);
    const options = [0, 1, 2, 3].map((o) => ({
      text: `Option ${'ABCD'[o]} ${i + 1}: ${phrase(3 + int(6))}`,
      explanation: `${o === answer ? 'Correct' : 'Not the best choice'} for item ${i + 1}: ${phrase(6)}.`,
    }));
    const firstTag = int(tags.length);
    const tagCount = 1 + int(3);
    questions.push({
      ...question,
      difficulty: 1 + int(3),
      // The closing question varies too: a shared template would make every stem share trigrams.
      stem: `Case ${i + 1} (${pick(settings)}): ${phrase(22)}. What ${phrase(2)} is ${pick(['BEST', 'FIRST', 'MOST useful'])}?`,
      options,
      answer,
      tags: Array.from({ length: tagCount }, (_, t) => tags[(firstTag + t) % tags.length]),
      references: int(4) === 0 ? ['NIST SP 800-53 Rev. 5'] : [],
    });
  }
  return {
    format: 'bastion-pack',
    version: 1,
    id,
    title: meta.title ?? `Random pack ${seed >>> 0} (${n} questions)`,
    license: 'CC0 1.0',
    ...(meta.release !== undefined ? { release: meta.release } : {}),
    questions,
  };
}
