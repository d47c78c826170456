/**
 * A study group with no server, in two browser profiles: the lead creates a group and assignments
 * and reads the link; a member in a fresh profile opens the link, accepts, answers by keyboard and
 * exports a report; the lead imports it (with a damaged file and a duplicate in the same batch) and
 * the dashboard shows the member's completion and accuracy. Then the team certification tracker,
 * axe on every group screen, same-origin requests only, and screenshots (light, dark, 360 px).
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRandomPack } from '../../scripts/random-pack.mjs';
import { serializePack } from '../../src/domain/pack/pack-serialize';
import {
  baseUrl,
  launchBrowser,
  openPage,
  readReviewLogs,
  readStore,
  seriousAxeViolations,
  type TrackedPage,
  waitForBank,
} from './browser';

let browser: Browser;
let leadContext: BrowserContext;
let memberContext: BrowserContext;
let lead: TrackedPage;
let member: TrackedPage;
let link = '';
let reportText = '';
let reportName = '';
let groupUrl = '';
let assignmentFileText = '';

const DAY_MS = 86_400_000;
/** 'yyyy-mm-dd' on the local calendar, `offsetMs` from now (the browser runs on this machine's clock and zone). */
const localDay = (offsetMs: number) => {
  const d = new Date(Date.now() + offsetMs);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
/** Moves the app's clock in this tab (see src/data/clock.ts); 0 puts it back. */
const setClockOffset = (page: Page, ms: number) =>
  page.evaluate((offset) => sessionStorage.setItem('bastion:clock-offset-ms', String(offset)), ms);

const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

beforeAll(async () => {
  browser = await launchBrowser();
  leadContext = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  lead = await openPage(leadContext, '/group');
  await waitForBank(lead.page);
});
afterAll(async () => {
  await browser.close();
});

/** Fills the new-assignment form for domain 5 and creates it. */
async function createAssignment(page: Page, title: string, count: number, dueDate?: string): Promise<void> {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('5. Identity and Access Management (IAM)').check();
  await page.getByLabel('Number of questions').fill(String(count));
  if (dueDate) await page.getByLabel('Due date').fill(dueDate);
  await page
    .getByRole('status')
    .filter({ hasText: `every member gets the same ${count}` })
    .waitFor();
  await page.getByRole('button', { name: 'Create assignment' }).click();
  await page.getByRole('heading', { name: `Share “${title}”` }).waitFor();
}

/** Drops files on a drop zone, as a mouse user dragging them from the desktop would. */
async function dropFiles(page: Page, zone: string, files: { name: string; text: string }[]): Promise<void> {
  await page.locator(zone).evaluate((element, list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
    element.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    element.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, files);
}

/** What has focus, as a keyboard or screen-reader user meets it: the element's tag and its text. */
const focused = (page: Page) =>
  page.evaluate(() => ({ tag: document.activeElement?.tagName.toLowerCase(), text: document.activeElement?.textContent?.trim() }));

/** Elements wider than the window (empty when nothing scrolls sideways). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document.documentElement.scrollWidth <= window.innerWidth
      ? []
      : [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 8)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
  );
}

describe('study group', () => {
  it('the lead creates a group and assignments, and reads the link, the QR code and the file', async () => {
    const { page } = lead;
    await page.getByLabel('Group name').fill('ML platform');
    // A name typed twice is told in the lead's words, with its lines, and nothing is saved.
    await page.getByLabel('Members (display names, one per line)').fill('Ana Lima\nBen Okafor\nana lima');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page
      .getByRole('alert')
      .getByText('Ana Lima is listed twice (lines 1 and 3; names are matched whatever their case)', { exact: true })
      .waitFor();
    expect(await readStore(page, 'groups')).toEqual([]);
    await page.getByLabel('Members (display names, one per line)').fill('Ana Lima\nBen Okafor');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByRole('heading', { name: 'ML platform', level: 1 }).waitFor();
    // The form and its button are gone with the screen: focus is on the new screen's heading.
    await expect.poll(() => focused(page)).toEqual({ tag: 'h1', text: 'ML platform' });
    groupUrl = page.url();
    expect(groupUrl).toMatch(/\/group\/lead\/g-[a-z0-9]{12}$/);

    // The count line never promises more than the form takes; a due date already past is refused.
    await page.getByLabel('Title', { exact: true }).fill('Week 2: asset security recap');
    await page.getByLabel('5. Identity and Access Management (IAM)').check();
    const countLine = page.getByRole('status').filter({ hasText: /matching questions? in your bank/ });
    await page.getByLabel('Number of questions').fill('5000');
    await countLine.filter({ hasText: /; an assignment holds at most 500: choose 500 or fewer\.$/ }).waitFor();
    await page.getByLabel('Number of questions').fill('0');
    await countLine.filter({ hasText: /\. Choose how many every member gets: 1 to \d+\.$/ }).waitFor();
    await page.getByLabel('Number of questions').fill('2');
    await page.getByLabel('Due date').fill('2020-01-31');
    await page.getByRole('button', { name: 'Create assignment' }).click();
    await page
      .getByRole('alert')
      .getByText('The due date, 31 January 2020, has already passed: choose today or a later day', { exact: true })
      .waitFor();
    expect(await readStore(page, 'assignments')).toEqual([]);

    // One assignment due tomorrow (the dashboard, days later, has it overdue), then the one to work on.
    await createAssignment(page, 'Week 2: asset security recap', 2, localDay(DAY_MS));
    await createAssignment(page, 'Week 3: identity and access', 3);
    const linkField = page.getByLabel('Link to the assignment');
    link = await linkField.inputValue();
    expect(link.startsWith(`${baseUrl()}/group/join#a=`)).toBe(true);
    expect(new URL(link).search).toBe(''); // the payload is in the fragment only
    await page.getByText(`The link is ${link.length.toLocaleString('en-US')} characters long.`).waitFor();
    expect(link.length).toBeLessThan(2000);
    await page.getByRole('img', { name: 'QR code of the link to “Week 3: identity and access”' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download file/ }).click()]);
    expect(download.suggestedFilename()).toBe('week-3-identity-and-access.bastion.json');
    assignmentFileText = await readFile(await download.path(), 'utf8');
    const file = JSON.parse(assignmentFileText) as { kind: string; questionKeys: string[] };
    expect(file.kind).toBe('bastion-assignment');
    expect(file.questionKeys).toHaveLength(3);
    const stored = await readStore<{ assignment: { questionKeys: string[] } }>(page, 'assignments');
    expect(stored.map((s) => s.assignment.questionKeys)).toContainEqual(file.questionKeys);
  });

  it('a member in a fresh profile opens the link, accepts, answers by keyboard and exports a report', async () => {
    memberContext = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    member = await openPage(memberContext, new URL(link).pathname + new URL(link).hash);
    const { page } = member;
    await waitForBank(page);
    const offer = page.getByRole('region', { name: 'Assignment: Week 3: identity and access' });
    await offer.waitFor();
    await offer.getByText('ML platform', { exact: true }).waitFor();
    await offer.getByText('5. Identity and Access Management (IAM)', { exact: true }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Your name in ML platform').selectOption('Ana Lima');
    await page.getByRole('button', { name: 'Accept assignment' }).click();
    await page.getByRole('status').filter({ hasText: 'Accepted “Week 3: identity and access”' }).waitFor();
    await expect
      .poll(() => focused(page))
      .toEqual({
        tag: 'p',
        text: 'Accepted “Week 3: identity and access”. It is in your assignments, on Today and on Practice.',
      });
    expect(new URL(page.url()).hash).toBe('');
    // It says what just happened: a reload does not say it again.
    await page.reload();
    await page.getByRole('heading', { name: 'Study group', level: 1 }).waitFor();
    expect(await page.getByText(/^Accepted “Week 3/).count()).toBe(0);

    await page.goto(`${baseUrl()}/`);
    const card = page.getByRole('article', { name: 'Week 3: identity and access' });
    await card.getByText('0 of 3 done').waitFor();
    await card.getByRole('link', { name: /^Start Week 3/ }).click();
    await page.getByText(/^Assignment: Week 3: identity and access · question 1 of 3/).waitFor();
    for (let i = 0; i < 3; i++) {
      await page.locator('.option.choice').first().waitFor();
      await page.keyboard.press(['1', 'b', '3'][i]!);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /Next question/ }).waitFor();
      await page.keyboard.press('n');
    }
    await page.getByRole('heading', { name: /^Session (complete|ended)$/ }).waitFor();

    await page.goto(`${baseUrl()}/group`);
    await page.getByRole('article', { name: 'Week 3: identity and access' }).getByText('3 of 3 done').waitFor();
    await page.getByRole('checkbox', { name: /Include every answer/ }).check();
    await page.getByRole('button', { name: 'Preview report' }).click();
    const preview = page.getByRole('region', { name: 'What the report contains' });
    await preview.waitFor();
    await preview.getByText(/^ana-lima-ml-platform\.bastion-report\.json, [\d.]+ KB of JSON\.$/).waitFor();
    await preview.getByText('Every answer (3): question, time, right or wrong, response time').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      preview.getByRole('button', { name: 'Save report file' }).click(),
    ]);
    reportName = download.suggestedFilename();
    expect(reportName).toBe('ana-lima-ml-platform.bastion-report.json');
    // The preview closed with its button: focus is on the line that says what was saved.
    await expect
      .poll(() => focused(page))
      .toEqual({
        tag: 'p',
        text: `Saved ${reportName}. Send it to your lead by mail, chat or a shared drive.`,
      });
    reportText = await readFile(await download.path(), 'utf8');
    const report = JSON.parse(reportText) as { member: string; assignments: { done: number; history: unknown[] }[] };
    expect(report.member).toBe('Ana Lima');
    expect(report.assignments[0]).toMatchObject({ done: 3 });
    expect(report.assignments[0]!.history).toHaveLength(3);
    expect(await readReviewLogs(page)).toHaveLength(3); // the answers went into FSRS as usual
  });

  it('the member sees a precise refusal for a damaged assignment file, and nothing is written', async () => {
    const { page } = member;
    const before = await readStore(page, 'acceptedAssignments');
    await page.getByLabel('Or an assignment file (.bastion.json)').setInputFiles(json('week-3.bastion.json', reportText));
    await page.getByRole('alert').getByText("this is a member's progress report (kind 'bastion-report'), not an assignment").waitFor();
    expect(await readStore(page, 'acceptedAssignments')).toEqual(before);

    // Text that is no link at all is called that, not a damaged link.
    await page.getByLabel('Assignment link from your lead').fill('http://example.com/foo');
    await page.keyboard.press('Enter');
    await page
      .getByRole('alert')
      .getByText(/^this is not a Bastion assignment link, /)
      .waitFor();
    await page.getByLabel('Assignment link from your lead').fill('');

    // The assignment's own file, dropped on the picker: it is already accepted, so it offers to keep it.
    await dropFiles(page, '.file-drop', [{ name: 'week-3-identity-and-access.bastion.json', text: assignmentFileText }]);
    const offer = page.getByRole('region', { name: 'Assignment: Week 3: identity and access' });
    await offer.getByText(/^You accepted this assignment on /).waitFor();
    await offer.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: 'Not accepted. Nothing was changed.' }).waitFor();
    expect(await readStore(page, 'acceptedAssignments')).toEqual(before);
  });

  it('the lead imports the report with a damaged file and a duplicate; the dashboard shows completion and accuracy', async () => {
    const { page } = lead;
    // Three days on: "Week 2", due tomorrow, is overdue; the report, made today, is not from the future.
    await setClockOffset(page, 3 * DAY_MS);
    await page.goto(groupUrl);
    const report = JSON.parse(reportText) as { assignments: { done: number; correct: number }[] };
    const { done, correct } = report.assignments[0]!;
    await page.getByLabel('Member report files (.bastion-report.json), one or many').setInputFiles([
      // Made on a device whose clock runs years ahead: it would outrank every real report after it.
      json('clock-ahead.bastion-report.json', reportText.replace(/"generatedAt": "[^"]+"/, '"generatedAt": "2099-06-01T12:00:00.000Z"')),
      json(reportName, reportText),
      json('cut.bastion-report.json', reportText.slice(0, 300)),
      json('again.bastion-report.json', reportText),
    ]);
    await page.getByRole('status').filter({ hasText: '4 of 4 files checked.' }).waitFor();
    const imported = page.getByRole('list', { name: 'Imported reports' });
    await imported.getByText(`${reportName}: Ana Lima — 1 result updated.`).waitFor();
    await imported.getByText('again.bastion-report.json: Ana Lima — 0 results updated, 1 unchanged (already as new or newer).').waitFor();
    const alert = page.getByRole('alert');
    await alert.getByText('2 files were not imported.').waitFor();
    await alert
      .getByText(
        'Ana Lima’s report is dated 1 June 2099, after today: their device clock may be wrong; ask them to check it and send the report again',
      )
      .waitFor();
    expect(await alert.textContent()).toMatch(/cut\.bastion-report\.json.*the file is truncated or not JSON/);
    const results = await readStore(page, 'memberResults');
    expect(results).toHaveLength(1);

    // Dropping several files works as picking them: the same report again, an assignment file, and a
    // report whose numbers disagree, named in words (which assignment, which field), not as a path.
    await dropFiles(page, '.file-drop', [
      { name: 'again-2.bastion-report.json', text: reportText },
      { name: 'wrong-kind.bastion.json', text: assignmentFileText },
      { name: 'edited.bastion-report.json', text: reportText.replace(/"done": \d+/, '"done": 12') },
    ]);
    await page.getByRole('status').filter({ hasText: '3 of 3 files checked.' }).waitFor();
    await page.getByRole('alert').getByText("this is an assignment (kind 'bastion-assignment'), not a member's progress report").waitFor();
    await page
      .getByRole('alert')
      .getByText("the report's assignment 1 (“Week 3: identity and access”): done (12) is more than its total (3)")
      .waitFor();
    expect(await readStore(page, 'memberResults')).toEqual(results);

    const matrix = page.getByRole('table', { name: 'Completion by member and assignment' });
    const ana = matrix.getByRole('row', { name: /^Ana Lima/ });
    const accuracy = `${Math.round((100 * correct) / done)}%`;
    // Finished under the 80% target reads (and is shaded) differently from finished at it.
    const doneText = Math.round((100 * correct) / done) < 80 ? 'done, below target' : 'done';
    const anaDone = ana.getByRole('cell').nth(1);
    expect(await anaDone.textContent()).toBe(`${done}/3 · ${accuracy}${doneText}`);
    expect(await anaDone.getAttribute('class')).toBe(doneText === 'done' ? 'status-done' : 'status-done-below');
    expect(await ana.getByRole('cell').nth(0).textContent()).toBe('no report · overdue');
    const heat = page.getByRole('table', { name: /^Accuracy by member and domain/ });
    expect(
      await heat
        .getByRole('row', { name: /^Ana Lima/ })
        .getByRole('cell')
        .first()
        .textContent(),
    ).toBe(`${accuracy} (${correct}/${done})`);
    const overdue = page.getByRole('region', { name: 'Overdue' });
    await overdue.getByText(/^Ben Okafor: Week 2: asset security recap — no report yet/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export the dashboard (CSV)' }).click(),
    ]);
    const text = await readFile(await csv.path(), 'utf8');
    expect(text).toContain(`Ana Lima,yes,Week 3: identity and access,CISSP,`);
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFMember,On member list,Assignment,/);
    // It says what it saved, like the other exports; the button keeps focus.
    await page
      .getByRole('status')
      .filter({ hasText: `Saved ${csv.suggestedFilename()}.` })
      .waitFor();
    expect(await focused(page)).toEqual({ tag: 'button', text: 'Export the dashboard (CSV)' });

    // A report imported by mistake: the lead removes that member's results, asked in place first.
    await page.getByText('Remove a member’s imported results').click();
    await page.getByRole('button', { name: 'Remove Ana Lima’s imported results' }).click();
    await page.getByText('Remove Ana Lima’s imported results (1 assignment)? Ana Lima stays on the member list.').waitFor();
    await page.getByRole('button', { name: 'Yes, remove Ana Lima’s imported results' }).click();
    await expect.poll(() => focused(page)).toEqual({ tag: 'p', text: 'Removed Ana Lima’s imported results (1 assignment).' });
    expect(await readStore(page, 'memberResults')).toEqual([]);
    await expect.poll(() => ana.getByRole('cell').nth(1).textContent()).toMatch(/^no report/); // still on the list, with no result
    // Sent again, the report imports as new.
    await page.getByLabel('Member report files (.bastion-report.json), one or many').setInputFiles([json(reportName, reportText)]);
    await imported.getByText(`${reportName}: Ana Lima — 1 result updated.`).waitFor();
    await expect.poll(() => ana.getByRole('cell').nth(1).textContent()).toBe(`${done}/3 · ${accuracy}${doneText}`);
    await setClockOffset(page, 0);
  });

  it('the lead keeps a team certification tracker, sorted by keyboard, with a CSV', async () => {
    const { page } = lead;
    const add = async (who: string, cert: string, status: string, earned: string) => {
      await page.getByLabel('Member', { exact: true }).fill(who);
      await page.getByLabel('Certification (choose or type another)').fill(cert);
      await page.getByLabel('Status', { exact: true }).selectOption({ label: status });
      await page.getByLabel('CPE earned').fill(earned);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByRole('row', { name: new RegExp(`^${who} ${cert.replace('+', '\\+')}`) }).waitFor();
    };
    await add('Ben Okafor', 'CISSP', 'Passed', '40');
    await add('Ana Lima', 'CC', 'Exam booked', '');
    const table = page.locator('table.team-certs');
    const members = () => table.locator('tbody th').allTextContents();
    expect(await members()).toEqual(['Ana Lima', 'Ben Okafor']);
    expect(
      await table
        .getByRole('row', { name: /^Ben Okafor/ })
        .getByRole('cell')
        .nth(3)
        .textContent(),
    ).toBe('40 / 120 (33%)');

    const statusHeader = table.getByRole('columnheader', { name: /^Status/ });
    expect(await statusHeader.getAttribute('aria-sort')).toBe('none');
    await statusHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await statusHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await members()).toEqual(['Ana Lima', 'Ben Okafor']); // exam booked before passed
    await page.keyboard.press('Enter');
    expect(await statusHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await members()).toEqual(['Ben Okafor', 'Ana Lima']);
    expect(await table.getByRole('columnheader', { name: /^Member/ }).getAttribute('aria-sort')).toBe('none');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export certifications (CSV)' }).click(),
    ]);
    const lines = (await readFile(await csv.path(), 'utf8')).split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      '\uFEFFMember,Certification,Status,Exam date,CPE earned,CPE required,CPE %,Renewal date',
      'Ben Okafor,CISSP,Passed,,40,120,33,',
      'Ana Lima,CC,Exam booked,,,45,,',
    ]);
  });

  it('the lead sends a pack with an assignment; a member who lacks the pack gets its questions on accepting and practises them', async () => {
    // The lead imports the team's own pack.
    const teamPack = makeRandomPack(12, 20261122, { id: 'team-misses', title: 'Team misses' });
    const leadPage = lead.page;
    await leadPage.goto(`${baseUrl()}/bank/packs`);
    await leadPage
      .getByLabel('Pack file (.pack.json, at most 10 MB) to check before importing')
      .setInputFiles(json('team-misses.pack.json', serializePack(teamPack)));
    await leadPage.getByRole('button', { name: /^Import 12 questions/ }).click();
    await leadPage.getByRole('status').filter({ hasText: 'Imported “Team misses”' }).waitFor();

    // An assignment drawn from that pack, which carries its questions.
    await leadPage.goto(groupUrl);
    await leadPage.getByLabel('Title', { exact: true }).fill('Our misses');
    await leadPage.getByLabel('Send questions from a pack').selectOption({ label: 'Team misses (12 questions)' });
    await leadPage.getByLabel('Number of questions').fill('3');
    await leadPage.getByRole('status').filter({ hasText: 'every member gets the same 3' }).waitFor();
    await leadPage.getByRole('button', { name: 'Create assignment' }).click();
    const share = leadPage.locator('.share').filter({ has: leadPage.getByRole('heading', { name: 'Share “Our misses”' }) });
    await share.waitFor();
    const [download] = await Promise.all([
      leadPage.waitForEvent('download'),
      share.getByRole('button', { name: /^Download file/ }).click(),
    ]);
    const fileText = await readFile(await download.path(), 'utf8');
    const sent = JSON.parse(fileText) as {
      version: number;
      questionKeys: string[];
      pack: { id: string; questions: { id: string; stem: string }[] };
    };
    expect(sent.version).toBe(2);
    expect(sent.pack.id).toBe('team-misses');
    expect(sent.pack.questions.map((q) => `team-misses:${q.id}`)).toEqual(sent.questionKeys);
    expect(await seriousAxeViolations(leadPage)).toEqual([]);

    // The member, who never imported the pack, opens the file: the preview says what accepting adds.
    const { page } = member;
    await page.goto(`${baseUrl()}/group`);
    expect((await readStore<{ id: string }>(page, 'packs')).some((p) => p.id === 'team-misses')).toBe(false);
    await page.getByLabel('Or an assignment file (.bastion.json)').setInputFiles(json('our-misses.bastion.json', fileText));
    const offer = page.getByRole('region', { name: 'Assignment: Our misses' });
    await offer.getByText('Accepting adds 3 questions from “Team misses” to your bank (Bank › Packs lists the pack).').waitFor();
    await offer.getByText('3 from the pack “Team misses” (license: CC0 1.0)').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Your name in ML platform').selectOption('Ana Lima');
    await page.getByRole('button', { name: 'Accept assignment' }).click();
    await page.getByRole('status').filter({ hasText: 'Accepted “Our misses”' }).waitFor();
    await expect.poll(async () => (await focused(page)).text).toMatch(/^Accepted “Our misses”\./);
    const packs = await readStore<{ id: string; source: string; questionCount: number }>(page, 'packs');
    expect(packs.find((p) => p.id === 'team-misses')).toMatchObject({ source: 'imported', questionCount: 3 });

    // Its questions are practised like any other.
    await page.goto(`${baseUrl()}/`);
    const card = page.getByRole('article', { name: 'Our misses' });
    await card.getByText('0 of 3 done').waitFor();
    await card.getByRole('link', { name: /^Start Our misses/ }).click();
    await page.getByText(/^Assignment: Our misses · question 1 of 3/).waitFor();
    const stem = await page.locator('.stem').textContent();
    expect(sent.pack.questions.map((q) => q.stem)).toContain(stem);
  });

  it('the lead deletes a group by keyboard, after a confirmation in place, and lands on what happened', async () => {
    const { page } = lead;
    await page.goto(`${baseUrl()}/group`);
    await page.getByLabel('Group name').fill('Scratch group');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByRole('heading', { name: 'Scratch group', level: 1 }).waitFor();
    // Opened afresh, the group list's code is not loaded yet when the group is deleted.
    await page.reload();
    await page.getByRole('heading', { name: 'Scratch group', level: 1 }).waitFor();
    await page.getByText('Rename the group or change its members').click();
    await page.getByRole('button', { name: 'Delete this group' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Delete “Scratch group” with its assignments, imported results and tracker? This cannot be undone.').waitFor();
    // Focus is on Keep: a second Enter keeps the group, and focus goes back to Delete.
    expect(await focused(page)).toEqual({ tag: 'button', text: 'Keep' });
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toEqual({ tag: 'button', text: 'Delete this group' });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual({ tag: 'button', text: 'Yes, delete' });
    // On the way out, the deleted group's page never says "Group not found".
    await page.evaluate(() => {
      const seen = window as unknown as { notFoundSeen: boolean };
      seen.notFoundSeen = false;
      new MutationObserver(() => {
        if (document.body.textContent?.includes('Group not found')) seen.notFoundSeen = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Study group', level: 1 }).waitFor();
    await expect
      .poll(() => focused(page))
      .toEqual({
        tag: 'p',
        text: 'Deleted “Scratch group” with its assignments, imported results and tracker.',
      });
    expect(await page.evaluate(() => (window as unknown as { notFoundSeen: boolean }).notFoundSeen)).toBe(false);
    expect((await readStore<{ name: string }>(page, 'groups')).map((g) => g.name)).toEqual(['ML platform']);
    await page.getByRole('link', { name: 'ML platform' }).waitFor();
    expect(await page.getByRole('link', { name: 'Scratch group' }).count()).toBe(0);

    // Said once: Back (to the group screen as it was) and Forward, or a reload, do not say it again.
    const deleted = page.getByText('Deleted “Scratch group” with its assignments, imported results and tracker.');
    await page.goBack();
    await expect.poll(() => deleted.count()).toBe(0);
    await page.goForward();
    await page.getByRole('link', { name: 'ML platform' }).waitFor();
    expect(await deleted.count()).toBe(0);
    await page.reload();
    await page.getByRole('link', { name: 'ML platform' }).waitFor();
    expect(await deleted.count()).toBe(0);
  });

  it('looks right in light, dark and at 360 px, with no horizontal scroll and only same-origin requests', async () => {
    const shots: [TrackedPage, string, string][] = [
      [lead, groupUrl, 'lead-dashboard'],
      [member, `${baseUrl()}/group`, 'member-group'],
    ];
    for (const [tracked, url, name] of shots) {
      const { page } = tracked;
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/${name}-light.png`, fullPage: true });
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 22, 28)');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/${name}-dark.png`, fullPage: true });
      await page.setViewportSize({ width: 360, height: 800 });
      await page.waitForTimeout(200);
      expect(await overflowing(page)).toEqual([]);
      if (tracked === lead) {
        // The tables' titles stay whole on a phone, outside the regions that scroll sideways, which say so.
        for (const title of ['Completion by member and assignment', 'Accuracy by member and domain']) {
          const box = (await page.getByRole('heading', { name: title, exact: true }).boundingBox())!;
          expect(box.x + box.width).toBeLessThanOrEqual(360);
          await page.getByRole('region', { name: `${title} (scrolls sideways)` }).waitFor();
        }
      }
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/${name}-360.png`, fullPage: true });
      // The same, in screen-sized pieces that can be read at full size.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 0; y < height; y += 1200, i++) {
        await page.screenshot({
          path: `/tmp/${name}-360-part${i}.png`,
          fullPage: true,
          clip: { x: 0, y, width: 360, height: Math.min(1200, height - y) },
        });
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1200, height: 900 });
    }
    for (const tracked of [lead, member]) {
      const foreign = tracked.requests.filter((url) => !url.startsWith(baseUrl()) && !url.startsWith('data:') && !url.startsWith('blob:'));
      expect(foreign).toEqual([]);
      expect(tracked.errors).toEqual([]);
    }
  });
});
