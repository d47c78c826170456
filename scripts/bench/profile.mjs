/**
 * The bench's learner profile: deterministic (fixed seed) and heavy but realistic — the full bank
 * plus an imported pack up to `cards` questions, two years of near-daily study (`logs` review logs),
 * cards in every FSRS state, practice sessions, finished mock exams, a plan with time entries and a
 * lead's study group of 30 members with their assignments and imported reports.
 *
 * `writeProfile` is self-contained (no imports, no closures) so Playwright can run it inside the
 * page under test, where it writes straight into the app's IndexedDB — not through the UI. The unit
 * test runs the same function against fake-indexeddb.
 */

/** Sizes of the heavy profile of issue #10, and of the tiny one the smoke test uses. */
export const heavySizes = { cards: 5000, logs: 100_000, practiceSessions: 300, exams: 60, members: 30, assignments: 8, days: 730 };
export const tinySizes = { cards: 600, logs: 2_000, practiceSessions: 10, exams: 3, members: 4, assignments: 2, days: 60 };

/**
 * The study plan's input: a CISSP plan begun three months before `now`, with the exam two months
 * after it, so the learner is mid-plan, with weeks done and weeks to come. The plan itself is made
 * by the app's own generator (`generatePlan`) outside the page and handed to `writeProfile`: the
 * profile runs inside the page and cannot import the app, and a hand-made plan would not be one
 * the app shows (the first profile's was not: Today and Progress skipped the plan's work).
 */
export function benchPlanInput(now) {
  const DAY = 86_400_000;
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  return {
    input: { exam: 'cissp', startDate: day(now - 91 * DAY), examDate: day(now + 60 * DAY), hoursPerWeek: 12, background: 'from-it', studyDays: [1, 2, 3, 4, 6] },
    createdAt: new Date(now - 91 * DAY),
  };
}

/**
 * The CISSP questions a profile of `sizes` holds, for the mock exams (scripts/bench/mock-exams.ts):
 * the bank's, then the imported pack's, with the keys, domains, difficulties and right options
 * writeProfile gives them (it repeats this, as it runs inside the page; a unit test holds the two
 * together).
 */
export function benchCisspQuestions(sizes, bank) {
  const extra = Math.max(0, sizes.cards - bank.length);
  const synthetic = Array.from({ length: extra }, (_, i) => ({
    key: `pack:bench-imported:bq-${String(i).padStart(5, '0')}`,
    domain: 1 + (i % 8),
    difficulty: 1 + (i % 3),
    answer: i % 4,
    cissp: true,
  }));
  return [...bank, ...synthetic].filter((q) => q.cissp).map(({ key, domain, difficulty, answer }) => ({ key, domain, difficulty, answer }));
}

/**
 * @param {{ seed: number, now: number, sizes: typeof heavySizes, bank: { key: string, domain: number }[], plan: { id: string, createdAt: string, input: { exam: string } }, exams: object[] }} spec
 * @returns {Promise<Record<string, number>>} rows written per store
 */
