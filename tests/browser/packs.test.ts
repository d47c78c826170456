/**
 * Question packs in a real browser: a 1,000-question pack made by makeRandomPack is checked (with a
 * moving progress bar and no long freeze), previewed and imported; a broken file shows every
 * problem and changes nothing; the pack is practised, switched off and leaves practice.
 * axe runs on every screen.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPacksOnDisk } from '../../scripts/bundled-packs-on-disk';
import { makeRandomPack } from '../../scripts/random-pack.mjs';
import { computeBankStats } from '../../src/domain/pack/bank-quality';
import type { Pack } from '../../src/domain/pack/pack-schema';
import { serializePack } from '../../src/domain/pack/pack-serialize';
import { baseUrl, launchBrowser, openPage, readCards, readStore, seriousAxeViolations, waitForBank } from './browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

const bigPack = makeRandomPack(1000, 20260301, { id: 'group-bank', title: 'Study group bank', release: 1 });
/** The bundled bank as the build ships it: counted from its pack files, so the bank can grow. */
const bundled = bundledPacksOnDisk().flatMap((pack) => pack.questions);
const bundledCissp = bundled.filter((q) => q.exams.includes('cissp')).length;
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
const fileInput = (p: Page) => p.getByLabel('Pack file (.pack.json, at most 10 MB) to check before importing');

/** Counts the stored rows of a store (cheaper than reading them all back). */
async function count(p: Page, store: string): Promise<number> {
  return (await readStore(p, store)).length;
}

/**
 * Records every value a <progress> takes while the page runs, and the longest task the main thread
 * ran, so the test can tell that the bar moved and the page never froze.
 */
async function watchProgressAndLongTasks(p: Page): Promise<void> {
  await p.evaluate(() => {
    const w = window as unknown as { seenProgress: number[]; longTasks: [number, number][] };
    w.seenProgress = [];
    w.longTasks = [];
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('progress')) if (bar.hasAttribute('value')) w.seenProgress.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: false });
  });
}

/**
 * The duration of a step the app measured (User Timing), and the longest main-thread task that
 * started within it. Tasks that started earlier are the test's own (setInputFiles builds the file in
 * the page, in one task).
 */
async function measuredStep(p: Page, name: string): Promise<{ duration: number; longestTask: number }> {
  return p.evaluate((measure) => {
    const entry = performance.getEntriesByName(measure).at(-1);
    if (!entry) return { duration: -1, longestTask: -1 };
    const end = entry.startTime + entry.duration;
    const tasks = (window as unknown as { longTasks: [number, number][] }).longTasks;
    const inside = tasks.filter(([start]) => start >= entry.startTime && start <= end).map(([, duration]) => duration);
    return { duration: entry.duration, longestTask: Math.max(0, ...inside) };
  }, name);
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  ({ page, errors } = await openPage(context, '/bank/packs'));
  await waitForBank(page);
});
afterAll(async () => {
  await browser.close();
});