export async function writeProfile(spec) {
  let a = spec.seed >>> 0;
  const rng = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const DAY = 86_400_000;
  const now = spec.now;
  const { sizes } = spec;

  // Questions: the bundled bank is already loaded by the app; an imported pack fills up to `cards`.
  const extra = Math.max(0, sizes.cards - spec.bank.length);
  const packId = 'bench-imported';
  const synthetic = [];
  for (let i = 0; i < extra; i++) {
    const domain = 1 + (i % 8);
    const id = `bq-${String(i).padStart(5, '0')}`;
    synthetic.push({
      key: `pack:${packId}:${id}`,
      packId,
      retired: 0,
      id,
      exams: ['cissp'],
      domain,
      objective: `${domain}.1`,
      difficulty: 1 + (i % 3),
      stem: `Synthetic bench item ${i}: a team's model pipeline needs a control for domain ${domain}. Which is BEST?`,
      options: [0, 1, 2, 3].map((o) => ({ text: `Option ${o} for item ${i}`, explanation: `Why option ${o} is right or wrong.` })),
      answer: i % 4,
      tags: ['mlops-pipeline'],
      references: [],
    });
  }
  const allKeys = [...spec.bank.map((q) => q.key), ...synthetic.map((q) => q.key)].slice(0, sizes.cards);

  const cards = allKeys.map((questionKey, i) => {
    const state = i % 10 === 0 ? 1 : i % 10 === 1 ? 3 : 2; // learning, relearning, mostly review
    const lastReview = now - Math.floor(rng() * 60) * DAY - Math.floor(rng() * DAY);
    const stability = state === 2 ? 1 + rng() * 120 : 0.2 + rng();
    const scheduled = Math.max(0, Math.round(stability));
    return {
      questionKey,
      due: new Date(lastReview + scheduled * DAY),
      stability,
      difficulty: 1 + rng() * 9,
      elapsed_days: 0,
      scheduled_days: scheduled,
      learning_steps: state === 2 ? 0 : 1,
      reps: 1 + Math.floor(rng() * 20),
      lapses: Math.floor(rng() * 4),
      state,
      last_review: new Date(lastReview),
      lastCorrect: rng() < 0.75,
    };
  });

  // Each answer keeps the card as it was before it (for undo), as the app's logs do; a question's
  // first answer has none.
  const answered = new Map();
  const logs = [];
  for (let i = 0; i < sizes.logs; i++) {
    const day = Math.floor((i / sizes.logs) * sizes.days);
    const review = new Date(now - (sizes.days - day) * DAY + Math.floor(rng() * 14 * 3_600_000));
    const correct = rng() < 0.72;
    const rating = correct ? pick([2, 3, 3, 3, 4]) : 1;
    const questionKey = pick(allKeys);
    const earlier = answered.get(questionKey);
    const cardBefore = earlier
      ? {
          due: new Date(earlier.review.getTime() + Math.floor(rng() * 30) * DAY),
          stability: 1 + rng() * 50,
          difficulty: 1 + rng() * 9,
          elapsed_days: Math.floor(rng() * 30),
          scheduled_days: Math.floor(rng() * 60),
          reps: earlier.attempts,
          lapses: Math.floor(rng() * 3),
          learning_steps: 0,
          state: 2,
          last_review: earlier.review,
          lastCorrect: earlier.correct,
          attempts: earlier.attempts,
          correctCount: earlier.correctCount,
        }
      : null;
    answered.set(questionKey, {
      review,
      correct,
      attempts: (earlier?.attempts ?? 0) + 1,
      correctCount: (earlier?.correctCount ?? 0) + (correct ? 1 : 0),
    });
    logs.push({
      id: i + 1,
      questionKey,
      sessionId: `bench-session-${Math.floor(i / 20)}`,
      rating,
      state: i % 9 === 0 ? 0 : 2,
      due: review,
      stability: 1 + rng() * 50,
      difficulty: 1 + rng() * 9,
      elapsed_days: Math.floor(rng() * 30),
      last_elapsed_days: Math.floor(rng() * 30),
      scheduled_days: Math.floor(rng() * 60),
      learning_steps: 0,
      review,
      correct,
      chosenOption: Math.floor(rng() * 4),
      confidence: pick(['guessed', 'unsure', 'sure']),
      responseMs: 5_000 + Math.floor(rng() * 60_000),
      cardBefore,
    });
  }

  // The per-day answer tallies the app keeps beside the logs (src/domain/progress/answer-days.ts):
  // per local calendar day 'yyyy-mm-dd', the question keys and [answered, correct] per key.
  const dayKey = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const answerDays = new Map();
  for (const log of logs) {
    const day = dayKey(log.review);
    if (!answerDays.has(day)) answerDays.set(day, {});
    const tallies = answerDays.get(day);
    const t = (tallies[log.questionKey] ??= [0, 0]);
    t[0]++;
    if (log.correct) t[1]++;
  }

  const sessions = [];
  for (let i = 0; i < sizes.practiceSessions; i++) {
    const startedAt = new Date(now - Math.floor(rng() * sizes.days) * DAY);
    const queue = Array.from({ length: 20 }, () => pick(allKeys));
    const answers = {};
    queue.forEach((key, j) => {
      answers[key] = { chosen: j % 4, correct: rng() < 0.7, confidence: 'unsure', responseMs: 30_000, answeredAt: startedAt.toISOString(), logId: i * 20 + j + 1 };
    });
    const config = { kind: 'practice', exam: 'cissp', title: 'Practice', domains: [], objectives: [], tags: [], difficulties: [], source: 'all', size: 20 };
    const optionOrders = Object.fromEntries(queue.map((k) => [k, [0, 1, 2, 3]]));
    const state = { config, queue, optionOrders, answers, flagged: [], position: queue.length };
    sessions.push({ id: `bench-practice-${i}`, kind: 'practice', status: 'finished', exam: 'cissp', startedAt, updatedAt: startedAt, finishedAt: startedAt, state });
  }
  // Finished mock exams, made by the app's CAT engine outside the page (scripts/bench/mock-exams.ts).
  if (!Array.isArray(spec.exams) || spec.exams.length !== sizes.exams) throw new Error(`writeProfile needs ${sizes.exams} mock exams`);
  sessions.push(...spec.exams);

  const studyTime = [];
  for (let d = 0; d < sizes.days; d += 1) {
    if (rng() < 0.15) continue;
    studyTime.push({ date: new Date(now - d * DAY), minutes: 20 + Math.floor(rng() * 90), domain: 1 + Math.floor(rng() * 8), exam: 'cissp', source: pick(['practice', 'review', 'reading', 'video', 'lab']) });
  }
  if (!spec.plan?.id) throw new Error('writeProfile needs a plan made by the app (see benchPlanInput)');
  const plans = [{ id: spec.plan.id, exam: spec.plan.input.exam, status: 'active', createdAt: new Date(spec.plan.createdAt), plan: spec.plan }];
  // A lead's study group with its assignments and imported member reports, made by the app's own
  // group code outside the page (scripts/bench/group-reports.ts).
  const group = spec.group;
  const sized = group?.group?.data?.members?.length === sizes.members && group.assignments?.length === sizes.assignments;
  if (!sized || !(group.memberResults?.length > 0))
    throw new Error(`writeProfile needs a study group of ${sizes.members} members, ${sizes.assignments} assignments and reports (see benchGroup)`);

  const open = indexedDB.open('bastion');
  const db = await new Promise((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const put = (store, rows) =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite');
      const os = tx.objectStore(store);
      for (const row of rows) os.put(row);
      tx.oncomplete = () => resolve(rows.length);
      tx.onerror = () => reject(tx.error);
    });
  const counts = {};
  if (synthetic.length > 0) {
    counts.packs = await put('packs', [
      { id: packId, title: 'Bench imported pack', license: 'bench', source: 'imported', enabled: 1, questionCount: synthetic.length, contentHash: 'bench', updatedAt: new Date(now) },
    ]);
  }
  counts.questions = await put('questions', synthetic);
  // As the app does for every write to the questions (src/data/pool-snapshot.ts): drop the pool's
  // one-record copy and count its generation up, so the next read takes the questions written here.
  await new Promise((resolve, reject) => {
    const tx = db.transaction('poolSnapshot', 'readwrite');
    const store = tx.objectStore('poolSnapshot');
    const current = store.get('generation');
    current.onsuccess = () => store.put((current.result ?? 0) + 1, 'generation');
    store.delete('questions');
    tx.oncomplete = () => resolve(undefined);
    tx.onerror = () => reject(tx.error);
  });
  // The cards as the app stores them (src/data/card-store.ts): in 256 buckets, a card in bucket
  // FNV-1a(question key) mod 256.
  const bucketOf = (key) => {
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
    return hash % 256;
  };
  const buckets = new Map();
  for (const card of cards) {
    const bucket = bucketOf(card.questionKey);
    if (!buckets.has(bucket)) buckets.set(bucket, []);
    buckets.get(bucket).push(card);
  }
  await put('cardBuckets', [...buckets].map(([bucket, inBucket]) => ({ bucket, cards: inBucket })));
  counts.cards = cards.length;
  // The logs as the app stores them (src/data/review-log-chunks.ts): 256 per record, log `id` in
  // chunk floor(id / 256), with the chunk's session ids, latest review and size for its indexes, and
  // the logs in columns (src/data/review-log-packing.ts): 27 numbers per log in one Float64Array,
  // in the order of that module's COLUMN, and the three text fields in three arrays.
  const packed = (list) => {
    const numbers = new Float64Array(list.length * 27);
    list.forEach((log, i) => {
      const at = i * 27;
      numbers.set([log.id, log.rating, log.state, log.due.getTime(), log.stability, log.difficulty, log.elapsed_days, log.last_elapsed_days], at);
      numbers.set([log.scheduled_days, log.learning_steps, log.review.getTime(), log.chosenOption, log.responseMs, log.correct ? 1 : 0], at + 8);
      const card = log.cardBefore;
      if (!card) return;
      // Flags: a card, with last_review (a Date), attempts, correctCount and lastCorrect (and its value).
      numbers.set([1 | 2 | 4 | 8 | 16 | 32 | (card.lastCorrect ? 64 : 0), card.due.getTime(), card.stability, card.difficulty], at + 14);
      numbers.set([card.elapsed_days, card.scheduled_days, card.learning_steps, card.reps, card.lapses, card.state], at + 18);
      numbers.set([card.last_review.getTime(), card.attempts, card.correctCount], at + 24);
    });
    return { numbers, questionKeys: list.map((l) => l.questionKey), sessionIds: list.map((l) => l.sessionId), confidences: list.map((l) => l.confidence) };
  };
  const chunks = new Map();
  for (const log of logs) {
    const chunk = Math.floor(log.id / 256);
    if (!chunks.has(chunk)) chunks.set(chunk, []);
    chunks.get(chunk).push(log);
  }
  await put(
    'logChunks',
    [...chunks].map(([chunk, list]) => ({
      chunk,
      packed: packed(list),
      sessionIds: [...new Set(list.map((l) => l.sessionId))],
      latestReview: new Date(Math.max(...list.map((l) => l.review.getTime()))),
      size: list.length,
    })),
  );
  counts.reviewLogs = logs.length;
  counts.answerDays = await put(
    'answerDays',
    [...answerDays].map(([day, tallies]) => {
      const keys = Object.keys(tallies);
      return { day, keys, counts: Uint32Array.from(keys.flatMap((k) => tallies[k])) };
    }),
  );
  counts.sessions = await put('sessions', sessions);
  counts.studyTime = await put('studyTime', studyTime);
  counts.plans = await put('plans', plans);
  counts.groups = await put('groups', [group.group]);
  counts.assignments = await put('assignments', group.assignments);
  counts.memberResults = await put('memberResults', group.memberResults);
  db.close();
  return counts;
}