describe('importing packs', () => {
  it('refuses a broken pack, listing every problem with its question id and path, and writes nothing', async () => {
    const questionsBefore = await count(page, 'questions');
    const broken = JSON.parse(serializePack(makeRandomPack(30, 5, { id: 'broken-pack' }))) as {
      questions: { options: { explanation: string }[]; tags: string[]; id: string }[];
    };
    broken.questions[2]!.options[1]!.explanation = '';
    broken.questions[7]!.tags = ['made-up-tag'];
    broken.questions[9]!.id = broken.questions[8]!.id;
    await fileInput(page).setInputFiles(file('broken.pack.json', JSON.stringify(broken)));
    const alert = page.getByRole('alert').filter({ hasText: 'cannot be imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('broken.pack.json cannot be imported: 3 problems.');
    const problems = await page.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem').allTextContents();
    expect(problems).toEqual([
      'q-00003 — questions[2].options[1].explanation: option has no explanation',
      'q-00008 — questions[7].tags: "made-up-tag" is not in the tag vocabulary (the tags Add a tag offers when you write a question)',
      'q-00009 — questions[9].id: the id is used twice (also at questions[8])',
    ]);
    expect(await page.getByRole('button', { name: /^Import \d+ questions$/ }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await count(page, 'questions')).toBe(questionsBefore);
    expect((await readStore<{ id: string }>(page, 'packs')).some((p) => p.id === 'broken-pack')).toBe(false);
  });

  it('refuses a file it cannot read with the reason alone, no quality figures for questions it never read', async () => {
    const text = serializePack(makeRandomPack(5, 6, { id: 'cut-pack' }));
    await fileInput(page).setInputFiles(file('cut.pack.json', text.slice(0, text.length / 2)));
    await page.getByRole('alert').filter({ hasText: 'cut.pack.json cannot be imported: 1 problem.' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Balance (information, not enforced)' }).count()).toBe(0);
    expect(await page.getByText(/Key position/).count()).toBe(0);
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('checks a 1,000-question pack with a moving progress bar, previews it and imports it', async () => {
    const questionsBefore = await count(page, 'questions');
    await watchProgressAndLongTasks(page);
    await fileInput(page).setInputFiles(file('group-bank.pack.json', serializePack(bigPack)));
    const preview = page.getByRole('region', { name: 'Study group bank' });
    await preview.waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seenProgress: number[] }).seenProgress);
    // The bar showed intermediate values, not only the end.
    expect(seen.filter((v) => v > 0 && v < 1000).length).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('pack-preview-title');
    expect(await preview.textContent()).toMatch(/LicenseCC0 1\.0.*Formatbastion-pack version 1.*Release1.*Questions1,000/);
    await preview.getByText('A new pack: importing adds 1,000 questions.').waitFor();
    const cissp = bigPack.questions.filter((q) => q.exams.includes('cissp')).length;
    await preview.getByRole('rowheader', { name: `CISSP: ${cissp} questions` }).waitFor();
    const d3 = bigPack.questions.filter((q) => q.domain === 3).length;
    expect(
      await preview
        .getByRole('row', { name: /^3\. Security Architecture and Engineering/ })
        .first()
        .textContent(),
    ).toContain(String(d3));
    await preview.getByText('No near-duplicate stems').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await count(page, 'questions')).toBe(questionsBefore); // nothing written yet

    await preview.getByRole('button', { name: 'Import 1,000 questions' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported “Study group bank”: 1,000 questions.' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Imported “Study group bank”: 1,000 questions.');
    expect(await count(page, 'questions')).toBe(questionsBefore + 1000);
    const packs = await readStore<{ id: string; source: string; enabled: number }>(page, 'packs');
    expect(packs.find((p) => p.id === 'group-bank')).toMatchObject({ source: 'imported', enabled: 1 });

    const check = await measuredStep(page, 'bastion:pack-check');
    const write = await measuredStep(page, 'bastion:pack-import');
    console.log(
      `1,000-question pack: check ${check.duration.toFixed(0)} ms (longest task ${check.longestTask.toFixed(0)} ms), ` +
        `import ${write.duration.toFixed(0)} ms (longest task ${write.longestTask.toFixed(0)} ms)`,
    );
    expect(check.duration).toBeGreaterThan(0);
    expect(write.duration).toBeGreaterThan(0);
    // No freeze a person would notice; generous, as the CI machine is shared.
    expect(Math.max(check.longestTask, write.longestTask)).toBeLessThan(300);
  });

  it('changes nothing when the same pack is imported again', async () => {
    const before = await readStore(page, 'packs');
    await fileInput(page).setInputFiles(file('again.pack.json', serializePack(bigPack)));
    const preview = page.getByRole('region', { name: 'Study group bank' });
    await preview.getByText('You already have exactly this version of the pack').waitFor();
    expect(await preview.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    await preview.getByRole('button', { name: 'Close' }).click();
    expect(await readStore(page, 'packs')).toEqual(before);
  });

  it('refuses a pack that takes the id of a bundled pack', async () => {
    const impostor = makeRandomPack(5, 6, { id: 'bastion-core-cissp-d1' });
    await fileInput(page).setInputFiles(file('impostor.pack.json', serializePack(impostor)));
    await page.getByRole('alert').filter({ hasText: 'is the id of a pack that comes with Bastion' }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('takes a file dropped on the import area', async () => {
    const small = serializePack(makeRandomPack(12, 8, { id: 'dropped-pack', title: 'Dropped pack' }));
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.pack.json', { type: 'application/json' }));
      return data;
    }, small);
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    const preview = page.getByRole('region', { name: 'Dropped pack' });
    await preview.getByText('A new pack: importing adds 12 questions.').waitFor();
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: 'Import cancelled. Nothing was changed.' }).waitFor();
    expect(errors).toEqual([]);
  });
});

/** Turns every pack's switch on or off, except those whose accessible name starts with `except`. */
async function switchAll(p: Page, on: boolean, except: string): Promise<void> {
  const switches = p.getByRole('switch');
  await switches.first().waitFor();
  for (const item of await switches.all()) {
    const name = (await item.getAttribute('aria-label')) ?? (await item.evaluate((el) => el.closest('label')?.textContent ?? ''));
    if (name.startsWith(except)) continue;
    if ((await item.isChecked()) !== on) await item.setChecked(on);
  }
}

const matching = (p: Page) => p.getByRole('status').filter({ hasText: /matching question|No question matches/ });

describe('managing packs', () => {
  it('lists every pack with its source, counts and a switch', async () => {
    await page.goto(`${baseUrl()}/bank/packs`);
    const card = page.getByRole('article', { name: /Study group bank/ });
    const cissp = bigPack.questions.filter((q) => q.exams.includes('cissp')).length;
    const cc = bigPack.questions.filter((q) => q.exams.includes('cc')).length;
    expect(await card.textContent()).toContain(`Imported1,000 questions (${cissp} CISSP, ${cc} CC) · CC0 1.0 · release 1 · id group-bank`);
    expect(await page.getByRole('article', { name: /Bastion core bank/ }).count()).toBe(11);
    // The bank in outline order (CISSP Domains 1–8, then CC 1–2, 3–5, 4), then the imported pack.
    const titles = await page.locator('article h3').allTextContents();
    expect(titles.map((t) => t.match(/CISSP Domain \d|CC Domains? \d|Study group bank/)?.[0])).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((d) => `CISSP Domain ${d}`),
      'CC Domains 1',
      'CC Domains 3',
      'CC Domain 4',
      'Study group bank',
    ]);
    expect(await page.getByRole('switch', { name: 'Study group bank: in practice, review and exams' }).isChecked()).toBe(true);
    await page
      .getByRole('status')
      .filter({
        hasText: `Practice, review and exams draw from 12 of 12 packs: ${(bundled.length + 1000).toLocaleString('en')} questions.`,
      })
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('limits a practice session to the imported pack from practice set-up, with every pack still on', async () => {
    const cissp = bigPack.questions.filter((q) => q.exams.includes('cissp')).length;
    await page.goto(`${baseUrl()}/practice`);
    await expect
      .poll(() => matching(page).textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(`^${(cissp + bundledCissp).toLocaleString('en')} matching questions`));
    const pack = page.getByLabel('Pack');
    await pack.focus();
    await pack.selectOption({ label: `Study group bank (${cissp.toLocaleString('en')} CISSP questions)` });
    await expect.poll(() => matching(page).textContent()).toMatch(new RegExp(`^${cissp.toLocaleString('en')} matching questions`));
    // The chosen pack's title and count show in full, not cut off by a narrow column.
    const [textWidth, boxWidth] = await pack.evaluate((select: HTMLSelectElement) => {
      const probe = document.createElement('span');
      probe.style.cssText = `font: ${getComputedStyle(select).font}; white-space: pre; position: absolute; visibility: hidden`;
      probe.textContent = select.selectedOptions[0]!.textContent;
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return [width, select.clientWidth];
    });
    expect(textWidth + 40).toBeLessThan(boxWidth); // 40 px: the select's padding and arrow
    // On a 360 px phone the closed select cuts the title; the line under it names the pack in full.
    await page.setViewportSize({ width: 360, height: 740 });
    const chosen = page.locator('#setup-pack-chosen');
    expect(await chosen.textContent()).toBe(`Study group bank: ${cissp.toLocaleString('en')} CISSP questions`);
    expect(await chosen.evaluate((p) => p.scrollWidth <= p.clientWidth && p.getBoundingClientRect().right <= 360)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.getByText('CISSP practice: Study group bank · question 1 of 10', { exact: false }).waitFor();
    expect(await page.locator('.stem').textContent()).toMatch(/^Case \d+ \(/);
    // Every question of the session comes from the pack (nothing is answered: later tests count cards).
    const sessions = await readStore<{ status: string; state: { queue: string[] } }>(page, 'sessions');
    const queue = sessions.find((x) => x.status === 'active')!.state.queue;
    expect(queue).toEqual(Array(10).fill(expect.stringMatching(/^group-bank:q-\d{5}$/)));
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('heading', { name: /^Session (complete|ended)$/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The bank browser offers the same choice, kept in its address.
    await page.goto(`${baseUrl()}/bank`);
    const bankStatus = page.getByRole('status').filter({ hasText: /CISSP questions$/ });
    await expect
      .poll(() => bankStatus.textContent(), { timeout: 10_000 })
      .toBe(`${(cissp + bundledCissp).toLocaleString('en')} of ${(cissp + bundledCissp).toLocaleString('en')} CISSP questions`);
    await page.getByLabel('Pack').selectOption({ label: `Study group bank (${cissp.toLocaleString('en')} CISSP questions)` });
    await expect
      .poll(() => bankStatus.textContent())
      .toBe(`${cissp.toLocaleString('en')} of ${cissp.toLocaleString('en')} CISSP questions`);
    expect(new URL(page.url()).searchParams.get('pack')).toBe('group-bank');
    expect(await page.locator('.bank-list-item a').first().getAttribute('href')).toMatch(/^\/bank\/group-bank%3Aq-\d{5}$/);
    await page.reload();
    await expect
      .poll(() => bankStatus.textContent(), { timeout: 10_000 })
      .toBe(`${cissp.toLocaleString('en')} of ${cissp.toLocaleString('en')} CISSP questions`);
    await page.getByLabel('Pack').selectOption({ label: `Bastion core bank (${bundledCissp.toLocaleString('en')} CISSP questions)` });
    await expect
      .poll(() => bankStatus.textContent())
      .toBe(`${bundledCissp.toLocaleString('en')} of ${bundledCissp.toLocaleString('en')} CISSP questions`);
    // Back where the next test expects the page.
    await page.goto(`${baseUrl()}/bank/packs`);
  });

  it('practises from the imported pack alone, then switches it off and it leaves practice', async () => {
    const cissp = bigPack.questions.filter((q) => q.exams.includes('cissp')).length;
    await switchAll(page, false, 'Study group bank');
    await page.getByRole('status').filter({ hasText: 'draw from 1 of 12 packs: 1,000 questions.' }).waitFor();

    await page.goto(`${baseUrl()}/practice`);
    await expect
      .poll(() => matching(page).textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(`^${cissp.toLocaleString('en')} matching questions`));
    await page.getByRole('button', { name: 'Start practice' }).click();
    const stem = page.locator('.stem');
    await stem.waitFor();
    expect(await stem.textContent()).toMatch(/^Case \d+ \(/);
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /Next question/ }).waitFor();
    const cards = await readCards<{ questionKey: string }>(page);
    expect(cards.map((c) => c.questionKey)).toEqual([expect.stringMatching(/^group-bank:q-\d{5}$/)]);
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('heading', { name: /^Session (complete|ended)$/ }).waitFor();

    await page.goto(`${baseUrl()}/bank/packs`);
    await page.getByRole('switch', { name: 'Study group bank: in practice, review and exams' }).uncheck();
    await switchAll(page, true, 'Study group bank');
    await page
      .getByRole('status')
      .filter({ hasText: `draw from 11 of 12 packs: ${bundled.length.toLocaleString('en')} questions.` })
      .waitFor();
    await page.goto(`${baseUrl()}/practice`);
    await expect
      .poll(() => matching(page).textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(`^${bundledCissp.toLocaleString('en')} matching questions`));
    await page.getByRole('button', { name: 'Start practice' }).click();
    await stem.waitFor();
    expect(await stem.textContent()).not.toMatch(/^Case \d+ \(/);
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('heading', { name: /^Session (complete|ended)$/ }).waitFor();
  });

  it('deletes the imported pack, keeping the answer, which counts again after a re-import', async () => {
    await page.goto(`${baseUrl()}/bank/packs`);
    await page.getByRole('article', { name: /Study group bank/ }).waitFor();
    await page.getByRole('button', { name: 'Delete Study group bank…' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''), { timeout: 10_000 })
      .toMatch(/^Delete “Study group bank”\?/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete the pack' }).click();
    await expect.poll(() => page.getByRole('article', { name: /Study group bank/ }).count(), { timeout: 10_000 }).toBe(0);
    const stored = await readStore<{ packId: string; retired: number }>(page, 'questions');
    expect(stored.filter((q) => q.packId === 'group-bank').every((q) => q.retired === 1)).toBe(true);
    expect(await readCards(page)).toHaveLength(1);

    await fileInput(page).setInputFiles(file('group-bank.pack.json', serializePack(bigPack)));
    const preview = page.getByRole('region', { name: 'Study group bank' });
    await preview.getByText('1 question you answered before keep their history.', { exact: false }).waitFor();
    await preview.getByRole('button', { name: 'Import 1,000 questions' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported “Study group bank”' }).waitFor({ timeout: 20_000 });
    expect(
      (await readStore<{ packId: string; retired: number }>(page, 'questions')).filter((q) => q.packId === 'group-bank' && q.retired === 0),
    ).toHaveLength(1000);
    expect(errors).toEqual([]);
  });
});

describe('writing and sharing questions', () => {
  let exported = '';
  const stem =
    'A fraud model’s feature store lets every data scientist read raw card numbers. Which control should the data owner apply FIRST?';

  it('warns while writing when the stem is much like a bank question, and links to it', async () => {
    const bankQuestion = (JSON.parse(readFileSync('questions/cissp-d1.pack.json', 'utf8')) as Pack).questions[0]!;
    await page.goto(`${baseUrl()}/bank/mine/new`);
    const stemField = page.getByLabel('Stem: the scenario, then the question');
    await stemField.fill(bankQuestion.stem);
    const warning = page.getByRole('status').filter({ hasText: 'Much like a question already in practice' });
    await warning.getByRole('link', { name: bankQuestion.id }).click();
    // The editor's own preview shows the same stem: wait for the address, then for the question page.
    await page.waitForURL(`${baseUrl()}/bank/${bankQuestion.id}`);
    expect(page.url()).toBe(`${baseUrl()}/bank/${bankQuestion.id}`);
    await page.locator('#question-title').waitFor();
    await page.getByText(bankQuestion.stem).first().waitFor();
  });

  it('writes a question with the checks live as you type, and saves it to My questions', async () => {
    await page.goto(`${baseUrl()}/bank/mine`);
    await page.getByText('You have not written a question yet.').waitFor();
    await page.getByRole('link', { name: 'Write a question' }).click();
    const stemField = page.getByLabel('Stem: the scenario, then the question');
    await stemField.fill('Too short to be a scenario.');
    await expect.poll(() => stemField.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    const errorId = (await stemField.getAttribute('aria-describedby'))!.split(' ').at(-1)!;
    expect(await page.locator(`#${errorId}`).textContent()).toBe(
      'stem is too short to be a scenario; no AI/ML setting found in the stem: say which model, dataset, pipeline or ML team the scenario is about (a word such as model, dataset, training, inference or data scientists)',
    );
    await stemField.fill(stem);
    await expect.poll(() => stemField.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe(null);

    await page.getByLabel('CISSP domain').selectOption('2');
    await page.getByLabel('CISSP objective').selectOption('2.6');
    await page.getByRole('radio', { name: 'Medium (apply)' }).check();
    const options = [
      ['Restrict the raw column and serve tokens instead', 'Right: least privilege on the data itself, decided by its owner.'],
      ['Send every data scientist privacy training', 'Useful, but people can still read the numbers tomorrow.'],
      ['Encrypt the feature store’s disks', 'Protects against stolen disks, not against readers with access.'],
      ['Log every read of the card column', 'Detects misuse after the fact; it does not stop it.'],
    ];
    for (const [i, [text, why]] of options.entries()) {
      await page.getByLabel(`Option ${'ABCD'[i]} text`).fill(text!);
      await page.getByLabel(`Why option ${'ABCD'[i]} is right, or wrong here`).fill(why!);
    }
    await page.getByRole('radio', { name: 'A', exact: true }).check();
    // The arrow keys look through the list without adding a tag; Add tag adds the one chosen.
    const tagList = page.getByLabel('Add a tag (1 to 8, from the vocabulary)');
    await tagList.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('list', { name: 'Chosen tags' }).getByRole('listitem').count()).toBe(0);
    await tagList.selectOption('data-protection');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByRole('list', { name: 'Chosen tags' }).getByText('Data protection controls').waitFor();
    await page.getByLabel('References (optional, one per line)').fill('PCI DSS v4.0.1');
    await page.getByText('Passes every check.').waitFor();
    const preview = page.getByRole('region', { name: 'Preview, as practice shows it' });
    expect(await preview.locator('.stem').textContent()).toBe(stem);
    await preview.getByText('Correct answer').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save to My questions' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved mine-001 to My questions.' }).waitFor();
    const mine = (await readStore<{ key: string; packId: string }>(page, 'questions')).filter((q) => q.packId === 'my-questions');
    expect(mine.map((q) => q.key)).toEqual(['my-questions:mine-001']);
  });

  it('exports My questions as a pack file', async () => {
    await page.getByLabel('Pack id').fill('study-lead-questions');
    await page.getByLabel('Title').fill('Questions from the study lead');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export 1 question' }).click()]);
    expect(download.suggestedFilename()).toBe('study-lead-questions.pack.json');
    exported = await readFile(await download.path(), 'utf8');
    const pack = JSON.parse(exported) as { id: string; title: string; questions: { id: string; stem: string }[] };
    expect(pack).toMatchObject({ id: 'study-lead-questions', title: 'Questions from the study lead', release: 1 });
    expect(pack.questions).toEqual([expect.objectContaining({ id: 'mine-001', stem })]);
    await page.getByRole('status').filter({ hasText: 'Saved study-lead-questions.pack.json with 1 question.' }).waitFor();
  });

  it('removes a question of My questions with its history kept, and restores it, by keyboard', async () => {
    const status = page.getByRole('status').filter({ hasText: /Removed|Restored/ });
    await page.getByRole('button', { name: 'Remove mine-001' }).focus();
    await page.keyboard.press('Enter');
    await status.filter({ hasText: 'Removed mine-001. Its answers are kept; Restore, under Removed questions, brings it back.' }).waitFor();
    // The pressed button is gone: focus is on what happened, not back at the top of the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    await page.getByText('Every question you wrote is removed; restore one below.').waitFor();
    await page.getByRole('heading', { name: 'Removed questions' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`${baseUrl()}/bank/mine/edit/mine-001`);
    await page.getByText('“mine-001” was removed from My questions.').waitFor();
    await page.getByRole('link', { name: 'My questions' }).last().click();
    await page.getByRole('button', { name: 'Restore mine-001' }).focus();
    await page.keyboard.press('Enter');
    await status.filter({ hasText: 'Restored mine-001 to My questions.' }).waitFor();
    await page.getByRole('heading', { name: '1 question', exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: 'Removed questions' }).count()).toBe(0);
    const mine = (await readStore<{ key: string; packId: string; retired: number }>(page, 'questions')).filter(
      (q) => q.packId === 'my-questions',
    );
    expect(mine.map((q) => [q.key, q.retired])).toEqual([['my-questions:mine-001', 0]]);
  });

  it('refuses that file in the browser that exported it: its questions are already in My questions', async () => {
    await page.goto(`${baseUrl()}/bank/packs`);
    await waitForBank(page);
    await fileInput(page).setInputFiles(file('study-lead-questions.pack.json', exported));
    await page.getByRole('alert').filter({ hasText: 'is the id this browser exports My questions under' }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    const copies = (await readStore<{ packId: string }>(page, 'questions')).filter((q) => q.packId === 'study-lead-questions');
    expect(copies).toEqual([]);
  });

  it('imports that file in a fresh browser profile', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page: other, errors: otherErrors } = await openPage(fresh, '/bank/packs');
    await waitForBank(other);
    await fileInput(other).setInputFiles(file('study-lead-questions.pack.json', exported));
    const preview = other.getByRole('region', { name: 'Questions from the study lead' });
    await preview.getByText('A new pack: importing adds 1 question.').waitFor();
    await preview.getByRole('button', { name: 'Import 1 question' }).click();
    await other.getByRole('status').filter({ hasText: 'Imported “Questions from the study lead”: 1 question.' }).waitFor();
    await other
      .getByRole('article', { name: /Questions from the study lead/ })
      .getByText('Imported')
      .waitFor();
    await other.goto(`${baseUrl()}/bank/${encodeURIComponent('study-lead-questions:mine-001')}`);
    await other.getByText(stem).waitFor();
    expect(otherErrors).toEqual([]);
    await fresh.close();
  });
});

describe('quality in plain sight', () => {
  it('shows the checker’s own figures for the bundled bank, with why each matters', async () => {
    const expected = computeBankStats(bundled);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    // The page groups thousands as the browser's locale does (the test browser's is en-US).
    const count = (n: number) => n.toLocaleString('en-US');
    await page.goto(`${baseUrl()}/bank/quality`);
    await page
      .getByRole('status')
      .filter({ hasText: `${count(expected.total)} questions: ${count(expected.perExam.cissp)} CISSP, ${count(expected.perExam.cc)} CC.` })
      .waitFor();
    await page.getByText('Every floor the checker enforces on the bundled bank is met.').waitFor();
    const positions = page.getByRole('region', { name: 'Answer-position balance' });
    for (const [i, n] of expected.answerPositions.entries()) {
      expect(await positions.getByRole('row', { name: new RegExp(`^${'ABCD'[i]} `) }).textContent()).toBe(
        `${'ABCD'[i]}${n}${pct(n / expected.total)}`,
      );
    }
    await page.getByText(`In ${pct(expected.keyLongestShare)} of questions the key is strictly the longest option`).waitFor();
    await page.getByText(`The key is strictly the shortest option in ${pct(expected.keyShortestShare)} of questions`).waitFor();
    await page.getByText('a key that is usually the longest option can be guessed without reading', { exact: false }).waitFor();
    await page
      .getByText(
        `The key alone repeats a word of the stem in ${pct(expected.keyStemEchoShare)} of questions; a distractor alone does in ${pct(expected.distractorStemEchoShare)}`,
      )
      .waitFor();
    await page.getByText('No two stems share more than half of their word trigrams.').waitFor();
    await page.getByText('CISSP objectives: every one has at least 4 questions').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows the same figures for one pack, reached from its card', async () => {
    await page.goto(`${baseUrl()}/bank/packs`);
    await page.getByRole('link', { name: 'Quality figures of Study group bank' }).click();
    await page.getByRole('status').filter({ hasText: 'For a pack these figures are information' }).waitFor();
    expect(await page.getByLabel('Questions to measure').inputValue()).toBe('group-bank');
    const expected = computeBankStats(bigPack.questions);
    await page.getByText(`In ${(expected.keyLongestShare * 100).toFixed(1)}% of questions`).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('narrow and dark', () => {
  it('fits 360 px without horizontal scrolling, in dark mode, with no serious axe violation', async () => {
    const narrow = await browser.newContext({ viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
    const { page: small, errors: smallErrors } = await openPage(narrow, '/bank/packs');
    await waitForBank(small);
    await fileInput(small).setInputFiles(file('group-bank.pack.json', serializePack(makeRandomPack(40, 3, { id: 'narrow-pack' }))));
    await small.getByRole('button', { name: 'Import 40 questions' }).waitFor();
    for (const path of ['/bank/packs', '/bank/mine/new', '/bank/quality', '/bank/mine']) {
      if (path !== '/bank/packs') await small.goto(`${baseUrl()}${path}`);
      await small.getByRole('heading', { level: 1 }).waitFor();
      if (path === '/bank/mine/new') await small.getByRole('button', { name: 'Save to My questions' }).click();
      if (path === '/bank/quality') await small.getByText('Near-duplicate pairs').waitFor();
      await small.screenshot({ path: `/tmp/packs${path.replaceAll('/', '-')}-360-dark.png`, fullPage: true });
      expect(await small.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      expect(await seriousAxeViolations(small), path).toEqual([]);
    }
    expect(smallErrors).toEqual([]);
    await narrow.close();
  });
});
